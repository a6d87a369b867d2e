package org.amodel.examples.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * Writes SVG elements one a line, with escaped attribute values and text, and coordinates in at most
 * two decimals written the same on every machine.
 */
final class SvgWriter {
  private final StringBuilder out = new StringBuilder(4096);

  /** Writes a start tag {@code <name a="v" ...>}; {@code attributes} alternate names and values. */
  SvgWriter open(String name, String... attributes) {
    startTag(name, attributes);
    out.append(">\n");
    return this;
  }

  /**
   * Writes the start tag of the root {@code <svg>} element: the namespace declaration as it is (escaping
   * would hide the URI from readers of the text), then {@code attributes}.
   */
  SvgWriter openSvg(String namespace, String... attributes) {
    out.append("<svg xmlns=\"").append(namespace).append('"');
    appendAttributes("svg", attributes);
    out.append(">\n");
    return this;
  }

  /** Writes an end tag. */
  SvgWriter close(String name) {
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** Writes an empty element {@code <name a="v" .../>}. */
  SvgWriter empty(String name, String... attributes) {
    startTag(name, attributes);
    out.append("/>\n");
    return this;
  }

  /** Writes an element holding {@code text}. */
  SvgWriter text(String name, String text, String... attributes) {
    startTag(name, attributes);
    out.append('>').append(Xml.escape(text)).append("</").append(name).append(">\n");
    return this;
  }

  /** Writes an element whose only child is a {@code <title>} holding {@code tooltip}. */
  SvgWriter titled(String name, String tooltip, String... attributes) {
    startTag(name, attributes);
    out.append("><title>").append(Xml.escape(tooltip)).append("</title></").append(name).append(">\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Returns {@code value} with at most two decimals and no trailing zeros, such as {@code 12.5} or {@code 240}. */
  static String num(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    if (text.indexOf('.') >= 0) {
      int end = text.length();
      while (text.charAt(end - 1) == '0') {
        end--;
      }
      if (text.charAt(end - 1) == '.') {
        end--;
      }
      text = text.substring(0, end);
    }
    return text.equals("-0") ? "0" : text;
  }

  private void startTag(String name, String... attributes) {
    out.append('<').append(name);
    appendAttributes(name, attributes);
  }

  private void appendAttributes(String name, String... attributes) {
    checkArgument(attributes.length % 2 == 0, "attributes of <%s> come in name, value pairs", name);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(Xml.escape(attributes[i + 1])).append('"');
    }
  }
}
