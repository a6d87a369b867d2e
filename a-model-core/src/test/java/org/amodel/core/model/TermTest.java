package org.amodel.core.model;

import static org.amodel.core.model.Rejections.assertIllegal;
import static org.amodel.core.model.Rejections.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A term of office")
class TermTest {
  private static final LocalDate START = LocalDate.of(2005, 9, 1);

  @Test
  @DisplayName("cannot end before it starts, and the message names both dates")
  void endBeforeStartRejected() {
    assertIllegal(() -> Term.of(START, START.minusDays(1)), "2005-08-31", "2005-09-01");
  }

  @Test
  @DisplayName("cannot end on the day it starts")
  void endOnStartRejected() {
    assertIllegal(() -> Term.of(START, START), "term ends 2005-09-01 on or before it starts 2005-09-01");
  }

  @Test
  @DisplayName("rejects null dates, naming the field")
  void nullsRejected() {
    assertNull(() -> Term.of(null, START), "start");
    assertNull(() -> Term.of(START, null), "end");
  }

  @Test
  @DisplayName("of three years from 2005-09-01 ends on 2008-09-01")
  void ofYears() {
    Term t = Term.ofYears(START, 3);
    assertEquals(LocalDate.of(2008, 9, 1), t.end());
    assertTrue(t.lastsYears(3));
    assertFalse(t.lastsYears(5));
    assertIllegal(() -> Term.ofYears(START, 0), "years must be positive, was 0");
  }

  @Test
  @DisplayName("from 2016-02-29 for one year ends on 2017-02-28")
  void ofYearsFromLeapDay() {
    assertEquals(LocalDate.of(2017, 2, 28), Term.ofYears(LocalDate.of(2016, 2, 29), 1).end());
  }

  @Test
  @DisplayName("covers its first day but not its end date")
  void covers() {
    Term t = Term.ofYears(START, 3);
    assertFalse(t.covers(START.minusDays(1)));
    assertTrue(t.covers(START));
    assertTrue(t.covers(LocalDate.of(2008, 8, 31)));
    assertFalse(t.covers(LocalDate.of(2008, 9, 1)));
  }

  @Test
  @DisplayName("lasts at most three years when it ends on or before the third anniversary")
  void lastsAtMostYears() {
    assertTrue(Term.of(START, LocalDate.of(2008, 9, 1)).lastsAtMostYears(3));
    assertTrue(Term.of(START, LocalDate.of(2008, 8, 31)).lastsAtMostYears(3));
    assertFalse(Term.of(START, LocalDate.of(2008, 9, 2)).lastsAtMostYears(3));
  }
}
