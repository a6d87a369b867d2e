package org.amodel.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.SubdistrictOffice;

/**
 * The seed report for a terminal: the side-by-side table of the seed's figures and the computed ones,
 * its notes, the findings per rule and subdistrict, and the merge map, in Chinese and English. Columns
 * are aligned by display width, Chinese characters counting two.
 */
public final class SeedReportText {
  private SeedReportText() {}

  /** The line that says the data are synthetic, in both languages. */
  public static final String SYNTHETIC_ZH = "注意:以下数据是合成的,按种子报告公布的总数校准;社区、人名、地址均为虚构,不描述任何真实社区。";
  public static final String SYNTHETIC_EN = "Note: the data below are synthetic, calibrated to the aggregates the seed"
      + " report gives; communities, names and addresses are invented and describe no real community.";

  /** Returns the whole report as text, ending with a newline. */
  public static String render(SeedReport report) {
    StringBuilder out = new StringBuilder();
    out.append("社区“A”型管理体制:种子报告的数字与由数据算出的数字\n");
    out.append("The \"A\" model: the seed report's figures beside those computed from data\n");
    out.append(SYNTHETIC_ZH).append('\n').append(SYNTHETIC_EN).append('\n');
    out.append("截至 as of ").append(report.asOf()).append(" · 规则集 rule set ").append(report.ruleSetId())
        .append("\n\n");
    figures(out, report);
    out.append('\n');
    findings(out, report);
    out.append('\n');
    merges(out, report);
    return out.toString();
  }

  private static void figures(StringBuilder out, SeedReport report) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"#", "项目", "种子报告", "计算值", "结论"});
    rows.add(new String[] {"", "figure", "seed", "computed", "verdict"});
    List<SeedFigure> figures = report.figures();
    for (int i = 0; i < figures.size(); i++) {
      SeedFigure f = figures.get(i);
      rows.add(new String[] {String.valueOf(i + 1), f.labelZh(), f.seed(), f.computed(), f.verdict().nameZh()});
      rows.add(new String[] {"", f.labelEn(), "", "", f.verdict().nameEn()});
    }
    table(out, rows, 2);
    out.append('\n');
    out.append("说明 notes\n");
    for (int i = 0; i < figures.size(); i++) {
      SeedFigure f = figures.get(i);
      if (!f.noteZh().isEmpty() || !f.noteEn().isEmpty()) {
        out.append(String.format("%3d  %s%n     %s%n", i + 1, f.noteZh(), f.noteEn()));
      }
    }
    long tensions = figures.stream().filter(f -> f.verdict() == SeedFigure.Verdict.TENSION).count();
    long differs = figures.stream().filter(f -> f.verdict() == SeedFigure.Verdict.DIFFERS).count();
    out.append('\n').append(String.format("%d 项一致,%d 项不符,%d 项是种子报告自身数字与规则的矛盾:数据按种子报告生成,规则照实报告。%n",
        figures.size() - tensions - differs, differs, tensions));
    out.append(String.format("%d figures match, %d differ, %d are tensions between the seed's own figures and a"
        + " rule: the data follow the seed, and the rules say what they find.%n", figures.size() - tensions - differs,
        differs, tensions));
  }

  private static void findings(StringBuilder out, SeedReport report) {
    out.append("规则检查结果:每条规则、每个街道的发现数 findings per rule and subdistrict (")
        .append(report.ruleSetId()).append(")\n");
    List<SubdistrictOffice> offices = report.subdistricts();
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[offices.size() + 2];
    header[0] = "rule";
    for (int i = 0; i < offices.size(); i++) {
      header[i + 1] = shortName(offices.get(i));
    }
    header[header.length - 1] = "合计 total";
    rows.add(header);
    int[] totals = new int[offices.size() + 1];
    for (Map.Entry<RuleId, ? extends Map<String, Integer>> e : report.findingsByRule().entrySet()) {
      String[] row = new String[offices.size() + 2];
      row[0] = e.getKey().value();
      int sum = 0;
      for (int i = 0; i < offices.size(); i++) {
        int n = e.getValue().getOrDefault(offices.get(i).id(), 0);
        row[i + 1] = String.valueOf(n);
        totals[i] += n;
        sum += n;
      }
      row[row.length - 1] = String.valueOf(sum);
      totals[offices.size()] += sum;
      rows.add(row);
    }
    String[] total = new String[offices.size() + 2];
    total[0] = "合计 total";
    for (int i = 0; i < totals.length; i++) {
      total[i + 1] = String.valueOf(totals[i]);
    }
    rows.add(total);
    table(out, rows, 1);
  }

  private static void merges(StringBuilder out, SeedReport report) {
    out.append("规模调整:合并 scale adjustment: merges (").append(report.merges().size()).append(")\n");
    report.merges().forEach((target, sources) -> {
      out.append("  ").append(target).append(' ').append(report.name(target)).append(" ← ");
      for (int i = 0; i < sources.size(); i++) {
        out.append(i == 0 ? "" : " + ").append(sources.get(i)).append(' ').append(report.name(sources.get(i)));
      }
      out.append('\n');
    });
  }

  static String shortName(SubdistrictOffice office) {
    return office.name().replace("街道办事处", "");
  }

  /** Writes {@code rows} as columns separated by two spaces, a rule under the first {@code headerRows}. */
  private static void table(StringBuilder out, List<String[]> rows, int headerRows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    int total = 0;
    for (int w : widths) {
      total += w + 2;
    }
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = rows.get(r)[c];
        line.append(cell).append(" ".repeat(widths[c] - width(cell) + (c < columns - 1 ? 2 : 0)));
      }
      out.append(line.toString().stripTrailing()).append('\n');
      if (r == headerRows - 1) {
        out.append("-".repeat(total - 2)).append('\n');
      }
    }
  }

  /** Returns how many terminal columns {@code s} takes: two for each wide (Chinese) character. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += Text.wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }
}
