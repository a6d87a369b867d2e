package org.amodel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amodel.examples.district.SeedDistrictFixture;
import org.amodel.examples.report.SeedFigure;
import org.amodel.examples.report.SeedReportHtml;
import org.amodel.examples.report.SeedReportText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amodel report}, which {@code java -jar amodel.jar} runs with no command. */
class ReportCommandTest {

  @Test
  @DisplayName("with no command the jar prints the seed district's report: every figure side by side, the same as amodel report")
  void noCommandIsTheReport(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("out").resolve("seed-report.html");
    Cli report = Cli.run("report", "--html", html.toString());
    Cli plain = Cli.run();

    assertEquals(0, report.exitCode(), report.err());
    assertEquals(0, plain.exitCode(), plain.err());
    assertEquals(SeedReportText.render(SeedDistrictFixture.report()), plain.out());
    assertEquals(plain.out() + "\nHTML: " + html + "\n", report.out().replace("\r\n", "\n"));
    for (SeedFigure f : SeedDistrictFixture.report().figures()) {
      assertTrue(plain.out().contains(f.labelZh()) && plain.out().contains(f.labelEn()), f.id());
    }
    assertEquals(SeedReportHtml.page(SeedDistrictFixture.report()).render(), Files.readString(html));
  }

  @Test
  @DisplayName("--rules runs the same district under a rule set folder: with committees of 4 allowed, COMMITTEE_SIZE is gone")
  void anotherRuleSet(@TempDir Path dir) throws Exception {
    Path folder = Cli.copyBundled("jinan-shizhong-2005", dir);
    Path parameters = folder.resolve("parameters.yaml");
    String yaml = Files.readString(parameters);
    int at = yaml.indexOf("value: 5", yaml.indexOf("committee.size.min:"));
    Files.writeString(parameters, yaml.substring(0, at) + "value: 4" + yaml.substring(at + "value: 5".length()));

    Cli cli = Cli.run("report", "--rules", folder.toString());

    assertEquals(0, cli.exitCode(), cli.err());
    List<String> rules = cli.out().lines().dropWhile(l -> !l.startsWith("规则检查结果")).skip(3)
        .takeWhile(l -> !l.startsWith("合计")).map(l -> l.split(" ")[0]).toList();
    assertEquals(List.of("COMMUNITY_HOUSEHOLDS"), rules);
    assertTrue(cli.out().contains("规则集要求4至9人;COMMITTEE_SIZE 对 0 个社区报告"), cli.out());
  }

  @Test
  @DisplayName("an unknown rule set: exit 1, naming the bundled ones")
  void unknownRuleSet() {
    Cli cli = Cli.run("report", "--rules", "no-such-district");

    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().contains("'no-such-district' is neither a rule set folder nor a bundled rule set"), cli.err());
    assertEquals("", cli.out());
  }

  @Test
  @DisplayName("an HTML file that cannot be written: exit 1, naming it")
  void unwritableHtml(@TempDir Path dir) throws Exception {
    Path blocker = Files.writeString(dir.resolve("a-file"), "x");
    Path html = blocker.resolve("seed-report.html");
    Cli cli = Cli.run("report", "--html", html.toString());

    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().startsWith(html + ":0:0: could not be written"), cli.err());
  }
}
