package org.amodel.examples.report;

import static org.amodel.examples.report.Dom.number;
import static org.amodel.examples.report.Dom.svg;
import static org.amodel.examples.report.Dom.tooltip;
import static org.amodel.examples.report.SvgBarsTest.assertInsideViewBox;
import static org.amodel.examples.report.SvgBarsTest.bars;
import static org.amodel.examples.report.SvgBarsTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

@DisplayName("SvgCharts.horizontalBars: counts per category")
class SvgHorizontalBarsTest {

  private static final List<Bar> FINDINGS_PER_RULE = List.of(
      Bar.of("COMMITTEE_SIZE", 41), Bar.of("STATION_SIZE", 0), Bar.of("STATION_MEMBER_AGE", 7),
      Bar.of("SECRETARY_CONCURRENT_ASSESSMENT", 12));

  @Test
  @DisplayName("findings per rule id: a row each in order, zero drawn as no bar, widths proportional to the counts")
  void findingsPerRule() {
    Document chart = Dom.parse(SvgCharts.horizontalBars("rules", "发现 findings per rule", FINDINGS_PER_RULE));

    List<Element> bars = bars(chart);
    assertEquals(4, bars.size());
    assertEquals(List.of("COMMITTEE_SIZE: 41", "STATION_SIZE: 0", "STATION_MEMBER_AGE: 7",
        "SECRETARY_CONCURRENT_ASSESSMENT: 12"), bars.stream().map(Dom::tooltip).toList());
    assertEquals(FINDINGS_PER_RULE.stream().map(Bar::label).toList(), texts(Dom.group(chart, "labels")));
    assertEquals(List.of("41", "0", "7", "12"), texts(Dom.group(chart, "values")));
    assertEquals(0.0, number(bars.get(1), "width"));
    double reference = number(bars.get(0), "width");
    assertEquals(7 / 41.0, number(bars.get(2), "width") / reference, 1e-3);
    assertEquals(12 / 41.0, number(bars.get(3), "width") / reference, 1e-3);
    for (Element bar : bars) {
      assertEquals(number(bars.get(0), "x"), number(bar, "x"), "every bar starts on the axis");
    }
    assertTrue(number(bars.get(1), "y") > number(bars.get(0), "y"), "rows go down in order");
    assertInsideViewBox(chart);
  }

  @Test
  @DisplayName("a very long label is shortened with an ellipsis and kept whole in the tooltip")
  void longLabel() {
    String label = "RULE_" + "VERY_LONG_IDENTIFIER_".repeat(10) + "END";
    Document chart = Dom.parse(SvgCharts.horizontalBars("long", "long", List.of(Bar.of(label, 3))));

    String shown = texts(Dom.group(chart, "labels")).get(0);
    assertTrue(shown.endsWith("…") && shown.length() < label.length(), shown);
    assertEquals(label + ": 3", tooltip(bars(chart).get(0)));
    assertInsideViewBox(chart);
  }

  @Test
  @DisplayName("without bars the chart says 无数据 no data")
  void noData() {
    Document chart = Dom.parse(SvgCharts.horizontalBars("none", "发现 findings", List.of()));

    assertEquals(0, svg(chart, "rect").size());
    assertEquals(List.of(SvgCharts.NO_DATA), Dom.withClass(svg(chart, "text"), "no-data").stream()
        .map(Node::getTextContent).toList());
  }

  @Test
  @DisplayName("all zeros: rows without bars on an axis from 0 to 1")
  void allZeros() {
    Document chart = Dom.parse(SvgCharts.horizontalBars("zeros", "zeros", List.of(Bar.of("A", 0), Bar.of("B", 0))));

    assertEquals(List.of(0.0, 0.0), bars(chart).stream().map(b -> number(b, "width")).toList());
    assertEquals(List.of("0", "1"), texts(Dom.group(chart, "ticks")));
  }

  @Test
  @DisplayName("markup and quotes in labels, title and tooltips are escaped and read back unchanged")
  void hostileText() {
    String hostile = "<script>&\"'";
    String svg = SvgCharts.horizontalBars("hostile", hostile, List.of(Bar.of(hostile, 2)));

    assertFalse(svg.contains("<script"));
    Document chart = Dom.parse(svg);
    assertEquals(hostile, svg(chart, "title").get(0).getTextContent());
    assertEquals(List.of(hostile), texts(Dom.group(chart, "labels")));
    assertEquals(hostile + ": 2", tooltip(bars(chart).get(0)));
  }

  @Test
  @DisplayName("a scale writes its unit and decimals in values and ticks")
  void scale() {
    Document chart = Dom.parse(SvgCharts.horizontalBars("share", "share", List.of(Bar.of("a", 12.25)),
        Scale.percent()));

    assertEquals(List.of("12.3%"), texts(Dom.group(chart, "values")));
    List<String> ticks = texts(Dom.group(chart, "ticks"));
    assertEquals("100%", ticks.get(ticks.size() - 1));
  }
}
