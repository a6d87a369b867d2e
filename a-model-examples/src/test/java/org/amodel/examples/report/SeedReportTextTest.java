package org.amodel.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.amodel.examples.district.SeedDistrictFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The report in a terminal: both languages, aligned columns, the merge map. */
class SeedReportTextTest {
  private final SeedReport report = SeedDistrictFixture.report();
  private final String text = SeedReportText.render(report);

  @Test
  @DisplayName("the verdict column starts at the same display column on every row of the figures table, Chinese counting two")
  void aligned() {
    List<String> lines = text.lines().toList();
    int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("#   ")).findFirst().orElseThrow());
    int column = SeedReportText.width(lines.get(header).substring(0, lines.get(header).indexOf("结论")));
    for (int i = 0; i < report.figures().size(); i++) {
      SeedFigure f = report.figures().get(i);
      String zh = lines.get(header + 3 + 2 * i);
      String en = lines.get(header + 4 + 2 * i);
      assertTrue(zh.endsWith(f.verdict().nameZh()) && en.endsWith(f.verdict().nameEn()), zh + " / " + en);
      assertEquals(column, SeedReportText.width(zh.substring(0, zh.length() - f.verdict().nameZh().length())), zh);
      assertEquals(column, SeedReportText.width(en.substring(0, en.length() - f.verdict().nameEn().length())), en);
    }
  }

  @Test
  @DisplayName("says the data are synthetic, in both languages, before anything else")
  void synthetic() {
    List<String> lines = text.lines().toList();
    assertEquals(SeedReportText.SYNTHETIC_ZH, lines.get(2));
    assertEquals(SeedReportText.SYNTHETIC_EN, lines.get(3));
  }

  @Test
  @DisplayName("lists every merge with its sources' names")
  void merges() {
    report.merges().forEach((target, sources) -> {
      StringBuilder line = new StringBuilder("  " + target + " " + report.name(target) + " ← ");
      for (int i = 0; i < sources.size(); i++) {
        line.append(i == 0 ? "" : " + ").append(sources.get(i)).append(' ').append(report.name(sources.get(i)));
      }
      assertTrue(text.contains(line + "\n"), line.toString());
    });
    assertEquals(16, report.merges().size());
  }

  @Test
  @DisplayName("width counts Chinese characters as two columns")
  void width() {
    assertEquals(4, SeedReportText.width("ab"+"c"+"d"));
    assertEquals(6, SeedReportText.width("社区ab"));
    assertEquals(0, SeedReportText.width(""));
  }
}
