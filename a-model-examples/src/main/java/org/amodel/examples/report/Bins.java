package org.amodel.examples.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Equal ranges of whole numbers for a histogram, such as the 5-year age bins 20–24 to 60–64: {@code
 * count} bins of {@code width} numbers each, the first starting at {@code from}.
 *
 * <pre>{@code
 * Bins ages = Bins.of(20, 5, 9);        // 20–24, 25–29, ..., 60–64
 * Series members = Series.counting("委员 committee members", ages, memberAges);
 * }</pre>
 *
 * @param from the first number of the first bin
 * @param width the numbers in each bin, at least 1
 * @param count the bins, at least 1
 */
public record Bins(int from, int width, int count) {
  /** @throws IllegalArgumentException if {@code width} or {@code count} is below 1, or the bins overflow an int */
  public Bins {
    checkArgument(width >= 1, "width must be at least 1: %s", width);
    checkArgument(count >= 1, "count must be at least 1: %s", count);
    checkArgument((long) from + (long) width * count - 1 <= Integer.MAX_VALUE, "bins from %s overflow", from);
  }

  /** Returns {@code count} bins of {@code width} numbers from {@code from}. */
  public static Bins of(int from, int width, int count) {
    return new Bins(from, width, count);
  }

  /**
   * Returns the fewest bins of {@code width} that cover {@code values}, starting at a multiple of
   * {@code width}, or empty if there are no values.
   */
  public static Optional<Bins> covering(int width, Collection<Integer> values) {
    checkArgument(width >= 1, "width must be at least 1: %s", width);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    int min = values.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int max = values.stream().mapToInt(Integer::intValue).max().orElseThrow();
    int from = Math.floorDiv(min, width) * width;
    return Optional.of(new Bins(from, width, (int) (((long) max - from) / width + 1)));
  }

  /** Returns the bins' labels, such as {@code 20–24} ({@code 20} for bins of width 1). */
  public ImmutableList<String> labels() {
    ImmutableList.Builder<String> labels = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      int first = from + i * width;
      labels.add(width == 1 ? Integer.toString(first) : first + "–" + (first + width - 1));
    }
    return labels.build();
  }

  /** Returns the index of the bin holding {@code value}, or empty if no bin does. */
  public OptionalInt indexOf(int value) {
    long offset = (long) value - from;
    if (offset < 0 || offset >= (long) width * count) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) (offset / width));
  }
}
