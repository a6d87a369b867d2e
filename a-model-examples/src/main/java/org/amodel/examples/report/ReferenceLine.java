package org.amodel.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A horizontal line across a bar chart at a value, labelled at its right end: a reference such as the
 * district's average, or a floor such as the turnout an election needs to be valid.
 *
 * @param value where the line crosses the value axis, finite and not negative
 * @param label the text at the line's end and in its tooltip
 * @param kind how the line is drawn
 */
public record ReferenceLine(double value, String label, Kind kind) {
  /** How a line is drawn. */
  public enum Kind {
    /** A dashed grey line: a value to compare with, such as an average. */
    REFERENCE,
    /** A dotted red line: a value below which a bar falls short, such as a validity threshold. */
    FLOOR
  }

  /**
   * @throws NullPointerException if {@code label} or {@code kind} is null
   * @throws IllegalArgumentException if {@code value} is negative, infinite or not a number
   */
  public ReferenceLine {
    requireNonNull(label, "label");
    requireNonNull(kind, "kind");
    checkArgument(Double.isFinite(value) && value >= 0, "value of line '%s' must be finite and not negative: %s",
        label, value);
  }

  /** Returns a reference line at {@code value}, such as {@code of(88.0, "区平均 district 88.0%")}. */
  public static ReferenceLine of(double value, String label) {
    return new ReferenceLine(value, label, Kind.REFERENCE);
  }

  /** Returns a floor line at {@code value}, such as {@code floor(50, "过半有效 valid above 50%")}. */
  public static ReferenceLine floor(double value, String label) {
    return new ReferenceLine(value, label, Kind.FLOOR);
  }
}
