package org.amodel.core.check;

import java.util.Optional;
import org.amodel.core.parameters.ParameterKey;

/** An inclusive range read from a min and a max parameter; either end may be open. */
record Bounds(Optional<Integer> min, Optional<Integer> max) {

  /** Returns the bounds in force, or empty if the district sets neither end. */
  static Optional<Bounds> of(CheckContext c, ParameterKey<Integer> minKey, ParameterKey<Integer> maxKey) {
    Bounds b = new Bounds(c.param(minKey), c.param(maxKey));
    return b.min.isEmpty() && b.max.isEmpty() ? Optional.empty() : Optional.of(b);
  }

  boolean contains(int n) {
    return min.map(m -> n >= m).orElse(true) && max.map(m -> n <= m).orElse(true);
  }

  /** Returns "3至4", "1", "至少1" or "至多2". */
  String zh() {
    if (min.isPresent() && max.isPresent()) {
      return min.get().equals(max.get()) ? min.get().toString() : min.get() + "至" + max.get();
    }
    return min.map(m -> "至少" + m).orElseGet(() -> "至多" + max.orElseThrow());
  }

  /** Returns "3–4", "1", "at least 1" or "at most 2". */
  String en() {
    if (min.isPresent() && max.isPresent()) {
      return min.get().equals(max.get()) ? min.get().toString() : min.get() + "–" + max.get();
    }
    return min.map(m -> "at least " + m).orElseGet(() -> "at most " + max.orElseThrow());
  }
}
