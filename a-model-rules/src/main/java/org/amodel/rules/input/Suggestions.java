package org.amodel.rules.input;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

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
        .filter(c -> distance(c.toLowerCase(Locale.ROOT), w) <= allowed)
        .min(Comparator.comparingInt(c -> distance(c.toLowerCase(Locale.ROOT), w)));
  }

  /** Returns the edit distance (insertions, deletions, substitutions, swaps of neighbours). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
