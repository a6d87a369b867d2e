package org.amodel.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("charts are the same bytes for the same data")
class SvgChartsDeterminismTest {

  private static final List<Supplier<String>> CHARTS = List.of(
      () -> SvgBarsTest.turnoutChart(SvgBarsTest.turnouts(66)),
      () -> SvgCharts.horizontalBars("rules", "发现 findings per rule",
          List.of(Bar.of("COMMITTEE_SIZE", 41), Bar.of("STATION_SIZE", 0))),
      () -> SvgCharts.histogram("ages", "年龄 age",
          List.of(Series.of("委员", 0, 2, 5, 9), Series.of("站员", 3, 8, 11, 6)), Bins.of(20, 5, 4)),
      () -> SvgCharts.bars("shares", "shares", List.of(Bar.of("a", 1.0 / 3), Bar.of("b", 2.0 / 3)),
          Scale.counts().withDecimals(2)));

  @Test
  @DisplayName("rendering twice gives equal strings")
  void twice() {
    for (Supplier<String> chart : CHARTS) {
      assertEquals(chart.get(), chart.get());
    }
  }

  @Test
  @DisplayName("the default locale (German commas, Arabic digits) changes nothing")
  void locale() {
    List<String> root = render(Locale.ROOT);
    for (Locale locale : List.of(Locale.GERMANY, Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN-u-nu-deva"))) {
      assertEquals(root, render(locale), locale.toLanguageTag());
    }
  }

  @Test
  @DisplayName("a tiny chart's bars are where they were (a change of geometry must update this test)")
  void pinnedGeometry() throws NoSuchAlgorithmException {
    String svg = SvgCharts.bars("tiny", "tiny", List.of(Bar.of("a", 1), Bar.of("b", 2)));

    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"tiny\" role=\"img\" "
        + "aria-labelledby=\"tiny-title\" viewBox=\"0 0 960 314\" width=\"960\" height=\"314\" "), svg);
    assertTrue(svg.contains("""
        <g class="bars" fill="#4e79a7">
        <rect class="bar" x="225" y="166" width="56" height="120"><title>a: 1</title></rect>
        <rect class="bar" x="691" y="46" width="56" height="240"><title>b: 2</title></rect>
        </g>
        """), svg);
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(svg.getBytes(StandardCharsets.UTF_8));
    // A deliberate change to the charts changes this value: update it then, and say so in the commit.
    assertEquals("61b7fc6a17821d0113f4467514f77d2e12e7c94f7a5545060133282cd5af7f12", HexFormat.of().formatHex(digest));
  }

  private static List<String> render(Locale locale) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(locale);
      return CHARTS.stream().map(Supplier::get).toList();
    } finally {
      Locale.setDefault(before);
    }
  }
}
