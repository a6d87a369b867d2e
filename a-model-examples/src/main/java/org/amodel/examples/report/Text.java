package org.amodel.examples.report;

import java.util.List;

/**
 * Estimated widths of text in the charts, and truncation with an ellipsis.
 *
 * <p>No font is measured (the page names local fonts only and the output must not depend on the
 * machine): a CJK or full-width character counts one em, a capital Latin letter 0.72 em, any other character 0.6 em. The
 * estimate errs wide for Latin text, which is the safe side for a label that must not overlap the next.
 */
final class Text {
  private Text() {}

  static final String ELLIPSIS = "…";

  /** Returns the estimated width of {@code text} at {@code fontSize}, in the same units. */
  static double width(String text, double fontSize) {
    double ems = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      ems += ems(cp);
      i += Character.charCount(cp);
    }
    return ems * fontSize;
  }

  /** Returns the widest estimated width of {@code texts}, 0 for none. */
  static double widest(List<String> texts, double fontSize) {
    double widest = 0;
    for (String text : texts) {
      widest = Math.max(widest, width(text, fontSize));
    }
    return widest;
  }

  /**
   * Returns {@code text} if it fits in {@code maxWidth}, otherwise its longest prefix of whole code
   * points that fits with an ellipsis after it.
   */
  static String truncate(String text, double maxWidth, double fontSize) {
    if (width(text, fontSize) <= maxWidth) {
      return text;
    }
    double room = maxWidth - width(ELLIPSIS, fontSize);
    double used = 0;
    int end = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      double w = ems(cp) * fontSize;
      if (used + w > room) {
        break;
      }
      used += w;
      end += Character.charCount(cp);
    }
    return text.substring(0, end) + ELLIPSIS;
  }

  private static double ems(int cp) {
    return wide(cp) ? 1.0 : cp >= 'A' && cp <= 'Z' ? 0.72 : 0.6;
  }

  /** Returns true for a CJK or full-width character: one em in a chart, two columns in a terminal. */
  static boolean wide(int cp) {
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)) {
      return true;
    }
    return cp >= 0x1F300 && cp <= 0x3FFFD;
  }
}
