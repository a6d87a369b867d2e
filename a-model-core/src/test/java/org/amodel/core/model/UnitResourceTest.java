package org.amodel.core.model;

import static org.amodel.core.model.Rejections.assertIllegal;
import static org.amodel.core.model.Rejections.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A unit resource opened to the community")
class UnitResourceTest {
  private static final LocalDate OPENED = LocalDate.of(2005, 11, 1);

  @Test
  @DisplayName("is open on the day it opened and after, not the day before")
  void openFromItsDay() {
    UnitResource r = new UnitResource("res-1", "济南市某小学", "操场", OPENED);
    assertFalse(r.isOpenOn(OPENED.minusDays(1)));
    assertTrue(r.isOpenOn(OPENED));
    assertTrue(r.isOpenOn(OPENED.plusDays(1)));
  }

  @Test
  @DisplayName("rejects a blank id, unit or resource and nulls, naming the field")
  void badFieldsRejected() {
    assertIllegal(() -> new UnitResource(" ", "济南市某小学", "操场", OPENED), "id must not be blank");
    assertIllegal(() -> new UnitResource("res-1", "", "操场", OPENED), "unit must not be blank");
    assertIllegal(() -> new UnitResource("res-1", "济南市某小学", " ", OPENED), "resource must not be blank");
    assertNull(() -> new UnitResource("res-1", null, "操场", OPENED), "unit");
    assertNull(() -> new UnitResource("res-1", "济南市某小学", "操场", null), "openedOn");
    assertNull(() -> new UnitResource("res-1", "济南市某小学", "操场", OPENED).isOpenOn(null), "day");
  }
}
