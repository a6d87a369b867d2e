package org.amodel.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A self-contained report page: headings, paragraphs, notes, tables and {@link SvgCharts charts} in
 * order, rendered as one XHTML document that browsers read as HTML.
 *
 * <pre>{@code
 * HtmlPage.titled("市中区 A 型社区 Shizhong district, type A communities")
 *     .note("数据为合成 The data are synthetic.")
 *     .heading("参选率 Turnout")
 *     .chart(SvgCharts.bars("turnout", "参选率 turnout", turnouts, Scale.percent()))
 *     .table(List.of("社区 community", "参选率 turnout"), rows)
 *     .write(Path.of("target/report/index.html"));
 * }</pre>
 *
 * <p>The page needs nothing but itself: its style sheet is inline, it names local fonts only, it links
 * to nothing, and a Content-Security-Policy forbids the browser to load anything. It is well-formed XML
 * ({@code <!DOCTYPE html>}, the XHTML namespace, every element closed, every text and attribute value
 * escaped) in UTF-8, and the same page renders to the same bytes on every machine.
 *
 * <p>A page is built by one thread; each method appends to it and returns it.
 */
public final class HtmlPage {
  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final ImmutableSet<String> NAMESPACES = ImmutableSet.of(XHTML_NS, SVG_NS);

  private static final Pattern TAG = Pattern.compile("<[^<>]*>");
  private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s\"'<>()]*");
  private static final Pattern LOADS = Pattern.compile(
      "(?i)(\\s(?:[a-z_-]+:)?(?:href|src)\\s*=|url\\s*\\(|\\son[a-z]+\\s*=|javascript:|@import)");
  private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Pattern SVG_ID = Pattern.compile("^<svg\\b[^>]*?\\sid=\"([^\"]*)\"");

  private static final String STYLE = """
      body { margin: 0; color: #222; background: #fff; line-height: 1.6;
        font-family: system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; }
      main { max-width: 1000px; margin: 0 auto; padding: 24px 16px 48px; }
      h1 { font-size: 1.6em; margin: 0 0 0.6em; }
      h2 { font-size: 1.25em; margin: 1.6em 0 0.5em; padding-bottom: 0.2em; border-bottom: 1px solid #ddd; }
      p { margin: 0.6em 0; }
      .note { margin: 1em 0; padding: 8px 12px; background: #fff8e1; border-left: 4px solid #f0b400; }
      table { width: 100%; margin: 1em 0; border-collapse: collapse; font-size: 0.92em; }
      th, td { padding: 4px 8px; border: 1px solid #ddd; text-align: left; vertical-align: top; }
      th { background: #f3f5f8; }
      td.no-data { color: #777; text-align: center; }
      tr.matches td { background: #eef8ee; }
      tr.differs td { background: #fdecea; }
      tr.tension td { background: #fff4dc; }
      figure.chart { margin: 1em 0; overflow-x: auto; }
      figure.chart svg { display: block; max-width: 100%; height: auto; }
      @media print { figure.chart, table { break-inside: avoid; } }
      """;

  private final String title;
  private final List<String> parts = new ArrayList<>();
  /** The ids the page's charts use; only looked up, never listed, so a hash set keeps the output stable. */
  private final Set<String> chartIds = new HashSet<>();

  private HtmlPage(String title) {
    this.title = title;
  }

  /**
   * Returns an empty page titled {@code title}, which is both the document's title and its first heading.
   *
   * @throws NullPointerException if {@code title} is null
   */
  public static HtmlPage titled(String title) {
    return new HtmlPage(requireNonNull(title, "title"));
  }

  /** Appends a section heading. */
  public HtmlPage heading(String text) {
    return element("h2", text);
  }

  /** Appends a paragraph of {@code text}, written as it is (markup in it is shown, not interpreted). */
  public HtmlPage paragraph(String text) {
    return element("p", text);
  }

  /** Appends a highlighted note, such as "数据为合成 The data are synthetic." */
  public HtmlPage note(String text) {
    requireNonNull(text, "text");
    parts.add("<div class=\"note\" role=\"note\"><p>" + Xml.escape(text) + "</p></div>");
    return this;
  }

  /**
   * Appends a table of {@code rows} under {@code header}; a table without rows says {@value SvgCharts#NO_DATA}.
   *
   * @throws IllegalArgumentException if {@code header} is empty or a row has not one cell for each column
   */
  public HtmlPage table(List<String> header, List<List<String>> rows) {
    return tableOfRows(header, rows.stream().map(Row::of).toList());
  }

  /**
   * Appends a table of {@code rows}, each with its CSS class, under {@code header}. The page styles the
   * classes {@code matches} (green), {@code differs} (red) and {@code tension} (amber).
   *
   * @throws IllegalArgumentException if {@code header} is empty or a row has not one cell for each column
   */
  public HtmlPage tableOfRows(List<String> header, List<Row> rows) {
    List<String> columns = ImmutableList.copyOf(header);
    List<Row> body = ImmutableList.copyOf(rows);
    checkArgument(!columns.isEmpty(), "a table needs at least one column");
    for (int i = 0; i < body.size(); i++) {
      checkArgument(body.get(i).cells().size() == columns.size(), "row %s has %s cells for %s columns", i,
          body.get(i).cells().size(), columns.size());
    }
    StringBuilder out = new StringBuilder("<table>\n<thead>\n<tr>");
    for (String column : columns) {
      out.append("<th>").append(Xml.escape(column)).append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    if (body.isEmpty()) {
      out.append("<tr><td class=\"no-data\" colspan=\"").append(columns.size()).append("\">")
          .append(Xml.escape(SvgCharts.NO_DATA)).append("</td></tr>\n");
    }
    for (Row row : body) {
      out.append(row.cssClass().isEmpty() ? "<tr>" : "<tr class=\"" + Xml.escape(row.cssClass()) + "\">");
      for (String cell : row.cells()) {
        out.append("<td>").append(Xml.escape(cell)).append("</td>");
      }
      out.append("</tr>\n");
    }
    parts.add(out.append("</tbody>\n</table>").toString());
    return this;
  }

  /**
   * Appends a chart, as it is: the output of {@link SvgCharts}. As a guard against anything else, the
   * chart must be one {@code <svg>} element with an id not yet on the page, and must hold no script,
   * style sheet, foreign object, event handler, link ({@code href}, {@code src}, {@code url(...)}) or
   * web address other than the SVG and XHTML namespaces.
   *
   * @throws IllegalArgumentException if {@code svg} fails the guard or repeats a chart's id
   */
  public HtmlPage chart(String svg) {
    String chart = requireNonNull(svg, "svg").strip();
    checkSafe(chart);
    Matcher id = SVG_ID.matcher(chart);
    if (id.find()) {
      // SvgCharts also gives the chart's <title> the id "<id>-title"
      String chartId = id.group(1);
      checkArgument(!chartIds.contains(chartId) && !chartIds.contains(chartId + "-title"),
          "a chart with id '%s' is already on the page", chartId);
      chartIds.add(chartId);
      chartIds.add(chartId + "-title");
    }
    parts.add("<figure class=\"chart\">\n" + chart + "\n</figure>");
    return this;
  }

  /** Returns the page as an XHTML document, the same text for the same page on every machine. */
  public String render() {
    StringBuilder out = new StringBuilder(4096);
    out.append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"").append(XHTML_NS).append("\" lang=\"zh-CN\">\n")
        .append("<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(Xml.escape("default-src 'none'; style-src 'unsafe-inline'")).append("\"/>\n")
        .append("<title>").append(Xml.escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n")
        .append("</head>\n")
        .append("<body>\n<main>\n")
        .append("<h1>").append(Xml.escape(title)).append("</h1>\n");
    for (String part : parts) {
      out.append(part).append('\n');
    }
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  /**
   * Writes the page to {@code file} in UTF-8, creating its parent directories, replacing the file if it exists.
   *
   * @throws IOException if the directories or the file cannot be written; the message names {@code file}
   */
  public void write(Path file) throws IOException {
    requireNonNull(file, "file");
    String html = render();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException("无法写入报告 cannot write the report to " + file + ": " + e, e);
    }
  }

  private HtmlPage element(String name, String text) {
    requireNonNull(text, "text");
    parts.add("<" + name + ">" + Xml.escape(text) + "</" + name + ">");
    return this;
  }

  private static void checkSafe(String svg) {
    checkArgument(svg.startsWith("<svg ") && svg.endsWith("</svg>"), "a chart must be one <svg> element");
    String lower = svg.toLowerCase(Locale.ROOT);
    for (String forbidden : List.of("<script", "<style", "<foreignobject", "<!")) {
      checkArgument(!lower.contains(forbidden), "a chart must not hold %s", forbidden);
    }
    checkAddresses(svg);
    Matcher tags = TAG.matcher(svg);
    while (tags.find()) {
      String tag = decode(tags.group());
      Matcher loads = LOADS.matcher(tag);
      if (loads.find()) {
        throw new IllegalArgumentException("a chart must not load or run anything: '" + loads.group() + "' in " + tag);
      }
      checkAddresses(tag);
    }
  }

  private static void checkAddresses(String text) {
    Matcher url = URL.matcher(text);
    while (url.find()) {
      checkArgument(NAMESPACES.contains(url.group()), "a chart must not name a web address: %s", url.group());
    }
  }

  /** Returns {@code tag} with its character references replaced by the characters they stand for. */
  private static String decode(String tag) {
    Matcher m = REFERENCE.matcher(tag);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement;
      if (name.startsWith("#x") || name.startsWith("#X")) {
        replacement = codePoint(name.substring(2), 16);
      } else if (name.startsWith("#")) {
        replacement = codePoint(name.substring(1), 10);
      } else {
        replacement = switch (name) {
          case "amp" -> "&";
          case "lt" -> "<";
          case "gt" -> ">";
          case "quot" -> "\"";
          case "apos" -> "'";
          default -> m.group();
        };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    return m.appendTail(out).toString();
  }

  private static String codePoint(String digits, int radix) {
    try {
      int cp = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(cp) ? Character.toString(cp) : "\uFFFD";
    } catch (NumberFormatException e) {
      return "\uFFFD";
    }
  }

  /**
   * A row of a table: its cells and the CSS class of its {@code <tr>}, empty for none.
   *
   * @param cssClass space-separated class names, each a letter followed by letters, digits, {@code -} or
   *     {@code _}, or empty
   * @param cells the row's cells, in the order of the header
   */
  public record Row(String cssClass, ImmutableList<String> cells) {
    /**
     * @throws NullPointerException if {@code cssClass}, {@code cells} or a cell is null
     * @throws IllegalArgumentException if {@code cssClass} is not empty or class names
     */
    public Row {
      requireNonNull(cssClass, "cssClass");
      cells = ImmutableList.copyOf(cells);
      for (String name : cssClass.split(" ", -1)) {
        checkArgument(cssClass.isEmpty() || Xml.NAME.matcher(name).matches(),
            "cssClass must be class names separated by single spaces: '%s'", cssClass);
      }
    }

    /** Returns a row of {@code cells} without a class. */
    public static Row of(List<String> cells) {
      return new Row("", ImmutableList.copyOf(cells));
    }

    /** Returns a row of {@code cells} without a class. */
    public static Row of(String... cells) {
      return new Row("", ImmutableList.copyOf(cells));
    }

    /** Returns a row of {@code cells} of class {@code cssClass}, such as {@code "differs"}. */
    public static Row marked(String cssClass, List<String> cells) {
      return new Row(cssClass, ImmutableList.copyOf(cells));
    }

    /** Returns a row of {@code cells} of class {@code cssClass}, such as {@code "differs"}. */
    public static Row marked(String cssClass, String... cells) {
      return new Row(cssClass, ImmutableList.copyOf(cells));
    }
  }
}
