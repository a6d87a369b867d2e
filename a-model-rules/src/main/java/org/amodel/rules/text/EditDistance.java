package org.amodel.rules.text;

import static java.util.Objects.requireNonNull;

/**
 * How many one-character edits turn one string into another, for the "did you mean" suggestions of
 * the file readers, the rule set loader and the explainer.
 *
 * <pre>{@code
 * EditDistance.of("COMMITEE_SIZE", "COMMITTEE_SIZE");        // 1: an insertion
 * EditDistance.withSwaps("STAITON", "STATION");              // 1: two neighbours swapped
 * EditDistance.of("STAITON", "STATION");                     // 2
 * }</pre>
 */
public final class EditDistance {
  private EditDistance() {}

  /** Returns the Levenshtein distance: insertions, deletions and substitutions, one each. */
  public static int of(String a, String b) {
    return distance(a, b, false);
  }

  /** Returns the distance that also counts a swap of two neighbouring characters as one edit. */
  public static int withSwaps(String a, String b) {
    return distance(a, b, true);
  }

  private static int distance(String a, String b, boolean swaps) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
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
        if (swaps && i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
