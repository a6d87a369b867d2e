package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.amodel.core.parameters.Share;

/**
 * A share of a total that a count must reach, with its basis: "more than half" (过半数, {@code
 * Threshold.moreThan(1, 2, basis)}) or "at least one third" (不少于三分之一, {@code
 * Threshold.atLeast(1, 3, basis)}). Compared in exact integer arithmetic, so a count of exactly half
 * is not more than half.
 */
public record Threshold(int numerator, int denominator, boolean strict, String basis) {
  public Threshold {
    checkArgument(denominator >= 1, "denominator must be at least 1, was %s", denominator);
    checkArgument(numerator >= 0 && numerator <= denominator,
        "numerator must be in [0, denominator=%s], was %s", denominator, numerator);
    requireNonNull(basis, "basis");
    checkArgument(!basis.isBlank(), "basis must not be blank");
  }

  /** Returns "more than {@code numerator}/{@code denominator}" of the total (超过, 过). */
  public static Threshold moreThan(int numerator, int denominator, String basis) {
    return new Threshold(numerator, denominator, true, basis);
  }

  /** Returns "at least {@code numerator}/{@code denominator}" of the total (不少于, 以上). */
  public static Threshold atLeast(int numerator, int denominator, String basis) {
    return new Threshold(numerator, denominator, false, basis);
  }

  /** Returns the threshold of {@code share}, citing {@code basis}. */
  public static Threshold of(Share share, String basis) {
    return new Threshold(share.numerator(), share.denominator(), share.strict(), basis);
  }

  /** Returns the share this threshold asks for, without its basis. */
  public Share share() {
    return new Share(numerator, denominator, strict);
  }

  /** Returns true if {@code count} out of {@code total} reaches the threshold. */
  public boolean isMetBy(long count, long total) {
    return share().isMetBy(count, total);
  }

  /** Returns the smallest count out of {@code total} that reaches the threshold. */
  public long minimum(long total) {
    checkArgument(total >= 0, "total must not be negative, was %s", total);
    long product = (long) numerator * total;
    return strict ? product / denominator + 1 : (product + denominator - 1) / denominator;
  }

  /** Returns the threshold in Chinese, e.g. "过半数", "不少于三分之一". */
  public String describeZh() {
    return (strict ? (isHalf() ? "过" : "超过") : "不少于") + fractionZh();
  }

  /** Returns the threshold in English, e.g. "more than half", "at least one third". */
  public String describeEn() {
    return (strict ? "more than " : "at least ") + fractionEn();
  }

  /** Returns the share in Chinese: "半数", "三分之一", "三分之二", or "7分之3". */
  public String fractionZh() {
    if (isHalf()) {
      return "半数";
    }
    if (numerator == denominator) {
      return "全数";
    }
    String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (denominator <= 10) {
      return digits[denominator] + "分之" + digits[numerator];
    }
    return denominator + "分之" + numerator;
  }

  /** Returns the share in English: "half", "one third", "two thirds", or "3/7". */
  public String fractionEn() {
    if (isHalf()) {
      return "half";
    }
    if (numerator == denominator) {
      return "all";
    }
    if (denominator == 3) {
      return numerator == 1 ? "one third" : "two thirds";
    }
    if (denominator == 4 && numerator != 2) {
      return numerator == 1 ? "one quarter" : "three quarters";
    }
    return numerator + "/" + denominator;
  }

  private boolean isHalf() {
    return numerator * 2 == denominator;
  }

  @Override
  public String toString() {
    return describeEn();
  }
}
