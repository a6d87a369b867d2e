package org.amodel.core.election;

import org.amodel.core.model.ElectorateKind;
import static org.amodel.core.election.ElectionFixture.COMMUNITY;
import static org.amodel.core.election.ElectionFixture.DAY;
import static org.amodel.core.election.ElectionFixture.assertIllegal;
import static org.amodel.core.election.ElectionFixture.candidates;
import static org.amodel.core.election.ElectionFixture.election;
import static org.amodel.core.election.ElectionFixture.votes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.amodel.core.model.CommitteePost;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An election's structural truths are checked when it is built; what a district judges is not")
class ElectionStructureTest {
  private static final SeatPlan SEVEN = SeatPlan.of(1, 2, 4);

  private static Election build(int registered, List<Candidate> candidates, int issued) {
    return Election.of("e1", COMMUNITY, DAY, SEVEN, ElectorateKind.HOUSEHOLD_REPRESENTATIVES, registered,
        candidates, issued, List.of());
  }

  @Test
  @DisplayName("a candidate listed twice is rejected, naming the candidate and the election")
  void candidateTwiceRejected() {
    assertIllegal(() -> build(100, candidates("a", "b", "a"), 100), "candidates of election e1 list a more than once");
  }

  @Test
  @DisplayName("negative ballots issued are rejected, naming the field")
  void negativeIssuedRejected() {
    assertIllegal(() -> build(100, candidates("a"), -1), "ballotsIssued must not be negative, was -1");
    assertIllegal(() -> RunOff.of(DAY, -3, List.of()), "ballotsIssued must not be negative, was -3");
  }

  @Test
  @DisplayName("an election without a registered voter is rejected")
  void noElectorateRejected() {
    assertIllegal(() -> build(0, candidates("a"), 0), "registeredElectorate must be at least 1, was 0");
  }

  @Test
  @DisplayName("a seat plan without seats or with negative seats is rejected")
  void emptySeatPlanRejected() {
    assertIllegal(() -> SeatPlan.of(0, 0, 0), "seatsByPost must plan at least one seat");
    assertIllegal(() -> SeatPlan.of(1, -1, 4), "seatsByPost: -1 seats of VICE_CHAIR; must not be negative");
  }

  @Test
  @DisplayName("a seat plan counts its seats by post and in all, in post order")
  void seatPlanCounts() {
    SeatPlan plan = new SeatPlan(ImmutableMap.of(CommitteePost.MEMBER, 4, CommitteePost.CHAIR, 1,
        CommitteePost.VICE_CHAIR, 2));
    assertEquals(SEVEN, plan);
    assertEquals(7, plan.total());
    assertEquals(List.of(CommitteePost.CHAIR, CommitteePost.VICE_CHAIR, CommitteePost.MEMBER),
        plan.seatsByPost().keySet().asList());
    assertEquals(0, SeatPlan.of(0, 0, 5).seats(CommitteePost.CHAIR));
  }

  @Test
  @DisplayName("a run-off dated before the election is rejected, naming both dates")
  void runOffBeforeElectionRejected() {
    Election e = build(100, candidates("a", "b"), 100);
    assertIllegal(() -> e.withRunOff(RunOff.of(DAY.minusDays(1), 10, List.of())),
        "runOff of election e1 dated 2005-09-17, before the election on 2005-09-18");
  }

  @Test
  @DisplayName("blank ids are rejected, naming the field")
  void blankIdsRejected() {
    assertIllegal(() -> Candidate.of(" ", new Nomination.Self()), "personId must not be blank");
    assertIllegal(() -> Election.of("", COMMUNITY, DAY, SEVEN, ElectorateKind.INDIVIDUAL_VOTERS, 10, List.of(), 0,
        List.of()), "id must not be blank");
    assertIllegal(() -> Ballot.marking("a", " "), "personIds must not contain a blank id");
    assertIllegal(() -> new Nomination.ByVoters(0), "signatures must be at least 1, was 0");
    assertThrows(NullPointerException.class, () -> new Nomination.ByResidentsGroup(null));
  }

  @Test
  @DisplayName("a ballot marking nobody is a blank ballot; a marked ballot must mark someone")
  void emptyMarksAreBlank() {
    assertInstanceOf(Ballot.Blank.class, Ballot.marking(Set.of()));
    assertInstanceOf(Ballot.Blank.class, Ballot.marking());
    assertIllegal(() -> new Ballot.Marked(ImmutableSet.of()), "personIds of a marked ballot must not be empty");
  }

  @Test
  @DisplayName("more ballots returned than issued, too few candidates and marks for non-candidates are kept, not rejected")
  void districtMattersAreKept() {
    Election e = election(SEVEN, 10, 3, List.of("a", "b"), votes(5, "a", "zz"));
    assertEquals(5, e.ballotsReturned());
    assertEquals(3, e.ballotsIssued());
    assertEquals(List.of("a", "b"), e.candidateIds());
  }

  @Test
  @DisplayName("the last vote's date is the run-off's if one was held")
  void lastVoteDate() {
    Election e = build(100, candidates("a", "b"), 100);
    assertEquals(DAY, e.lastVoteDate());
    assertEquals(DAY.plusDays(7), e.withRunOff(RunOff.of(DAY.plusDays(7), 0, List.of())).lastVoteDate());
  }
}
