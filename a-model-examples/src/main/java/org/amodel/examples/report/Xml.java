package org.amodel.examples.report;

import java.util.regex.Pattern;

/**
 * Escaping of text and attribute values for the page and its charts, which are read both as XML and
 * as HTML.
 *
 * <p>The five special characters become {@code &amp; &lt; &gt; &quot; &#39;} (no named entity that
 * HTML lacks or XML lacks), and a carriage return {@code &#13;}, which readers would otherwise turn
 * into a line feed. Characters XML 1.0 forbids (controls other than tab, line feed and carriage
 * return, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, so any Java string gives well-formed
 * output. The colon of {@code "://"} becomes {@code &#58;}: a label that quotes a web address then
 * reads the same but never looks like a link to the page's guard against them.
 */
final class Xml {
  private Xml() {}

  /** An id or a CSS class name: a letter, then letters, digits, hyphens or underscores. */
  static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  /** Returns {@code text} escaped for element content and for double- or single-quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\r' -> out.append("&#13;");
        case ':' -> out.append(text.startsWith("//", next) ? "&#58;" : ":");
        default -> {
          if (allowed(cp)) {
            out.appendCodePoint(cp);
          } else {
            out.append('\uFFFD');
          }
        }
      }
      i = next;
    }
    return out.toString();
  }

  /** Whether XML 1.0 allows the code point in a document (a lone surrogate is not a code point it allows). */
  private static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
