package org.amodel.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Community;
import org.amodel.rules.drl.TraceEntry;
import org.amodel.rules.explain.ConditionCheck;
import org.amodel.rules.explain.Explainer;
import org.amodel.rules.explain.Explanation;
import org.amodel.rules.explain.FactCheck;
import org.amodel.rules.explain.Note;
import org.amodel.rules.explain.Outcome;
import org.amodel.rules.explain.ParameterReading;
import org.amodel.rules.explain.PatternCheck;
import org.amodel.rules.explain.RuleExplanation;
import org.amodel.rules.explain.SubjectSelector;
import org.amodel.rules.input.CommunityFiles;
import org.amodel.rules.input.InputException;
import org.amodel.rules.ruleset.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code amodel explain --rule-set <id|folder> --as-of <date> --rule <RULE_ID> [--subject <kind>:<id>]
 * <community file>}: for a rule id's findings on a community, each DRL rule that fired, its basis, the
 * parameters it reads with their values and sources, and the facts it matched; where the rule id gave
 * no finding, which condition of each of its DRL rules failed, on which fact, with the values.
 */
@Command(name = "explain",
    description = {"Explain a rule's findings on a community, or why it gave none.",
        "解释某条规则在一个社区上的检查结果,或它为何没有报告。"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:explained 已解释", "1:unknown rule, subject not found, unreadable file or rule set 规则、对象、文件或规则集有误",
        "2:wrong command line 命令行有误"})
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rule-set", required = true, paramLabel = "<id|folder>",
      description = "a bundled rule set's id (e.g. jinan-shizhong-2005) or a rule set folder")
  String ruleSet;

  @Option(names = "--as-of", required = true, paramLabel = "<YYYY-MM-DD>", description = "the date to check as of")
  LocalDate asOf;

  @Option(names = "--rule", required = true, paramLabel = "<RULE_ID>", description = "the rule id, e.g. STATION_SIZE")
  String rule;

  @Option(names = "--subject", paramLabel = "<kind>:<id>", converter = SubjectConverter.class,
      description = "only what concerns this subject: community, person, party, committee, station or assembly,"
          + " and its id (e.g. station:station-1, person:head)")
  SubjectSelector subject;

  @Parameters(arity = "1", paramLabel = "<community file>", description = "a community file (.yaml, .yml, .json)")
  Path file;

  /** Reads {@code --subject} as {@code kind:id}. */
  static final class SubjectConverter implements ITypeConverter<SubjectSelector> {
    @Override
    public SubjectSelector convert(String value) {
      try {
        return SubjectSelector.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<RuleSet> loaded = RuleSets.loadOrReport(ruleSet, err);
    if (loaded.isEmpty()) {
      return 1;
    }
    RuleSet set = loaded.get();
    Community community;
    try {
      community = CommunityFiles.read(file);
    } catch (InputException e) {
      e.problems().forEach(err::println);
      return 1;
    }
    Explanation explanation;
    try {
      RuleId id = RuleId.of(rule.strip().toUpperCase(Locale.ROOT));
      explanation = Explainer.explain(set, community, asOf, id, Optional.ofNullable(subject));
    } catch (IllegalArgumentException e) {
      err.println("无法解释 cannot explain: " + e.getMessage());
      return 1;
    }
    print(out, community, explanation);
    return 0;
  }

  static void print(PrintWriter out, Community community, Explanation e) {
    out.println("规则 Rule " + e.ruleId() + " — " + e.ruleSetId() + " " + e.ruleSetVersion() + " — " + community.name()
        + " (" + community.id() + ") — 截至 as of " + e.asOf()
        + e.subject().map(s -> " — 对象 subject " + s).orElse(""));
    if (e.fired()) {
      out.println("结果 Result: " + e.findings().size() + " 条发现 finding" + (e.findings().size() == 1 ? "" : "s"));
      for (Finding f : e.findings()) {
        Findings.print(f, out);
      }
    } else {
      out.println("结果 Result: 没有发现 no finding — 为何没有见下 why not, below");
    }
    for (RuleExplanation r : e.rules()) {
      out.println();
      out.println("DRL 规则 rule \"" + r.ruleName() + "\" (" + r.file() + ")");
      out.println("  依据 Basis: " + r.basis() + r.basisFrom().map(p -> " [依据参数 basis from " + p + "]").orElse(""));
      if (!r.parameters().isEmpty()) {
        out.println("  参数 Parameters:");
        r.parameters().forEach(p -> out.println("    " + reading(p, e.asOf())));
      }
      if (r.fired().isEmpty()) {
        out.println("  触发 Fired: 否 no");
      } else {
        out.println("  触发 Fired: " + r.fired().size() + " 次 time" + (r.fired().size() == 1 ? "" : "s"));
        for (TraceEntry t : r.fired()) {
          out.println("    " + t.subject() + " ← 匹配的事实 matched facts: " + String.join(", ", t.facts()));
        }
      }
      out.println("  条件 Conditions:");
      boolean failedBefore = false;
      int n = 1;
      for (PatternCheck p : r.patterns()) {
        printPattern(out, n++, p, failedBefore);
        failedBefore = failedBefore || p.held().map(h -> !h).orElse(true);
      }
      for (Note note : r.notes()) {
        out.println("  注 Note: " + note.zh() + " / " + note.en());
      }
    }
  }

  private static String reading(ParameterReading p, LocalDate asOf) {
    String day = p.dayExpression().isEmpty() ? "截至 as of " + p.day()
        : p.forFacts().isEmpty() ? "于 on " + p.dayExpression().get() + " (未求值 not reached; 截至 as of " + asOf + ")"
        : "于 on " + p.day() + " = " + p.dayExpression().get() + " 对 for " + String.join(", ", p.forFacts());
    return p.name() + " " + day + ": " + p.value().map(v -> v.value() + " (自 from " + v.from() + "; 来源 source: "
        + v.source() + ")").orElse("未设 not in force — 读它的规则不起作用 rules that read it do nothing");
  }

  private static void printPattern(PrintWriter out, int n, PatternCheck p, boolean failedBefore) {
    String state = p.untested().isPresent() ? "无法检验 not tested"
        : failedBefore && p.facts().isEmpty() ? "未检验 not reached (前面的条件不成立 an earlier one failed)"
        : p.held().orElse(false) ? "成立 held" : "不成立 failed";
    out.println("    " + n + ". " + oneLine(p.pattern()) + " — " + state);
    p.untested().ifPresent(note -> out.println("       " + note.zh() + " / " + note.en()));
    if (p.untested().isPresent() || (failedBefore && p.facts().isEmpty())) {
      return;
    }
    if (p.facts().isEmpty()) {
      out.println("       没有可检验的事实 no fact to test");
      return;
    }
    boolean held = p.held().orElse(false);
    // where the element held, show what matched; where it failed, show why each fact did not
    List<FactCheck> shown = p.facts().stream().filter(f -> !held || f.matched() != p.negated())
        .collect(Collectors.toList());
    if (held && p.negated()) {
      out.println("       没有匹配的事实 nothing matched it (检验了 " + p.facts().size() + " 个事实 fact"
          + (p.facts().size() == 1 ? "" : "s") + " tested)");
      return;
    }
    for (FactCheck f : shown) {
      String who = f.fact() + f.with().map(w -> " (与 with " + w + ")").orElse("");
      if (f.matched()) {
        out.println("       " + who + ": 全部成立 all held" + (p.negated() ? " — 所以 not 不成立 so the not fails" : ""));
        f.conditions().stream().filter(c -> c.outcome() == Outcome.HELD && !c.values().isEmpty())
            .forEach(c -> printCondition(out, c));
      } else {
        ConditionCheck deepest = f.conditions().stream().filter(c -> c.outcome() == Outcome.FAILED)
            .reduce((a, b) -> b).orElse(null);
        out.println("       " + who + ": 不成立 failed"
            + (deepest == null ? "" : " — " + oneLine(deepest.condition())));
        f.conditions().stream().filter(c -> c.outcome() == Outcome.FAILED || c.outcome() == Outcome.NOT_EVALUATED)
            .filter(c -> !c.values().isEmpty() || c.outcome() == Outcome.NOT_EVALUATED)
            .forEach(c -> printCondition(out, c));
      }
    }
    int hidden = p.facts().size() - shown.size();
    if (hidden > 0) {
      out.println("       另有 " + hidden + " 个事实不符 other fact" + (hidden == 1 ? "" : "s") + " did not match");
    }
  }

  private static void printCondition(PrintWriter out, ConditionCheck c) {
    out.println("         " + c.outcome().nameZh() + " " + c.outcome().nameEn() + ": " + oneLine(c.condition()));
    for (ConditionCheck.Value v : c.values()) {
      out.println("           " + oneLine(v.expression()) + " = " + v.value());
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\n\\s*", " ").strip();
  }
}
