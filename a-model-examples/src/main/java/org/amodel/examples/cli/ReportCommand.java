package org.amodel.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.amodel.examples.district.SeedDistrict;
import org.amodel.examples.report.SeedReport;
import org.amodel.examples.report.SeedReportHtml;
import org.amodel.examples.report.SeedReportText;
import org.amodel.rules.ruleset.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code amodel report [--rules <id|folder>] [--seed <n>] [--html <file>]}: the seed's district generated end to end
 * ({@link SeedDistrict}), the seed report's figures computed from it side by side with the seed's, and
 * the findings of a rule set on it per rule and subdistrict. The same command with no arguments is
 * what {@code java -jar amodel.jar} runs.
 */
@Command(name = "report",
    description = {"The seed district end to end: the seed report's figures computed from synthetic data, beside the"
        + " seed's, and the rules' findings.",
        "种子报告中的区:由合成数据算出种子报告的各项数字并与之对照,附规则检查结果。"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:reported 已报告", "1:the rule set has problems, or the HTML file could not be written 规则集有误或无法写入HTML文件", "2:wrong command line 命令行有误"})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rules", defaultValue = "jinan-shizhong-2005", paramLabel = "<id|folder>",
      description = "the rule set whose findings to report (default ${DEFAULT-VALUE}, the seed's)")
  String rules;

  @Option(names = "--html", paramLabel = "<file>",
      description = "also write the report as one self-contained HTML page with charts to this file")
  Path html;

  @Option(names = "--seed", defaultValue = "20051130", paramLabel = "<n>",
      description = "the generator's seed (default ${DEFAULT-VALUE}); the same seed gives the same district")
  long seed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // the rule set compiles on the other core while the district is generated
    CompletableFuture<Optional<RuleSet>> loading = CompletableFuture.supplyAsync(() -> RuleSets.loadOrReport(rules, err));
    SeedDistrict district = SeedDistrict.generate(seed);
    Optional<RuleSet> ruleSet = loading.join();
    if (ruleSet.isEmpty()) {
      return 1;
    }
    SeedReport report = SeedReport.of(district.originals(), district.mergeMap(), district.district(),
        district.elections(), ruleSet.get(), SeedDistrict.AS_OF);
    out.print(SeedReportText.render(report));
    if (html != null) {
      try {
        SeedReportHtml.page(report).write(html);
      } catch (IOException e) {
        err.println(html + ":0:0: could not be written: " + e.getMessage());
        return 1;
      }
      out.println();
      out.println("HTML: " + html);
    }
    out.flush();
    return 0;
  }
}
