package org.amodel.core.election;

import static org.amodel.core.election.ElectionFixture.assertIllegal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Thresholds compare counts exactly: 过半数 is strictly more than half, 不少于 includes the number")
class ThresholdTest {
  private static final Threshold MORE_THAN_HALF = Threshold.moreThan(1, 2, "test");
  private static final Threshold AT_LEAST_THIRD = Threshold.atLeast(1, 3, "test");

  @Test
  @DisplayName("exactly half is not more than half; half + 1 is")
  void moreThanHalf() {
    assertFalse(MORE_THAN_HALF.isMetBy(4, 8));
    assertTrue(MORE_THAN_HALF.isMetBy(5, 8));
    assertFalse(MORE_THAN_HALF.isMetBy(4_150, 8_300));
    assertTrue(MORE_THAN_HALF.isMetBy(4_151, 8_300));
    assertTrue(MORE_THAN_HALF.isMetBy(4, 7), "4 of 7 is more than half");
    assertFalse(MORE_THAN_HALF.isMetBy(0, 0), "nothing of nothing is not more than half");
  }

  @Test
  @DisplayName("exactly one third is at least one third; one less is not")
  void atLeastOneThird() {
    assertTrue(AT_LEAST_THIRD.isMetBy(3, 9));
    assertFalse(AT_LEAST_THIRD.isMetBy(2, 9));
    assertTrue(AT_LEAST_THIRD.isMetBy(4, 10));
    assertFalse(AT_LEAST_THIRD.isMetBy(3, 10));
  }

  @Test
  @DisplayName("the minimum is the smallest count that reaches the threshold")
  void minimum() {
    assertEquals(5, MORE_THAN_HALF.minimum(8));
    assertEquals(4, MORE_THAN_HALF.minimum(7));
    assertEquals(4_151, MORE_THAN_HALF.minimum(8_300));
    assertEquals(3, AT_LEAST_THIRD.minimum(9));
    assertEquals(4, AT_LEAST_THIRD.minimum(10));
    assertEquals(0, AT_LEAST_THIRD.minimum(0));
    for (int total = 0; total < 50; total++) {
      for (Threshold t : new Threshold[] {MORE_THAN_HALF, AT_LEAST_THIRD, Threshold.moreThan(2, 3, "x")}) {
        long min = t.minimum(total);
        assertTrue(min > total || t.isMetBy(min, total), t + " of " + total + ": " + min);
        assertFalse(min > 0 && t.isMetBy(min - 1, total), t + " of " + total + ": " + (min - 1));
      }
    }
  }

  @Test
  @DisplayName("reads in Chinese and English")
  void describes() {
    assertEquals("过半数", MORE_THAN_HALF.describeZh());
    assertEquals("more than half", MORE_THAN_HALF.describeEn());
    assertEquals("不少于三分之一", AT_LEAST_THIRD.describeZh());
    assertEquals("at least one third", AT_LEAST_THIRD.describeEn());
    assertEquals("超过三分之二", Threshold.moreThan(2, 3, "x").describeZh());
    assertEquals("more than two thirds", Threshold.moreThan(2, 3, "x").describeEn());
  }

  @Test
  @DisplayName("rejects a share above the whole, a zero denominator and a blank basis")
  void rejects() {
    assertIllegal(() -> Threshold.moreThan(3, 2, "x"), "numerator must be in [0, denominator=2], was 3");
    assertIllegal(() -> Threshold.atLeast(0, 0, "x"), "denominator must be at least 1, was 0");
    assertIllegal(() -> Threshold.atLeast(1, 3, " "), "basis must not be blank");
  }

  @Test
  @DisplayName("a run-off size gives unfilled + extra or factor × unfilled candidates")
  void runOffSize() {
    assertEquals(3, RunOffSize.unfilledPlus(1, "x").candidatesFor(2));
    assertEquals(4, RunOffSize.timesUnfilled(2, "x").candidatesFor(2));
    assertIllegal(() -> RunOffSize.timesUnfilled(0, "x"), "factor must be at least 1, was 0");
    assertIllegal(() -> RunOffSize.unfilledPlus(1, "x").candidatesFor(0), "unfilled must be at least 1, was 0");
  }

  @Test
  @DisplayName("the seed district's thresholds are more than half, more than half, at least one third, unfilled + 1, each citing the assumed law")
  void seedDefaults() {
    ElectionThresholds seed = ElectionThresholds.JINAN_SHIZHONG_2005;
    assertEquals("more than half", seed.turnout().describeEn());
    assertEquals("more than half", seed.majority().describeEn());
    assertEquals("at least one third", seed.runOffMinimum().describeEn());
    assertEquals(3, seed.runOffSize().candidatesFor(2));
    for (String basis : new String[] {seed.turnout().basis(), seed.majority().basis(), seed.runOffMinimum().basis()}) {
      assertTrue(basis.contains("第十五条") && basis.contains("假定") && basis.contains("assumed"), basis);
    }
    assertTrue(seed.runOffSize().basis().contains("assumed"), seed.runOffSize().basis());
  }
}
