package org.amodel.core.model;

import static org.amodel.core.model.Rejections.assertIllegal;
import static org.amodel.core.model.Rejections.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A date range")
class DateRangeTest {
  private static final LocalDate FROM = LocalDate.of(1988, 7, 1);
  private static final LocalDate UNTIL = LocalDate.of(2005, 8, 31);

  @Test
  @DisplayName("cannot end before it starts, and the message names both dates")
  void endBeforeStartRejected() {
    assertIllegal(() -> DateRange.between(UNTIL, FROM), "period ends 1988-07-01 before it starts 2005-08-31");
  }

  @Test
  @DisplayName("of a single day is allowed and contains that day only")
  void singleDay() {
    DateRange day = DateRange.between(FROM, FROM);
    assertTrue(day.contains(FROM));
    assertFalse(day.contains(FROM.plusDays(1)));
    assertFalse(day.contains(FROM.minusDays(1)));
  }

  @Test
  @DisplayName("contains both its first and its last day")
  void bothEndsIncluded() {
    DateRange r = DateRange.between(FROM, UNTIL);
    assertFalse(r.contains(FROM.minusDays(1)));
    assertTrue(r.contains(FROM));
    assertTrue(r.contains(UNTIL));
    assertFalse(r.contains(UNTIL.plusDays(1)));
  }

  @Test
  @DisplayName("that is still running contains every later date")
  void openEnded() {
    DateRange r = DateRange.since(FROM);
    assertTrue(r.contains(LocalDate.of(2099, 1, 1)));
    assertFalse(r.contains(FROM.minusDays(1)));
  }

  @Test
  @DisplayName("rejects nulls, naming the field")
  void nullsRejected() {
    assertNull(() -> new DateRange(null, Optional.empty()), "from");
    assertNull(() -> new DateRange(FROM, null), "until");
  }
}
