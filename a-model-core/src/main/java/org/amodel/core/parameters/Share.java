package org.amodel.core.parameters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share of a total that a count must reach, as a district writes it: "more than 1/2" (过半数) or
 * "at least 1/3" (不少于三分之一). Strict ({@code more than}) or not ({@code at least}); compared in
 * exact integer arithmetic by those who use it.
 *
 * <pre>{@code
 * Share half = Share.parse("more than 1/2").orElseThrow();
 * }</pre>
 */
public record Share(int numerator, int denominator, boolean strict) {
  private static final Pattern WRITTEN = Pattern.compile("(more than|at least)\\s+(\\d{1,4})\\s*/\\s*(\\d{1,4})");

  public Share {
    checkArgument(denominator >= 1, "denominator must be at least 1, was %s", denominator);
    checkArgument(numerator >= 0 && numerator <= denominator,
        "numerator must be in [0, denominator=%s], was %s", denominator, numerator);
  }

  /** Returns "more than {@code numerator}/{@code denominator}". */
  public static Share moreThan(int numerator, int denominator) {
    return new Share(numerator, denominator, true);
  }

  /** Returns "at least {@code numerator}/{@code denominator}". */
  public static Share atLeast(int numerator, int denominator) {
    return new Share(numerator, denominator, false);
  }

  /**
   * Returns the share written as {@code more than N/D} or {@code at least N/D} with {@code 0 <= N <= D}
   * and {@code D >= 1}, or empty if {@code text} is not written so.
   */
  public static Optional<Share> parse(String text) {
    Matcher m = WRITTEN.matcher(requireNonNull(text, "text").trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int numerator = Integer.parseInt(m.group(2));
    int denominator = Integer.parseInt(m.group(3));
    if (denominator < 1 || numerator > denominator) {
      return Optional.empty();
    }
    return Optional.of(new Share(numerator, denominator, m.group(1).equals("more than")));
  }

  /** Returns true if {@code count} of {@code total} reaches this share. */
  public boolean isMetBy(long count, long total) {
    checkArgument(count >= 0 && total >= 0, "count %s and total %s must not be negative", count, total);
    long lhs = count * denominator;
    long rhs = (long) numerator * total;
    return strict ? lhs > rhs : lhs >= rhs;
  }

  /** Returns the share as a district writes it, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return (strict ? "more than " : "at least ") + numerator + "/" + denominator;
  }
}
