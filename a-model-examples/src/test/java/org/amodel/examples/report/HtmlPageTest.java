package org.amodel.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amodel.examples.report.HtmlPage.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

@DisplayName("HtmlPage: the report page")
class HtmlPageTest {

  private static final String HOSTILE = "<script>alert('x')</script>&\"'";

  /** A page with one of everything, as a district report has them. */
  static HtmlPage report() {
    return HtmlPage.titled("市中区 A 型社区 Shizhong district, type A communities")
        .note("数据为合成 The data are synthetic.")
        .heading("参选率 Turnout")
        .paragraph("66 个社区 66 communities elected their committees in 2005.")
        .chart(SvgBarsTest.turnoutChart(SvgBarsTest.turnouts(66)))
        .heading("发现 Findings")
        .chart(SvgCharts.horizontalBars("rules", "发现 findings per rule",
            List.of(Bar.of("COMMITTEE_SIZE", 41), Bar.of("STATION_SIZE", 0))))
        .chart(SvgCharts.histogram("ages", "年龄 age", List.of(Series.of("委员 members", 1, 4, 2),
            Series.of("站员 staff", 3, 1, 0)), Bins.of(30, 5, 3)))
        .tableOfRows(List.of("规定 rule", "报告 report", "模型 model"), List.of(
            Row.marked("matches", "委员会 5–9 人 committee of 5–9", "5–9", "5–9"),
            Row.marked("differs", "站员年龄 staff age", "≤ 40", "≤ 45"),
            Row.marked("tension", "书记兼任 secretary concurrent", "encouraged", "assessed first"),
            Row.of("其他 other", "—", "—")));
  }

  @Test
  @DisplayName("the page is well-formed XHTML: doctype, namespace, lang, utf-8 first in the head, one inline style")
  void wellFormed() {
    String html = report().render();
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n"),
        html.substring(0, 80));

    Document page = Dom.parse(html);
    Element root = page.getDocumentElement();
    assertEquals(Dom.XHTML, root.getNamespaceURI());
    assertEquals("html", root.getLocalName());
    assertEquals("zh-CN", root.getAttribute("lang"));
    Element head = Dom.elements(page, Dom.XHTML, "head").get(0);
    Element first = Dom.elements(head, Dom.XHTML, "meta").get(0);
    assertEquals("utf-8", first.getAttribute("charset"));
    assertEquals(first, Dom.elements(head, "*", "*").get(0), "the charset is the head's first element");
    assertEquals(1, Dom.elements(page, Dom.XHTML, "style").size());
    assertEquals("市中区 A 型社区 Shizhong district, type A communities",
        Dom.elements(head, Dom.XHTML, "title").get(0).getTextContent());
    assertEquals(List.of("参选率 Turnout", "发现 Findings"),
        Dom.elements(page, Dom.XHTML, "h2").stream().map(Node::getTextContent).toList());
    assertEquals("数据为合成 The data are synthetic.", Dom.withClass(Dom.elements(page, Dom.XHTML, "div"), "note")
        .get(0).getTextContent());
  }

  @Test
  @DisplayName("each chart is found by its id, an <svg> in the SVG namespace inside a figure")
  void chartsById() {
    Document page = Dom.parse(report().render());

    for (String id : List.of("turnout", "rules", "ages")) {
      Element chart = Dom.byId(page, id).orElseThrow(() -> new AssertionError("no chart " + id));
      assertEquals(Dom.SVG, chart.getNamespaceURI(), id);
      assertEquals("svg", chart.getLocalName(), id);
      assertEquals("figure", chart.getParentNode().getLocalName(), id);
    }
    assertEquals(66, SvgBarsTest.bars(Dom.byId(page, "turnout").orElseThrow()).size());
  }

  @Test
  @DisplayName("markup, ampersands and quotes in the title, headings, paragraphs, notes and table cells read back unchanged")
  void hostileText() {
    String html = HtmlPage.titled(HOSTILE).heading(HOSTILE).paragraph(HOSTILE).note(HOSTILE)
        .table(List.of(HOSTILE, "b"), List.of(List.of(HOSTILE, "社区 & community"))).render();

    assertFalse(html.contains("<script"), html);
    Document page = Dom.parse(html);
    assertTrue(Dom.elements(page, "*", "script").isEmpty());
    for (String element : List.of("title", "h1", "h2", "p", "th", "td")) {
      assertEquals(HOSTILE, Dom.elements(page, Dom.XHTML, element).get(0).getTextContent(), element);
    }
    assertEquals("社区 & community", Dom.elements(page, Dom.XHTML, "td").get(1).getTextContent());
  }

  @Test
  @DisplayName("the page loads nothing: no src or href anywhere, no url( or @import in the style, no web address but the namespaces")
  void noExternalResources() {
    Dom.assertLoadsNothing(report().render());
  }

  @Test
  @DisplayName("rows carry their CSS class, which the page styles; rows without one have no class attribute")
  void rowClasses() {
    Document page = Dom.parse(report().render());

    List<Element> rows = Dom.elements(Dom.elements(page, Dom.XHTML, "tbody").get(0), Dom.XHTML, "tr");
    assertEquals(List.of("matches", "differs", "tension", ""), rows.stream().map(r -> r.getAttribute("class")).toList());
    assertFalse(rows.get(3).hasAttribute("class"));
    String style = Dom.elements(page, Dom.XHTML, "style").get(0).getTextContent();
    assertTrue(style.contains("tr.matches") && style.contains("tr.differs") && style.contains("tr.tension"), style);
  }

  @Test
  @DisplayName("a table without rows says 无数据 no data across its columns")
  void emptyTable() {
    Document page = Dom.parse(HtmlPage.titled("t").table(List.of("a", "b", "c"), List.of()).render());

    Element cell = Dom.elements(page, Dom.XHTML, "td").get(0);
    assertEquals(SvgCharts.NO_DATA, cell.getTextContent());
    assertEquals("3", cell.getAttribute("colspan"));
  }

  @Test
  @DisplayName("a row with too few cells, a table without columns and a class that is not a class name are refused")
  void tableRefusals() {
    IllegalArgumentException cells = assertThrows(IllegalArgumentException.class,
        () -> HtmlPage.titled("t").table(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3"))));
    assertEquals("row 1 has 1 cells for 2 columns", cells.getMessage());
    assertThrows(IllegalArgumentException.class, () -> HtmlPage.titled("t").table(List.of(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> Row.marked("a\"b", "x"));
    assertThrows(IllegalArgumentException.class, () -> Row.marked("two  spaces", "x"));
    assertThrows(IllegalArgumentException.class, () -> Row.marked("1st", "x"));
    assertEquals("matches strong", Row.marked("matches strong", "x").cssClass());
    assertThrows(NullPointerException.class, () -> HtmlPage.titled(null));
    assertThrows(NullPointerException.class, () -> HtmlPage.titled("t").paragraph(null));
  }

  @Test
  @DisplayName("the same page renders to the same text, twice and when built again")
  void deterministic() {
    HtmlPage page = report();

    assertEquals(page.render(), page.render());
    assertEquals(page.render(), report().render());
  }

  @Test
  @DisplayName("write creates the parent directories and writes the page in UTF-8")
  void write(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("district/2005/index.html");
    HtmlPage page = report();

    page.write(file);

    assertArrayEquals(page.render().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    page.paragraph("again");
    page.write(file);
    assertEquals(page.render(), Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("a file that cannot be written gives an IOException naming it")
  void writeFails(@TempDir Path dir) throws IOException {
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a directory");
    Path file = blocker.resolve("index.html");

    IOException e = assertThrows(IOException.class, () -> HtmlPage.titled("t").write(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("cannot write the report"), e.getMessage());
  }
}
