package org.amodel.examples.report;

import static org.amodel.examples.report.Dom.number;
import static org.amodel.examples.report.Dom.svg;
import static org.amodel.examples.report.Dom.tooltip;
import static org.amodel.examples.report.Dom.withClass;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

@DisplayName("SvgCharts.bars: vertical bars")
class SvgBarsTest {

  /** Turnouts of {@code n} invented communities, from 50.0% to 99.5%. */
  static List<Bar> turnouts(int n) {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      bars.add(Bar.of("社区" + (i + 1) + " community " + (i + 1), 50 + (i * 37 % 100) / 2.0));
    }
    return bars;
  }

  static String turnoutChart(List<Bar> bars) {
    return SvgCharts.bars("turnout", "参选率 turnout", bars, Scale.percent(),
        ReferenceLine.of(88.0, "区 district 88.0%"), ReferenceLine.floor(50, "过半有效 valid above 50%"));
  }

  static List<Element> bars(Node chart) {
    return withClass(svg(chart, "rect"), "bar");
  }

  @Test
  @DisplayName("66 communities' turnouts: a bar with its tooltip and a label for each, the district line and the floor")
  void turnoutOfSixtySixCommunities() {
    List<Bar> turnouts = turnouts(66);
    Document chart = Dom.parse(turnoutChart(turnouts));

    Element root = chart.getDocumentElement();
    assertEquals(Dom.SVG, root.getNamespaceURI());
    assertEquals("svg", root.getLocalName());
    assertEquals("turnout", root.getAttribute("id"));
    assertEquals("img", root.getAttribute("role"));
    assertTrue(root.getAttribute("viewBox").startsWith("0 0 960 "), root.getAttribute("viewBox"));
    Element title = svg(root, "title").get(0);
    assertEquals(root, title.getParentNode());
    assertEquals("参选率 turnout", title.getTextContent());
    assertEquals(title.getAttribute("id"), root.getAttribute("aria-labelledby"));

    List<Element> bars = bars(chart);
    assertEquals(66, bars.size());
    for (int i = 0; i < 66; i++) {
      Bar bar = turnouts.get(i);
      assertEquals(bar.label() + ": " + Scale.percent().format(bar.value()), tooltip(bars.get(i)));
    }
    assertEquals("社区1 community 1: 50.0%", tooltip(bars.get(0)));
    List<String> labels = texts(Dom.group(chart, "labels"));
    assertEquals(turnouts.stream().map(Bar::label).toList(), labels, "all 66 labels are shown, whole");
    assertEquals(66, texts(Dom.group(chart, "values")).size());

    List<String> ticks = texts(Dom.group(chart, "ticks"));
    assertEquals("0%", ticks.get(0));
    assertEquals("100%", ticks.get(ticks.size() - 1));
    assertEquals("区 district 88.0%", tooltip(withClass(svg(chart, "line"), "reference").get(0)));
    assertEquals("过半有效 valid above 50%", tooltip(withClass(svg(chart, "line"), "floor").get(0)));
  }

  @Test
  @DisplayName("bar heights are proportional to the values and all bars stand on the axis")
  void heightsAreProportional() {
    double[] values = {10, 25, 40, 0, 5, 33.3};
    List<Bar> input = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      input.add(Bar.of("b" + i, values[i]));
    }
    List<Element> bars = bars(Dom.parse(SvgCharts.bars("ratios", "ratios", input, Scale.counts().withDecimals(1))));

    double reference = number(bars.get(2), "height");
    double base = number(bars.get(2), "y") + reference;
    for (int i = 0; i < values.length; i++) {
      Element bar = bars.get(i);
      assertEquals(values[i] / 40, number(bar, "height") / reference, 1e-3, "bar " + i);
      assertEquals(base, number(bar, "y") + number(bar, "height"), 0.011, "bar " + i);
    }
  }

  @Test
  @DisplayName("a turnout above 100% lengthens the axis rather than leave the chart")
  void valueAboveTheScaleLengthensTheAxis() {
    Document chart = Dom.parse(turnoutChart(List.of(Bar.of("a", 60), Bar.of("b", 120))));

    List<Element> bars = bars(chart);
    assertEquals(2.0, number(bars.get(1), "height") / number(bars.get(0), "height"), 1e-3);
    assertTrue(number(bars.get(1), "y") > 0);
    List<String> ticks = texts(Dom.group(chart, "ticks"));
    assertEquals("125%", ticks.get(ticks.size() - 1));
  }

  @Test
  @DisplayName("a hundred bars with long labels show every other label; the tooltips keep them all")
  void manyBarsThinTheirLabels() {
    List<Bar> input = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      input.add(Bar.of("第" + i + "社区居民委员会 residents' committee no. " + i, i));
    }
    Document chart = Dom.parse(SvgCharts.bars("many", "many", input));

    assertEquals(100, bars(chart).size());
    List<String> labels = texts(Dom.group(chart, "labels"));
    assertEquals(50, labels.size());
    assertTrue(labels.get(0).startsWith("第0社区"), labels.get(0));
    assertTrue(labels.get(1).startsWith("第2社区"), labels.get(1));
    assertInsideViewBox(chart);
  }

  @Test
  @DisplayName("without bars the chart says 无数据 no data, with its title and no bar")
  void noData() {
    Document chart = Dom.parse(SvgCharts.bars("empty", "参选率 turnout", List.of(), Scale.percent(),
        ReferenceLine.of(88.0, "district")));

    assertEquals("empty", chart.getDocumentElement().getAttribute("id"));
    assertEquals("参选率 turnout", svg(chart, "title").get(0).getTextContent());
    assertEquals(List.of("无数据 no data"), withClass(svg(chart, "text"), "no-data").stream()
        .map(Node::getTextContent).toList());
    assertEquals(0, svg(chart, "rect").size());
  }

  @Test
  @DisplayName("all zeros: bars of height 0 on an axis from 0 to 1, and no NaN anywhere")
  void allZeros() {
    String svg = SvgCharts.bars("zeros", "zeros", List.of(Bar.of("a", 0), Bar.of("b", 0), Bar.of("c", 0)));
    Document chart = Dom.parse(svg);

    assertEquals(List.of(0.0, 0.0, 0.0), bars(chart).stream().map(b -> number(b, "height")).toList());
    assertEquals(List.of("0", "1"), texts(Dom.group(chart, "ticks")));
    assertEquals(List.of("0", "0", "0"), texts(Dom.group(chart, "values")));
    assertFalse(svg.contains("NaN") || svg.contains("Infinity"), svg);
  }

  @Test
  @DisplayName("one bar is a bar of ordinary width in the middle of the chart")
  void oneBar() {
    Document chart = Dom.parse(SvgCharts.bars("one", "one", List.of(Bar.of("杆石桥 Ganshiqiao", 91.5)),
        Scale.percent()));

    List<Element> bars = bars(chart);
    assertEquals(1, bars.size());
    double x = number(bars.get(0), "x");
    double width = number(bars.get(0), "width");
    assertTrue(width > 10 && width <= 60, "width " + width);
    assertEquals(SvgCharts.WIDTH / 2.0, x + width / 2, 40);
    assertEquals(List.of("杆石桥 Ganshiqiao"), texts(Dom.group(chart, "labels")));
    assertInsideViewBox(chart);
  }

  @Test
  @DisplayName("a very long label is shortened with an ellipsis on the chart and kept whole in the tooltip")
  void longLabel() {
    String label = "历下区泉城路街道办事处芙蓉街社区居民委员会第一届换届选举 the first re-election of a committee";
    Document chart = Dom.parse(SvgCharts.bars("long", "long", List.of(Bar.of(label, 3), Bar.of("b", 1))));

    String shown = texts(Dom.group(chart, "labels")).get(0);
    assertTrue(shown.endsWith("…"), shown);
    assertTrue(label.startsWith(shown.substring(0, shown.length() - 1)), shown);
    assertTrue(shown.length() < label.length() / 2, shown);
    assertEquals(label + ": 3", tooltip(bars(chart).get(0)));
  }

  @Test
  @DisplayName("markup, ampersands and quotes in the title, labels, tooltips and lines are escaped and read back unchanged")
  void hostileText() {
    String hostile = "<script>&\"'";
    String svg = SvgCharts.bars("hostile", hostile, List.of(Bar.of(hostile, 1)), Scale.counts(),
        ReferenceLine.of(1, hostile));

    assertFalse(svg.contains("<script"), svg);
    Document chart = Dom.parse(svg);
    assertEquals(0, svg(chart, "script").size() + Dom.elements(chart, Dom.XHTML, "script").size());
    assertEquals(hostile, svg(chart, "title").get(0).getTextContent());
    assertEquals(hostile, withClass(svg(chart, "text"), "chart-title").get(0).getTextContent());
    assertEquals(hostile + ": 1", tooltip(bars(chart).get(0)));
    assertEquals(List.of(hostile), texts(Dom.group(chart, "labels")));
    assertEquals(hostile, tooltip(withClass(svg(chart, "line"), "reference").get(0)));
  }

  @Test
  @DisplayName("characters XML forbids (NUL, a lone surrogate) become U+FFFD instead of breaking the chart")
  void charactersXmlForbids() {
    Document chart = Dom.parse(SvgCharts.bars("odd", "a\u0000b", List.of(Bar.of("x\uD800y\u0007z", 2))));

    assertEquals("a\uFFFDb", svg(chart, "title").get(0).getTextContent());
    assertEquals("x\uFFFDy\uFFFDz: 2", tooltip(bars(chart).get(0)));
  }

  @Test
  @DisplayName("a web address in a label reads the same but is not written as one")
  void webAddressInALabel() {
    String svg = SvgCharts.bars("web", "见 see https://example.org/a", List.of(Bar.of("http://example.org", 1)));

    Document chart = Dom.parse(svg);
    assertEquals("http://example.org: 1", tooltip(bars(chart).get(0)));
    assertEquals("见 see https://example.org/a", svg(chart, "title").get(0).getTextContent());
    assertFalse(svg.contains("http://example") || svg.contains("https://example"), svg);
  }

  @Test
  @DisplayName("ids must be names, and bars and lines need finite values that are not negative")
  void programmerErrors() {
    List<Bar> one = List.of(Bar.of("a", 1));
    assertAll(
        () -> assertThrows(IllegalArgumentException.class, () -> SvgCharts.bars("1st", "t", one)),
        () -> assertThrows(IllegalArgumentException.class, () -> SvgCharts.bars("a b", "t", one)),
        () -> assertThrows(IllegalArgumentException.class, () -> SvgCharts.bars("a\"", "t", one)),
        () -> assertThrows(IllegalArgumentException.class, () -> SvgCharts.bars("", "t", one)),
        () -> assertThrows(NullPointerException.class, () -> SvgCharts.bars("a", null, one)),
        () -> assertThrows(IllegalArgumentException.class, () -> Bar.of("a", -1)),
        () -> assertThrows(IllegalArgumentException.class, () -> Bar.of("a", Double.NaN)),
        () -> assertThrows(IllegalArgumentException.class, () -> Bar.of("a", Double.POSITIVE_INFINITY)),
        () -> assertThrows(IllegalArgumentException.class, () -> ReferenceLine.of(-0.5, "line")),
        () -> assertThrows(IllegalArgumentException.class, () -> Scale.percent().withDecimals(7)));
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> Bar.of("杆石桥", -2));
    assertTrue(negative.getMessage().contains("value of bar '杆石桥'"), negative.getMessage());
  }

  @Test
  @DisplayName("the largest double still gives a chart that parses, inside its view box")
  void hugeValue() {
    String svg = SvgCharts.bars("huge", "huge", List.of(Bar.of("max", Double.MAX_VALUE), Bar.of("one", 1)));

    Document chart = Dom.parse(svg);
    assertFalse(svg.contains("NaN") || svg.contains("Infinity"));
    assertInsideViewBox(chart);
  }

  static List<String> texts(Element group) {
    return svg(group, "text").stream().map(Node::getTextContent).toList();
  }

  /** Asserts that every bar lies inside the chart's view box. */
  static void assertInsideViewBox(Document chart) {
    String[] viewBox = chart.getDocumentElement().getAttribute("viewBox").split(" ");
    double width = Double.parseDouble(viewBox[2]);
    double height = Double.parseDouble(viewBox[3]);
    for (Element rect : svg(chart, "rect")) {
      double x = number(rect, "x");
      double y = number(rect, "y");
      assertTrue(x >= 0 && y >= 0 && x + number(rect, "width") <= width && y + number(rect, "height") <= height,
          () -> "outside 0 0 " + width + " " + height + ": x=" + x + " y=" + y);
    }
  }
}
