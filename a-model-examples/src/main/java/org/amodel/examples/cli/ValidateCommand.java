package org.amodel.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetException;
import org.amodel.rules.ruleset.RuleSetProblem;
import org.amodel.rules.ruleset.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amodel validate <folder>}: reads the rule set's files, checks every rule file against the
 * safety allowlist and compiles it, as the engine would before serving it, and reads its scenarios. Prints every problem as
 * {@code file:line:col: message} (the file as given on the command line) and exits 1; or one line
 * naming the rule set and its rules, and exits 0.
 */
@Command(name = "validate",
    description = {"Check a rule set folder: its files, the safety allowlist, and that its rules compile.",
        "校验规则集文件夹:文件格式、安全白名单、规则能否编译。"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:valid 有效", "1:problems found 有问题", "2:wrong command line 命令行有误"})
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<rule-set folder>", description = "the folder holding ruleset.yaml")
  Path folder;

  /** Reads every scenario file, so that their mistakes are found too; returns how many scenarios there are. */
  private int readScenarios(RuleSet set) {
    List<RuleSetProblem> problems = new ArrayList<>();
    int count = 0;
    for (Path file : Scenarios.files(folder)) {
      try {
        count += Scenarios.read(file, Scenarios.ruleIds(set)).size();
      } catch (RuleSetException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return count;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(folder)) {
      out.println(folder + ":0:0: is not a folder; give the folder that holds ruleset.yaml");
      return 1;
    }
    try {
      RuleSet set = RuleSetLoaders.standard().folder(folder);
      int scenarios = readScenarios(set);
      out.println(folder + ": rule set " + set.id() + " " + set.version() + " is valid: " + set.ruleNames().size()
          + " rules, " + set.parameters().series().size() + " parameters, " + scenarios + " scenarios / 规则集有效");
      return 0;
    } catch (RuleSetException e) {
      for (RuleSetProblem p : e.problems()) {
        out.println(RuleSets.located(folder.toString(), p));
      }
      out.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " / 共 "
          + e.problems().size() + " 个问题");
      return 1;
    }
  }
}
