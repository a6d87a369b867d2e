package org.amodel.rules.input;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.amodel.rules.text.EditDistance;

/** "Did you mean …?": the known word nearest to a mistyped one, if one is near enough. */
final class Suggestions {
  private Suggestions() {}

  /** Returns " (did you mean 'x'?)" for the candidate nearest {@code written}, or "" if none is near. */
  static String didYouMean(String written, Collection<String> candidates) {
    return nearest(written, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  /**
   * Returns the candidate nearest to {@code written}, ignoring case, if it is within a few edits:
   * at most a third of the word's length, and never more than 3.
   */
  static Optional<String> nearest(String written, Collection<String> candidates) {
    String w = written.toLowerCase(Locale.ROOT);
    int allowed = Math.min(3, Math.max(1, w.length() / 3));
    return candidates.stream()
        .filter(c -> !c.equals(written))
        .filter(c -> EditDistance.withSwaps(c.toLowerCase(Locale.ROOT), w) <= allowed)
        .min(Comparator.comparingInt(c -> EditDistance.withSwaps(c.toLowerCase(Locale.ROOT), w)));
  }
}
