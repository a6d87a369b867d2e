package org.amodel.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.amodel.core.check.SeedCatalogue;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.examples.report.SeedReport.CommunityRow;

/**
 * The seed report as one self-contained HTML page: the side-by-side table, the tensions, three charts
 * (turnout per community, the ages of committee members and station staff, findings per rule), the
 * findings per rule and subdistrict, and the merge map. Nothing is loaded from the network.
 */
public final class SeedReportHtml {
  /** The ids of the page's charts. */
  public static final String TURNOUT_CHART = "turnout-per-community";
  public static final String AGE_CHART = "age-distribution";
  public static final String FINDINGS_CHART = "findings-per-rule";

  private SeedReportHtml() {}

  /** Returns the page. */
  public static HtmlPage page(SeedReport report) {
    HtmlPage page = HtmlPage.titled("社区“A”型管理体制:种子报告与数据 · The \"A\" model: the seed report beside the data");
    page.note(SeedReportText.SYNTHETIC_ZH + " " + SeedReportText.SYNTHETIC_EN);
    page.paragraph("截至 as of " + report.asOf() + " · 规则集 rule set " + report.ruleSetId());

    page.heading("种子报告的数字与计算值 The seed's figures and the computed ones");
    List<HtmlPage.Row> rows = new ArrayList<>();
    List<SeedFigure> figures = report.figures();
    for (int i = 0; i < figures.size(); i++) {
      SeedFigure f = figures.get(i);
      rows.add(HtmlPage.Row.marked(f.verdict().name().toLowerCase(java.util.Locale.ROOT), String.valueOf(i + 1),
          f.labelZh() + " " + f.labelEn(), f.seed(), f.computed(), f.verdict().nameZh() + " " + f.verdict().nameEn(),
          (f.noteZh() + " " + f.noteEn()).trim()));
    }
    page.tableOfRows(List.of("#", "项目 figure", "种子报告 seed", "计算值 computed", "结论 verdict", "说明 note"), rows);
    for (SeedFigure f : figures) {
      if (f.verdict() == SeedFigure.Verdict.TENSION) {
        page.note(f.labelZh() + " " + f.labelEn() + ":" + f.seed() + " → " + f.computed() + "。" + f.noteZh() + "。 "
            + f.noteEn() + ".");
      }
    }

    page.heading("参选率 Turnout per community");
    List<Bar> turnouts = new ArrayList<>();
    for (CommunityRow c : report.communities()) {
      turnouts.add(Bar.of(c.id() + " " + c.name(), c.turnout().value(4).doubleValue() * 100));
    }
    double district = report.turnout().value(4).doubleValue() * 100;
    page.chart(SvgCharts.bars(TURNOUT_CHART, "各社区参选率 turnout per community (%)", turnouts, Scale.percent(),
        ReferenceLine.of(district, String.format(java.util.Locale.ROOT, "全区 district %.1f%%", district)),
        ReferenceLine.floor(50, "过半有效 valid above 1/2")));

    page.heading("年龄分布 Ages of committee members and station staff");
    List<Integer> all = new ArrayList<>(report.memberAges());
    all.addAll(report.staffAges());
    Bins bins = Bins.covering(5, all).orElse(Bins.of(20, 5, 9));
    page.chart(SvgCharts.histogram(AGE_CHART, "任期开始时的年龄 age when the term began", List.of(
        Series.counting("居委会成员 committee members", bins, report.memberAges()),
        Series.counting("服务站人员 station staff", bins, report.staffAges())), bins));

    page.heading("规则检查结果 Findings per rule");
    TreeSet<RuleId> rules = new TreeSet<>(SeedCatalogue.rules().keySet());
    rules.addAll(report.findingsByRule().keySet());
    List<Bar> perRule = new ArrayList<>();
    for (RuleId rule : rules) {
      perRule.add(Bar.of(rule.value(), report.findings(rule)));
    }
    page.chart(SvgCharts.horizontalBars(FINDINGS_CHART, "各规则的发现数 findings per rule (" + report.ruleSetId() + ")",
        perRule));
    page.table(findingsHeader(report), findingsRows(report));

    page.heading("规模调整 The scale adjustment: merges");
    List<List<String>> merges = new ArrayList<>();
    report.merges().forEach((target, sources) -> merges.add(List.of(target + " " + report.name(target),
        String.join(" + ", sources.stream().map(s -> s + " " + report.name(s)).toList()))));
    page.table(List.of("合并后 merged community", "由 from"), merges);
    return page;
  }

  private static List<String> findingsHeader(SeedReport report) {
    List<String> header = new ArrayList<>(List.of("规则 rule"));
    report.subdistricts().forEach(o -> header.add(SeedReportText.shortName(o)));
    header.add("合计 total");
    return header;
  }

  private static List<List<String>> findingsRows(SeedReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<RuleId, ? extends Map<String, Integer>> e : report.findingsByRule().entrySet()) {
      List<String> row = new ArrayList<>(List.of(e.getKey().value()));
      int sum = 0;
      for (SubdistrictOffice o : report.subdistricts()) {
        int n = e.getValue().getOrDefault(o.id(), 0);
        row.add(String.valueOf(n));
        sum += n;
      }
      row.add(String.valueOf(sum));
      rows.add(row);
    }
    return rows;
  }
}
