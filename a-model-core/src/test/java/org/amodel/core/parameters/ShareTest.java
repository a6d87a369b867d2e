package org.amodel.core.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A share is written 'more than N/D' or 'at least N/D' and compared exactly")
class ShareTest {
  @Test
  @DisplayName("parse reads what toString writes, and nothing else")
  void parseRoundTrips() {
    assertEquals(Optional.of(Share.moreThan(1, 2)), Share.parse("more than 1/2"));
    assertEquals(Optional.of(Share.atLeast(1, 3)), Share.parse("  at least 1 / 3 "));
    for (Share s : new Share[] {Share.moreThan(0, 1), Share.atLeast(2, 3), Share.moreThan(3, 4)}) {
      assertEquals(Optional.of(s), Share.parse(s.toString()));
    }
    for (String bad : new String[] {"half", "1/2", "more than 3/2", "at least 1/0", "more than -1/2", "over 1/2", ""}) {
      assertTrue(Share.parse(bad).isEmpty(), bad);
    }
  }

  @Test
  @DisplayName("more than half excludes exactly half; at least a third includes exactly a third")
  void boundaries() {
    assertFalse(Share.moreThan(1, 2).isMetBy(4, 8));
    assertTrue(Share.moreThan(1, 2).isMetBy(5, 8));
    assertTrue(Share.atLeast(1, 3).isMetBy(3, 9));
    assertFalse(Share.atLeast(1, 3).isMetBy(2, 9));
    assertTrue(Share.moreThan(1, 2).isMetBy(2_000_000_000L, 3_000_000_000L), "no overflow");
  }
}
