package org.amodel.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One bar of a chart: what it stands for and its value.
 *
 * @param label what the bar stands for, such as a community's name; any text, shortened on the chart
 *     if long and kept whole in the bar's tooltip
 * @param value the bar's value, finite and not negative
 */
public record Bar(String label, double value) {
  /**
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException if {@code value} is negative, infinite or not a number
   */
  public Bar {
    requireNonNull(label, "label");
    checkArgument(Double.isFinite(value) && value >= 0, "value of bar '%s' must be finite and not negative: %s",
        label, value);
  }

  /** Returns a bar of {@code label} with {@code value}. */
  public static Bar of(String label, double value) {
    return new Bar(label, value);
  }
}
