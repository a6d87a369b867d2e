package org.amodel.core.model;

import static org.amodel.core.model.Rejections.assertIllegal;
import static org.amodel.core.model.Rejections.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A residents' committee")
class ResidentsCommitteeTest {
  private static final LocalDate START = LocalDate.of(2005, 9, 1);
  private static final Term TERM = Term.ofYears(START, 3);

  @Test
  @DisplayName("cannot seat the same person twice; the message names the person and committee")
  void samePersonTwiceRejected() {
    assertIllegal(() -> ResidentsCommittee.of("rc-1", TERM, List.of(
            CommitteeSeat.of("chair", CommitteePost.CHAIR, START),
            CommitteeSeat.of("chair", CommitteePost.MEMBER, START))),
        "seats of committee rc-1 lists chair more than once");
  }

  @Test
  @DisplayName("has a chair only when exactly one seat is the chair's")
  void chair() {
    ResidentsCommittee one = ResidentsCommittee.of("rc-1", TERM, List.of(
        CommitteeSeat.of("a", CommitteePost.CHAIR, START), CommitteeSeat.of("b", CommitteePost.MEMBER, START)));
    assertEquals("a", one.chair().orElseThrow().personId());
    ResidentsCommittee two = one.withSeats(List.of(
        CommitteeSeat.of("a", CommitteePost.CHAIR, START), CommitteeSeat.of("b", CommitteePost.CHAIR, START)));
    assertTrue(two.chair().isEmpty());
    assertTrue(one.withSeats(List.of()).chair().isEmpty());
  }

  @Test
  @DisplayName("rejects a null term and a seat without a post, naming the field")
  void badFieldsRejected() {
    assertNull(() -> ResidentsCommittee.of("rc-1", null, List.of()), "term");
    assertNull(() -> CommitteeSeat.of("a", null, START), "post");
    assertNull(() -> CommitteeSeat.of("a", CommitteePost.CHAIR, null), "since");
  }
}
