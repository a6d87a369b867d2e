package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An exact ratio of two counts, such as a turnout of 4,102 of 8,300; rounded only when asked. */
public record Ratio(long numerator, long denominator) {
  public Ratio {
    checkArgument(numerator >= 0, "numerator must not be negative, was %s", numerator);
    checkArgument(denominator >= 1, "denominator must be at least 1, was %s", denominator);
  }

  public static Ratio of(long numerator, long denominator) {
    return new Ratio(numerator, denominator);
  }

  /** Returns the ratio rounded half-up to {@code scale} decimal places: 0.8800 for 88%. */
  public BigDecimal value(int scale) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
  }

  /** Returns the ratio in per cent, rounded half-up to {@code decimals} places: "88.0%". */
  public String percent(int decimals) {
    return value(decimals + 2).movePointRight(2).setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
