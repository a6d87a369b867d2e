package org.amodel.core.model;

import static org.amodel.core.model.Rejections.assertIllegal;
import static org.amodel.core.model.Rejections.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A Party membership")
class PartyMembershipTest {
  private static final LocalDate ADMITTED = LocalDate.of(2004, 7, 1);
  private static final LocalDate FULL = LocalDate.of(2005, 7, 1);

  @Test
  @DisplayName("is nothing before admission, probationary from admission, full from the full-membership date")
  void statusOverTime() {
    PartyMembership m = PartyMembership.full(ADMITTED, FULL);
    assertEquals(PartyStatus.NOT_A_MEMBER, m.statusOn(ADMITTED.minusDays(1)));
    assertEquals(PartyStatus.PROBATIONARY, m.statusOn(ADMITTED));
    assertEquals(PartyStatus.PROBATIONARY, m.statusOn(FULL.minusDays(1)));
    assertEquals(PartyStatus.FULL, m.statusOn(FULL));
    assertEquals(PartyStatus.FULL, m.statusOn(FULL.plusYears(20)));
  }

  @Test
  @DisplayName("still probationary stays probationary on every later date")
  void probationaryStays() {
    PartyMembership m = PartyMembership.probationary(ADMITTED);
    assertEquals(PartyStatus.NOT_A_MEMBER, m.statusOn(ADMITTED.minusDays(1)));
    assertEquals(PartyStatus.PROBATIONARY, m.statusOn(ADMITTED));
    assertEquals(PartyStatus.PROBATIONARY, m.statusOn(ADMITTED.plusYears(5)));
  }

  @Test
  @DisplayName("may become full on the day of admission")
  void fullOnAdmission() {
    assertEquals(PartyStatus.FULL, PartyMembership.full(ADMITTED, ADMITTED).statusOn(ADMITTED));
  }

  @Test
  @DisplayName("cannot become full before admission, and the message names both dates")
  void fullBeforeAdmissionRejected() {
    assertIllegal(() -> PartyMembership.full(ADMITTED, ADMITTED.minusDays(1)),
        "fullMemberSince 2004-06-30 is before admitted 2004-07-01");
  }

  @Test
  @DisplayName("rejects nulls, naming the field")
  void nullsRejected() {
    assertNull(() -> new PartyMembership(null, Optional.empty()), "admitted");
    assertNull(() -> new PartyMembership(ADMITTED, null), "fullMemberSince");
  }
}
