package org.amodel.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How a chart's values are scaled and written: the least value its axis reaches, the unit after each
 * number and the decimals of the value labels. The axis always reaches the largest value too, so no
 * bar is ever clipped.
 *
 * <pre>{@code
 * Scale.counts()                       // 0, 1, 41
 * Scale.percent()                      // 88.0%, axis to at least 100%
 * Scale.counts().withUnit(" 人")        // 12 人
 * }</pre>
 *
 * @param atLeast the least value the axis reaches, finite and not negative
 * @param unit the text written right after each number, possibly empty
 * @param decimals the decimals of value labels and tooltips, 0 to 6; with 0 the axis steps by whole numbers
 */
public record Scale(double atLeast, String unit, int decimals) {
  /** Numbers from here on are written in scientific notation, such as {@code 1.798e+308}, to stay short. */
  private static final double LARGE = 1e15;

  /**
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if {@code atLeast} is negative or not finite, or {@code decimals} is
   *     outside 0 to 6
   */
  public Scale {
    requireNonNull(unit, "unit");
    checkArgument(Double.isFinite(atLeast) && atLeast >= 0, "atLeast must be finite and not negative: %s", atLeast);
    checkArgument(decimals >= 0 && decimals <= 6, "decimals must be 0 to 6: %s", decimals);
  }

  /** Returns the scale of counts: whole numbers, no unit, the axis reaching the largest count. */
  public static Scale counts() {
    return new Scale(0, "", 0);
  }

  /** Returns the scale of percentages: one decimal, {@code %}, the axis reaching at least 100. */
  public static Scale percent() {
    return new Scale(100, "%", 1);
  }

  /** Returns this scale with its axis reaching at least {@code atLeast}. */
  public Scale withAtLeast(double atLeast) {
    return new Scale(atLeast, unit, decimals);
  }

  /** Returns this scale with {@code unit} after each number. */
  public Scale withUnit(String unit) {
    return new Scale(atLeast, unit, decimals);
  }

  /** Returns this scale with {@code decimals} in value labels. */
  public Scale withDecimals(int decimals) {
    return new Scale(atLeast, unit, decimals);
  }

  /**
   * Returns {@code value} as the chart writes it, such as {@code 88.0%}, the same on every machine
   * (from 10<sup>15</sup> on in scientific notation, such as {@code 1.500e+15}).
   */
  public String format(double value) {
    return number(value, decimals) + unit;
  }

  /** Returns a tick label: {@code value} with {@code tickDecimals} and the unit. */
  String tick(double value, int tickDecimals) {
    return number(value, tickDecimals) + unit;
  }

  private static String number(double value, int decimals) {
    if (Math.abs(value) >= LARGE) {
      return String.format(Locale.ROOT, "%.3e", value);
    }
    String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
    return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9') ? text.substring(1) : text;
  }
}
