package org.amodel.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.amodel.core.finding.Finding;
import org.amodel.core.model.Community;
import org.amodel.examples.district.SyntheticDistrict;
import org.amodel.rules.diff.DiffReport;
import org.amodel.rules.diff.RuleChange;
import org.amodel.rules.diff.RuleSetDiff;
import org.amodel.rules.input.CommunityFiles;
import org.amodel.rules.input.InputException;
import org.amodel.rules.ruleset.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amodel diff --base <rule set> --candidate <rule set> --as-of <date> (<folder> | --generated
 * <size> [--seed <n>])}: the impact of a change of rule set on a population of communities — a
 * folder of community files, or a synthetic district ({@link SyntheticDistrict}) — how many
 * communities and persons change outcome, per rule, with the smallest changed community for each rule.
 */
@Command(name = "diff",
    description = {"Compare two rule sets on the same communities: who changes outcome, rule by rule.",
        "比较两个规则集在同一批社区上的结果:哪些社区、哪些人的结果改变,按规则列出。"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:compared 已比较", "1:a rule set or a community file has problems 规则集或社区文件有误",
        "2:wrong command line 命令行有误"})
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--base", required = true, paramLabel = "<id|folder>", description = "the rule set in force")
  String base;

  @Option(names = "--candidate", required = true, paramLabel = "<id|folder>", description = "the rule set proposed")
  String candidate;

  @Option(names = "--as-of", required = true, paramLabel = "<YYYY-MM-DD>", description = "the date to compare as of")
  LocalDate asOf;

  @Parameters(index = "0", arity = "0..1", paramLabel = "<population>",
      description = "a folder of community files (.yaml, .yml, .json), read with its subfolders")
  Path population;

  @Option(names = "--generated", paramLabel = "<size>",
      description = "instead of a folder: a synthetic district of this many communities (invented data)")
  Integer generated;

  @Option(names = "--seed", defaultValue = "20051130", paramLabel = "<n>",
      description = "the synthetic district's seed (default ${DEFAULT-VALUE}); the same seed gives the same district")
  long seed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<RuleSet> baseSet = RuleSets.loadOrReport(base, err);
    Optional<RuleSet> candidateSet = baseSet.isEmpty() ? Optional.empty() : RuleSets.loadOrReport(candidate, err);
    if (candidateSet.isEmpty()) {
      return 1;
    }
    if ((population == null) == (generated == null)) {
      throw new ParameterException(spec.commandLine(),
          "give either a folder of community files or --generated <size>, not both and not neither");
    }
    List<Community> communities = new ArrayList<>();
    if (generated != null) {
      if (generated < 1) {
        throw new ParameterException(spec.commandLine(), "--generated must be at least 1, was " + generated);
      }
      communities.addAll(SyntheticDistrict.generate(SyntheticDistrict.Options.of(generated, seed)).district()
          .communities());
      out.println("合成的区 synthetic district: " + generated + " 个社区 communities, seed " + seed
          + " (数据为虚构 invented data)");
    } else if (!readPopulation(err, communities)) {
      return 1;
    }
    Progress progress = Progress.on(err, communities.size(), "comparing / 比较");
    DiffReport report = RuleSetDiff.compare(baseSet.get(), candidateSet.get(), communities, asOf, done -> progress.step());
    progress.done();
    print(out, report);
    return 0;
  }

  /** Reads every community file under the population folder, reporting each one that does not read. */
  private boolean readPopulation(PrintWriter err, List<Community> communities) {
    if (!Files.isDirectory(population)) {
      err.println(population + ":0:0: is not a folder of community files");
      return false;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(population)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml") || p.toString().endsWith(".json"))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    } catch (IOException e) {
      err.println(population + ":0:0: could not be read: " + e.getMessage());
      return false;
    }
    boolean ok = true;
    for (Path file : files) {
      try {
        communities.add(CommunityFiles.read(file));
      } catch (InputException e) {
        e.problems().forEach(err::println);
        ok = false;
      }
    }
    if (files.isEmpty()) {
      err.println(population + ":0:0: holds no community files (.yaml, .yml, .json)");
      return false;
    }
    return ok;
  }

  static void print(PrintWriter out, DiffReport r) {
    out.println("基准 base: " + r.baseId() + " " + r.baseVersion() + "  →  候选 candidate: " + r.candidateId() + " "
        + r.candidateVersion() + ", 截至 as of " + r.asOf());
    out.println("结果改变的社区 communities changing outcome: " + r.changedCommunities() + " / " + r.communities()
        + "; 结果改变的人员 persons changing outcome: " + r.changedPersons());
    if (r.unchanged()) {
      out.println("没有变化 / no change");
      return;
    }
    out.println();
    out.println(String.format("%-28s %12s %9s %9s %9s", "按规则 per rule", "communities", "persons", "gone −",
        "added +"));
    for (RuleChange c : r.byRule().values()) {
      out.println(String.format("%-28s %12d %9d %9d %9d", c.ruleId().value(), c.communities(), c.persons(),
          c.findingsGone(), c.findingsAdded()));
    }
    for (RuleChange c : r.byRule().values()) {
      out.println();
      out.println(c.ruleId() + " — 最小的例子 smallest example: " + c.example().communityName() + " ("
          + c.example().communityId() + ", " + c.example().people() + " 人 people)");
      for (Finding f : c.example().gone()) {
        out.println("  − 仅基准 base only: [" + f.severity() + "] " + f.subject() + ": " + f.messageZh() + " / "
            + f.messageEn());
      }
      for (Finding f : c.example().added()) {
        out.println("  + 仅候选 candidate only: [" + f.severity() + "] " + f.subject() + ": " + f.messageZh() + " / "
            + f.messageEn());
      }
    }
  }
}
