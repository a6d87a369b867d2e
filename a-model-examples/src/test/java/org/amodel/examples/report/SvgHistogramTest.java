package org.amodel.examples.report;

import static org.amodel.examples.report.Dom.number;
import static org.amodel.examples.report.Dom.svg;
import static org.amodel.examples.report.Dom.tooltip;
import static org.amodel.examples.report.Dom.withClass;
import static org.amodel.examples.report.SvgBarsTest.assertInsideViewBox;
import static org.amodel.examples.report.SvgBarsTest.bars;
import static org.amodel.examples.report.SvgBarsTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

@DisplayName("SvgCharts.histogram: several series over the same bins")
class SvgHistogramTest {

  private static final Bins AGES = Bins.of(20, 5, 9);
  private static final List<Integer> MEMBER_AGES = List.of(31, 36, 38, 41, 42, 44, 44, 47, 52, 58, 63);
  private static final List<Integer> STAFF_AGES = List.of(22, 24, 26, 27, 29, 33, 35, 39, 40);

  @Test
  @DisplayName("ages of committee members and station staff in 5-year bins: grouped bars, a legend, the bins below")
  void agesOfMembersAndStaff() {
    Series members = Series.counting("委员 committee members", AGES, MEMBER_AGES);
    Series staff = Series.counting("站员 station staff", AGES, STAFF_AGES);
    Document chart = Dom.parse(SvgCharts.histogram("ages", "年龄 age", List.of(members, staff), AGES));

    assertEquals(List.of("20–24", "25–29", "30–34", "35–39", "40–44", "45–49", "50–54", "55–59", "60–64"),
        texts(Dom.group(chart, "labels")));
    List<Element> bars = bars(chart);
    assertEquals(18, bars.size());
    assertEquals("委员 committee members · 20–24: 0", tooltip(bars.get(0)));
    assertEquals("站员 station staff · 20–24: 2", tooltip(bars.get(1)));
    assertEquals("委员 committee members · 40–44: 4", tooltip(bars.get(8)));
    assertEquals(9, withClass(bars, "series-0").size());
    assertEquals(9, withClass(bars, "series-1").size());
    assertNotEquals(bars.get(0).getAttribute("fill"), bars.get(1).getAttribute("fill"));

    Element legend = Dom.group(chart, "legend");
    assertEquals(List.of("委员 committee members", "站员 station staff"), texts(legend));
    List<Element> swatches = withClass(svg(legend, "rect"), "legend-swatch");
    assertEquals(bars.get(0).getAttribute("fill"), swatches.get(0).getAttribute("fill"));
    assertEquals(bars.get(1).getAttribute("fill"), swatches.get(1).getAttribute("fill"));

    // heights in proportion to the counts: members' 40–44 holds 4, staff's 25–29 holds 3
    assertEquals(3 / 4.0, number(bars.get(3), "height") / number(bars.get(8), "height"), 1e-3);
    assertInsideViewBox(chart);
  }

  @Test
  @DisplayName("counts of series are given directly, one for each bin label")
  void countsGivenDirectly() {
    Document chart = Dom.parse(SvgCharts.histogram("h", "h", List.of(Series.of("a", 1, 2), Series.of("b", 2, 0)),
        List.of("x", "y")));

    assertEquals(List.of("a · x: 1", "b · x: 2", "a · y: 2", "b · y: 0"), bars(chart).stream()
        .map(Dom::tooltip).toList());
    assertEquals(List.of("1", "2", "2", "0"), texts(Dom.group(chart, "values")));
  }

  @Test
  @DisplayName("without series or without bins the chart says 无数据 no data")
  void noData() {
    for (String svg : List.of(SvgCharts.histogram("a", "a", List.of(), AGES),
        SvgCharts.histogram("b", "b", List.of(Series.of("s")), List.of()))) {
      Document chart = Dom.parse(svg);
      assertEquals(0, svg(chart, "rect").size());
      assertEquals(List.of(SvgCharts.NO_DATA), withClass(svg(chart, "text"), "no-data").stream()
          .map(Node::getTextContent).toList());
    }
  }

  @Test
  @DisplayName("all counts zero: bars of height 0 on an axis from 0 to 1")
  void allZeros() {
    Document chart = Dom.parse(SvgCharts.histogram("z", "z", List.of(Series.of("a", 0, 0, 0)), List.of("1", "2", "3")));

    assertTrue(bars(chart).stream().allMatch(b -> number(b, "height") == 0));
    assertEquals(List.of("0", "1"), texts(Dom.group(chart, "ticks")));
  }

  @Test
  @DisplayName("a series without one count for each bin, a negative count and an age outside the bins are refused")
  void refusals() {
    IllegalArgumentException counts = assertThrows(IllegalArgumentException.class,
        () -> SvgCharts.histogram("h", "h", List.of(Series.of("委员", 1, 2)), AGES));
    assertTrue(counts.getMessage().contains("series '委员' has 2 counts for 9 bins"), counts.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Series.of("s", 1, -1));
    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
        () -> Series.counting("委员", AGES, List.of(30, 67)));
    assertTrue(outside.getMessage().contains("value 67"), outside.getMessage());
  }

  @Test
  @DisplayName("bins: labels, the bin of a value, and the fewest aligned bins covering some ages")
  void bins() {
    assertEquals(List.of("20–24", "25–29"), Bins.of(20, 5, 2).labels());
    assertEquals(List.of("7", "8"), Bins.of(7, 1, 2).labels());
    assertEquals(4, AGES.indexOf(44).getAsInt());
    assertTrue(AGES.indexOf(19).isEmpty());
    assertTrue(AGES.indexOf(65).isEmpty());
    assertEquals(Optional.of(Bins.of(20, 5, 10)), Bins.covering(5, List.of(41, 23, 67)));
    assertEquals(Optional.empty(), Bins.covering(5, List.of()));
    assertThrows(IllegalArgumentException.class, () -> Bins.of(20, 0, 3));
    assertThrows(IllegalArgumentException.class, () -> Bins.of(Integer.MAX_VALUE, 5, 3));
  }
}
