package org.amodel.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.amodel.examples.district.SeedDistrictFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The seed report's HTML page: well-formed, self-contained, with each chart and a table row per figure. */
class SeedReportHtmlTest {
  private final SeedReport report = SeedDistrictFixture.report();
  private final String html = SeedReportHtml.page(report).render();
  private final Document page = Dom.parse(html);

  @Test
  @DisplayName("the page is well-formed XHTML that loads nothing and says the data are synthetic")
  void selfContained() {
    Dom.assertLoadsNothing(html);
    assertTrue(page.getDocumentElement().getTextContent().contains(SeedReportText.SYNTHETIC_EN));
    assertTrue(page.getDocumentElement().getTextContent().contains(SeedReportText.SYNTHETIC_ZH));
  }

  @Test
  @DisplayName("turnout per community: a bar per community, its tooltip the community's turnout")
  void turnoutChart() {
    Element chart = Dom.byId(page, SeedReportHtml.TURNOUT_CHART).orElseThrow();
    List<Element> bars = Dom.withClass(Dom.svg(chart, "rect"), "bar");
    assertEquals(66, bars.size());
    SeedReport.CommunityRow first = report.communities().get(0);
    String tooltip = Dom.tooltip(bars.get(0));
    assertTrue(tooltip.startsWith(first.id() + " " + first.name()), tooltip);
    assertTrue(tooltip.contains(first.turnout().percent(1)), tooltip + " / " + first.turnout().percent(1));
  }

  @Test
  @DisplayName("the age distribution counts every committee member and station member once")
  void ageChart() {
    Element chart = Dom.byId(page, SeedReportHtml.AGE_CHART).orElseThrow();
    List<Element> bars = Dom.withClass(Dom.svg(chart, "rect"), "bar");
    int members = 0;
    int staff = 0;
    for (Element bar : bars) {
      int count = Integer.parseInt(Dom.tooltip(bar).replaceAll(".*: ", "").replace(",", ""));
      if (bar.getAttribute("class").contains("series-0")) {
        members += count;
      } else {
        staff += count;
      }
    }
    assertEquals(report.memberAges().size(), members);
    assertEquals(report.staffAges().size(), staff);
    assertEquals(289, members);
  }

  @Test
  @DisplayName("findings per rule: a bar per rule of the catalogue, COMMITTEE_SIZE 41")
  void findingsChart() {
    Element chart = Dom.byId(page, SeedReportHtml.FINDINGS_CHART).orElseThrow();
    List<Element> bars = Dom.withClass(Dom.svg(chart, "rect"), "bar");
    assertEquals(21, bars.size());
    assertTrue(bars.stream().map(Dom::tooltip).anyMatch(t -> t.startsWith("COMMITTEE_SIZE") && t.endsWith(": 41")),
        bars.stream().map(Dom::tooltip).toList().toString());
  }

  @Test
  @DisplayName("the side-by-side table has a row per figure, classed by its verdict")
  void figuresTable() {
    Element table = Dom.elements(page, Dom.XHTML, "tbody").get(0);
    List<Element> rows = Dom.elements(table, Dom.XHTML, "tr");
    assertEquals(report.figures().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      SeedFigure f = report.figures().get(i);
      assertEquals(f.verdict().name().toLowerCase(java.util.Locale.ROOT), rows.get(i).getAttribute("class"));
      List<Element> cells = Dom.elements(rows.get(i), Dom.XHTML, "td");
      assertEquals(f.seed(), cells.get(2).getTextContent());
      assertEquals(f.computed(), cells.get(3).getTextContent());
    }
  }
}
