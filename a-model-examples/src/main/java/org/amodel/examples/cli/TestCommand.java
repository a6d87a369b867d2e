package org.amodel.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.amodel.core.finding.Finding;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetException;
import org.amodel.rules.ruleset.RuleSetProblem;
import org.amodel.rules.ruleset.Scenario;
import org.amodel.rules.ruleset.ScenarioResult;
import org.amodel.rules.ruleset.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amodel test <folder>}: loads the rule set, reads every scenario in its {@code scenarios/}
 * folder, runs each and prints PASS or FAIL with what was missing and what was not expected, then
 * {@code N passed, N failed}. Exit 0 if every scenario passed (and there was one), else 1.
 */
@Command(name = "test",
    description = {"Run a rule set's scenario tests (scenarios/*.yaml in its folder).",
        "运行规则集的情景测试(规则集文件夹下 scenarios/*.yaml)。"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every scenario passed 全部通过", "1:a scenario failed, or a file has problems 有失败或文件有误",
        "2:wrong command line 命令行有误"})
final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<rule-set folder>", description = "the folder holding ruleset.yaml")
  Path folder;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(folder)) {
      out.println(folder + ":0:0: is not a folder; give the folder that holds ruleset.yaml");
      return 1;
    }
    RuleSet set;
    List<Scenario> scenarios = new ArrayList<>();
    try {
      set = RuleSetLoaders.standard().folder(folder);
      List<RuleSetProblem> problems = new ArrayList<>();
      for (Path file : Scenarios.files(folder)) {
        try {
          scenarios.addAll(Scenarios.read(file, Scenarios.ruleIds(set)));
        } catch (RuleSetException e) {
          problems.addAll(e.problems());
        }
      }
      if (!problems.isEmpty()) {
        throw new RuleSetException(problems);
      }
    } catch (RuleSetException e) {
      e.problems().forEach(p -> out.println(RuleSets.located(folder.toString(), p)));
      out.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
          + "; no scenario was run / 有问题,未运行情景");
      return 1;
    }
    if (scenarios.isEmpty()) {
      out.println(folder.resolve(Scenarios.FOLDER) + ": no scenarios; write them in scenarios/*.yaml"
          + " (see docs/rule-sets.md) / 没有情景测试");
      return 1;
    }
    int passed = 0;
    for (Scenario s : scenarios) {
      ScenarioResult r;
      try {
        r = Scenarios.run(set, s);
      } catch (RuleSetException e) {
        out.println("FAIL " + s.file() + ":" + s.line() + " " + s.name());
        e.problems().forEach(p -> out.println("  " + RuleSets.located(folder.toString(), p)));
        continue;
      }
      if (r.passed()) {
        passed++;
        out.println("PASS " + s.file() + ":" + s.line() + " " + s.name());
        continue;
      }
      out.println("FAIL " + s.file() + ":" + s.line() + " " + s.name());
      if (!r.missing().isEmpty()) {
        out.println("  expected, not found / 预期而未出现:");
        r.missing().forEach(m -> out.println("    - " + m.toYaml(s.input().communityId())));
      }
      if (!r.unexpected().isEmpty()) {
        out.println("  found, not expected / 出现而未预期:");
        for (Finding f : r.unexpected()) {
          out.println("    - " + new Scenario.Expected(f.ruleId(), f.subject()).toYaml(s.input().communityId()));
          out.println("      " + f.messageZh() + " / " + f.messageEn());
        }
      }
      if (!r.appointedAsExpected()) {
        out.println("  appointed, expected / 预期聘用: " + s.appointed().orElseThrow());
        out.println("  appointed, found / 实际聘用:   " + r.appointed());
      }
    }
    int failed = scenarios.size() - passed;
    out.println(passed + " passed, " + failed + " failed / 通过 " + passed + " 个,失败 " + failed + " 个 ("
        + set.id() + " " + set.version() + ")");
    return failed == 0 ? 0 : 1;
  }
}
