package org.amodel.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

@DisplayName("HtmlPage.chart takes SvgCharts' output and refuses SVG that could run or load anything")
class HtmlPageChartGuardTest {

  private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"c\" viewBox=\"0 0 10 10\">";

  @ParameterizedTest
  @ValueSource(strings = {
      OPEN + "<script>alert(1)</script></svg>",
      OPEN + "<SCRIPT>alert(1)</SCRIPT></svg>",
      OPEN + "<image href=\"https://example.org/a.png\"/></svg>",
      OPEN + "<image xlink:href=\"a.png\"/></svg>",
      OPEN + "<a href=\"#x\"><text>x</text></a></svg>",
      OPEN + "<rect style=\"fill: url(https://example.org/f.svg#p)\"/></svg>",
      OPEN + "<rect fill=\"url(#gradient)\"/></svg>",
      OPEN + "<rect onclick=\"alert(1)\"/></svg>",
      OPEN + "<text>see http://example.org</text></svg>",
      OPEN + "<rect data-x=\"h&#116;tps://example.org\"/></svg>",
      OPEN + "<rect data-x=\"&#x6A;avascript:alert(1)\"/></svg>",
      OPEN + "<style>@import 'x.css';</style></svg>",
      OPEN + "<foreignObject><div/></foreignObject></svg>",
      "<svg xmlns=\"http://www.w3.org/2000/svg.evil.example/\" id=\"c\"></svg>",
      "<div>not a chart</div>",
      "<svg id=\"c\"></svg><script>alert(1)</script>",
  })
  @DisplayName("refused")
  void refused(String svg) {
    HtmlPage page = HtmlPage.titled("t");
    assertThrows(IllegalArgumentException.class, () -> page.chart(svg));
  }

  @Test
  @DisplayName("a chart of SvgCharts is taken even when its labels hold markup and web addresses")
  void svgChartsOutputIsTaken() {
    String hostile = "<script>&\"' https://example.org javascript:x url(y) onload=\"z\"";
    String chart = SvgCharts.bars("hostile", hostile, List.of(Bar.of(hostile, 1)), Scale.counts(),
        ReferenceLine.of(1, hostile));

    Document page = Dom.parse(HtmlPage.titled("t").chart(chart).render());

    assertEquals(hostile + ": 1", Dom.tooltip(SvgBarsTest.bars(page).get(0)));
  }

  @Test
  @DisplayName("two charts with the same id are refused, with the id in the message")
  void duplicateId() {
    HtmlPage page = HtmlPage.titled("t").chart(SvgCharts.bars("turnout", "a", List.of()));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> page.chart(SvgCharts.bars("turnout", "b", List.of())));
    assertTrue(e.getMessage().contains("'turnout'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> page.chart(SvgCharts.bars("turnout-title", "c", List.of())));
  }
}
