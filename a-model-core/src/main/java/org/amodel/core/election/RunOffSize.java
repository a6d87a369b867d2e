package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * How many candidates stand in a run-off for {@code unfilled} seats: {@code factor × unfilled +
 * extra}. {@code RunOffSize.unfilledPlus(1, basis)} gives one more candidate than seats (the fewest
 * that keep the run-off competitive); {@code RunOffSize.timesUnfilled(2, basis)} gives twice as many.
 */
public record RunOffSize(int factor, int extra, String basis) {
  public RunOffSize {
    checkArgument(factor >= 1, "factor must be at least 1, was %s", factor);
    checkArgument(extra >= 0, "extra must not be negative, was %s", extra);
    requireNonNull(basis, "basis");
    checkArgument(!basis.isBlank(), "basis must not be blank");
  }

  /** Returns {@code unfilled + extra} candidates. */
  public static RunOffSize unfilledPlus(int extra, String basis) {
    return new RunOffSize(1, extra, basis);
  }

  /** Returns {@code factor × unfilled} candidates. */
  public static RunOffSize timesUnfilled(int factor, String basis) {
    return new RunOffSize(factor, 0, basis);
  }

  /** Returns the number of run-off candidates for {@code unfilled} seats, before ties at the cut. */
  public int candidatesFor(int unfilled) {
    checkArgument(unfilled >= 1, "unfilled must be at least 1, was %s", unfilled);
    return Math.addExact(Math.multiplyExact(factor, unfilled), extra);
  }

  @Override
  public String toString() {
    return (factor == 1 ? "" : factor + " × ") + "unfilled" + (extra == 0 ? "" : " + " + extra);
  }
}
