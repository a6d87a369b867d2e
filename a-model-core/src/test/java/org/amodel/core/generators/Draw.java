package org.amodel.core.generators;

import static com.google.common.base.Preconditions.checkArgument;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.quicktheories.core.RandomnessSource;

/**
 * Draws values from a QuickTheories {@link RandomnessSource}, so that everything a generator decides
 * is recorded and can be shrunk.
 */
public final class Draw {
  private final RandomnessSource source;

  public Draw(RandomnessSource source) {
    this.source = source;
  }

  /** Returns an int in [{@code lo}, {@code hi}]. */
  public int between(int lo, int hi) {
    checkArgument(lo <= hi, "empty range [%s, %s]", lo, hi);
    return lo == hi ? lo : integers().between(lo, hi).generate(source);
  }

  /** Returns true or false. */
  public boolean coin() {
    return between(0, 1) == 1;
  }

  /** Returns true about once in {@code n} draws. */
  public boolean oneIn(int n) {
    return between(1, n) == 1;
  }

  /** Returns one of {@code choices}. */
  public <T> T pick(List<T> choices) {
    checkArgument(!choices.isEmpty(), "nothing to pick from");
    return choices.get(between(0, choices.size() - 1));
  }

  /** Returns a date in [{@code from}, {@code to}]. */
  public LocalDate date(LocalDate from, LocalDate to) {
    return from.plusDays(between(0, Math.toIntExact(ChronoUnit.DAYS.between(from, to))));
  }

  /** Returns a birth date such that the person is exactly {@code age} full years old on {@code day}. */
  public LocalDate birthDateForAge(LocalDate day, int age) {
    LocalDate latest = day.minusYears(age);
    LocalDate earliest = day.minusYears(age + 1L).plusDays(1);
    return oneIn(4) ? latest : date(earliest, latest);
  }

  /** Returns a seed for a {@link java.util.SplittableRandom} that fills in details no rule reads. */
  public long seed() {
    return between(0, Integer.MAX_VALUE);
  }
}
