package org.amodel.core.generators;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Draws a fixed number of values from a generator with a fixed seed, for fixtures and benchmarks. */
public final class Samples {
  private Samples() {}

  /** Returns {@code count} values of {@code gen}, the same ones for the same {@code seed}. */
  public static <T> ImmutableList<T> of(Gen<T> gen, int count, long seed) {
    List<T> values = new ArrayList<>();
    QuickTheory.qt().withFixedSeed(seed).withExamples(count).forAll(gen).checkAssert(values::add);
    return ImmutableList.copyOf(values);
  }
}
