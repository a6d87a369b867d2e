package org.amodel.rules.safety;

import java.util.Arrays;

/**
 * The text of one rule file with its line starts, so that a character offset can be turned into the
 * 1-based line and column a policy officer sees in an editor. A tab counts as one column.
 */
final class SourceText {
  private final String text;
  private final int[] lineStarts;

  SourceText(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (c == '\n' || (c == '\r' && !crlf)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  String text() {
    return text;
  }

  /** Returns the 1-based line of {@code offset}, clamped to the text. */
  int line(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int index = Arrays.binarySearch(lineStarts, clamped);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** Returns the 1-based column of {@code offset}, clamped to the text. */
  int column(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    return clamped - lineStarts[line(clamped) - 1] + 1;
  }

  /** Returns the offset of a 1-based line and a 0-based column, or -1 if the line does not exist. */
  int offset(int line, int column0) {
    if (line < 1 || line > lineStarts.length) {
      return -1;
    }
    return Math.min(text.length(), lineStarts[line - 1] + Math.max(0, column0));
  }

  /**
   * Returns where {@code snippet} starts in the text: at {@code hint} if it is there, else its first
   * occurrence in {@code [from, to]} ({@code to < 0} for the end of the text), else -1.
   */
  int locate(String snippet, int hint, int from, int to) {
    if (snippet.isEmpty()) {
      return -1;
    }
    if (hint >= 0 && text.startsWith(snippet, hint)) {
      return hint;
    }
    int index = text.indexOf(snippet, Math.max(0, from));
    if (index < 0 || (to >= 0 && index > to)) {
      return -1;
    }
    return index;
  }
}
