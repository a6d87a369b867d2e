package org.amodel.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Ints;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/**
 * One series of a histogram: its name, shown in the legend, and a count for each bin.
 *
 * @param name the series' name, such as {@code 委员 committee members}
 * @param counts a count for each bin, none negative
 */
public record Series(String name, ImmutableList<Integer> counts) {
  /**
   * @throws NullPointerException if {@code name}, {@code counts} or a count is null
   * @throws IllegalArgumentException if a count is negative
   */
  public Series {
    requireNonNull(name, "name");
    counts = ImmutableList.copyOf(requireNonNull(counts, "counts"));
    for (int i = 0; i < counts.size(); i++) {
      checkArgument(counts.get(i) >= 0, "count %s of series '%s' is negative: %s", i, name, counts.get(i));
    }
  }

  /** Returns the series {@code name} with {@code counts}, one for each bin. */
  public static Series of(String name, List<Integer> counts) {
    return new Series(name, ImmutableList.copyOf(counts));
  }

  /** Returns the series {@code name} with {@code counts}, one for each bin. */
  public static Series of(String name, int... counts) {
    return new Series(name, ImmutableList.copyOf(Ints.asList(counts)));
  }

  /**
   * Returns the series {@code name} counting {@code values} in {@code bins}, such as the ages of
   * committee members in 5-year bins.
   *
   * @throws IllegalArgumentException if a value lies outside every bin (widen the bins, for example
   *     with {@link Bins#covering}, rather than lose it)
   */
  public static Series counting(String name, Bins bins, Collection<Integer> values) {
    int[] counts = new int[bins.count()];
    for (int value : values) {
      OptionalInt bin = bins.indexOf(value);
      checkArgument(bin.isPresent(), "value %s of series '%s' lies outside the bins %s", value, name,
          bins.labels());
      counts[bin.getAsInt()]++;
    }
    return of(name, counts);
  }
}
