package org.amodel.examples.report;

import static org.amodel.examples.report.Dom.svg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.amodel.core.properties.Examples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@DisplayName("charts of any data parse as XML, with a bar for each value")
class SvgChartsPropertiesTest {

  /** Characters that break careless markup, Chinese, an emoji, and characters XML forbids. */
  private static final int[] AWKWARD = "<>&\"';:/ \t\r\n社区参选率委员站员杆石桥…😀".codePoints().toArray();
  private static final int[] FORBIDDEN = {0x0, 0x7, 0x1B, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF};

  private static Gen<String> labels() {
    int[] alphabet = new int[AWKWARD.length + FORBIDDEN.length];
    System.arraycopy(AWKWARD, 0, alphabet, 0, AWKWARD.length);
    System.arraycopy(FORBIDDEN, 0, alphabet, AWKWARD.length, FORBIDDEN.length);
    Gen<String> awkward = lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 40)
        .map(indices -> {
          StringBuilder label = new StringBuilder();
          indices.forEach(i -> label.appendCodePoint(alphabet[i]));
          return label.toString();
        });
    return strings().allPossible().ofLengthBetween(0, 40).mix(awkward, 50);
  }

  private static Gen<Double> values() {
    return doubles().between(0, 1e6).mix(Generate.pick(List.of(0.0, 1.0, 100.0)), 30);
  }

  @Test
  @DisplayName("0–120 bars of any labels and values: well-formed, one rect per bar, each tooltip the whole label and value")
  void anyBars() {
    Gen<List<Bar>> bars = lists().of(labels().zip(values(), Bar::of)).ofSizeBetween(0, 120);

    Examples.qt().forAll(bars).checkAssert(input -> {
      Document chart = Dom.parse(SvgCharts.bars("any", "任意 any", input, Scale.counts().withDecimals(1)));
      List<Element> rects = svg(chart, "rect");
      assertEquals(input.size(), rects.size());
      for (int i = 0; i < input.size(); i++) {
        Bar bar = input.get(i);
        assertEquals("bar", rects.get(i).getAttribute("class"));
        assertEquals(asXmlReadsIt(bar.label()) + ": " + Scale.counts().withDecimals(1).format(bar.value()),
            Dom.tooltip(rects.get(i)));
      }
      SvgBarsTest.assertInsideViewBox(chart);
    });
  }

  @Test
  @DisplayName("any horizontal bars: well-formed, one rect per bar")
  void anyHorizontalBars() {
    Gen<List<Bar>> bars = lists().of(labels().zip(values(), Bar::of)).ofSizeBetween(0, 60);

    Examples.qt().withExamples(Math.min(Examples.count(), 300)).forAll(bars).checkAssert(input -> {
      Document chart = Dom.parse(SvgCharts.horizontalBars("any", "any", input));
      assertEquals(input.size(), svg(chart, "rect").size());
      SvgBarsTest.assertInsideViewBox(chart);
    });
  }

  @Test
  @DisplayName("any histogram: well-formed, one bar per series and bin")
  void anyHistogram() {
    Gen<List<String>> bins = lists().of(labels()).ofSizeBetween(0, 16);
    Gen<List<String>> names = lists().of(labels()).ofSizeBetween(0, 5);

    Examples.qt().withExamples(Math.min(Examples.count(), 300)).forAll(bins, names, integers().between(0, 500))
        .checkAssert((binLabels, seriesNames, seed) -> {
          List<Series> series = new ArrayList<>();
          for (int k = 0; k < seriesNames.size(); k++) {
            int[] counts = new int[binLabels.size()];
            for (int i = 0; i < counts.length; i++) {
              counts[i] = (seed * (k + 3) + i * 7) % 41;
            }
            series.add(Series.of(seriesNames.get(k), counts));
          }
          Document chart = Dom.parse(SvgCharts.histogram("any", "any", series, binLabels));
          int expected = binLabels.isEmpty() ? 0 : series.size() * binLabels.size();
          assertEquals(expected, SvgBarsTest.bars(chart).size());
          SvgBarsTest.assertInsideViewBox(chart);
        });
  }

  /** Returns {@code text} with each character XML 1.0 forbids replaced by U+FFFD, as the chart writes it. */
  private static String asXmlReadsIt(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
      out.appendCodePoint(allowed ? cp : 0xFFFD);
    });
    return out.toString();
  }
}
