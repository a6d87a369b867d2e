package org.amodel.core.properties;

import org.quicktheories.QuickTheory;

/** The property-test configuration: examples per property from {@code -Damodel.examples} (1,000 by default). */
public final class Examples {
  private Examples() {}

  /** Returns the number of examples each property runs. */
  public static int count() {
    return Integer.getInteger("amodel.examples", 1000);
  }

  /** Returns a QuickTheories runner with {@link #count()} examples and a seed from {@code -Damodel.seed} if set. */
  public static QuickTheory qt() {
    QuickTheory qt = QuickTheory.qt().withExamples(count()).withShrinkCycles(200);
    Long seed = Long.getLong("amodel.seed");
    return seed == null ? qt : qt.withFixedSeed(seed);
  }
}
