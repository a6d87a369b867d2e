package org.amodel.rules.explain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Community;
import org.amodel.core.parameters.ParameterValue;
import org.amodel.core.parameters.Parameters;
import org.amodel.rules.drl.FindingCollector;
import org.amodel.rules.drl.TraceEntry;
import org.amodel.rules.engine.Evaluation;
import org.amodel.rules.ruleset.RuleFile;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.text.EditDistance;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Explains a rule id's findings on a community as of a date, or why it gave none ("why not").
 *
 * <p>For each DRL rule of that id (a {@code .dslr} sentence or a decision-table row is one too, as
 * the DRL that was checked and compiled): where it is, its basis, the parameters it reads with the
 * values and sources in force on the days it reads them, the times it fired with the facts it
 * matched (from the evaluation's trace), and each of its condition elements tested on the
 * community's facts, condition by condition, with the values the rule saw.
 *
 * <p>The conditions are tested by <em>probe rules</em>: for each element of the rule (a pattern, or
 * a {@code not}/{@code exists} of one pattern), a rule with the elements before it as written and that
 * element's conditions, each wrapped in a call that records whether it held and the values of its
 * sides, in the order written, joined by {@code &&} so that a condition is tested only where the
 * ones before it held, as in the rule. Probes are built only from the rule's own text, already
 * checked and compiled with the rule set, and the fixed recording calls; they never change a fact.
 * Conditions DRL writes in its own syntax ({@code matches}, {@code in}, {@code < 30 && > 20},
 * bindings) are kept as written and reported as not tested on their own; elements other than
 * patterns ({@code or}, {@code forall}, {@code accumulate} …) are reported as not tested, and so are
 * the elements after them.
 *
 * <pre>{@code
 * Explanation e = Explainer.explain(ruleSet, community, LocalDate.of(2005, 12, 1),
 *     RuleId.of("STATION_SIZE"), Optional.of(SubjectSelector.parse("station:station-1")));
 * if (!e.fired()) {
 *   e.rules().forEach(r -> r.firstFailed().ifPresent(p -> ...));
 * }
 * }</pre>
 */
public final class Explainer {
  private Explainer() {}

  /** Returns the rule ids of {@code set}'s rules, sorted. */
  public static ImmutableSortedSet<String> ruleIds(RuleSet set) {
    ImmutableSortedSet.Builder<String> ids = ImmutableSortedSet.naturalOrder();
    for (KiePackage p : set.kieBase().getKiePackages()) {
      for (Rule r : p.getRules()) {
        ids.add(FindingCollector.RuleMetadata.of(r).id().value());
      }
    }
    return ids.build();
  }

  /**
   * Returns why rule id {@code ruleId} of {@code set} gave the findings it gives on {@code community}
   * as of {@code asOf} (about {@code subject}, if given), or why it gave none.
   *
   * @throws IllegalArgumentException if no rule of {@code set} has that id (the message names the
   *     nearest id), or {@code community} has no such subject (the message names those it has)
   */
  public static Explanation explain(
      RuleSet set, Community community, LocalDate asOf, RuleId ruleId, Optional<SubjectSelector> subject) {
    requireNonNull(set, "set");
    requireNonNull(community, "community");
    requireNonNull(asOf, "asOf");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(subject, "subject");
    Map<String, Rule> wanted = new TreeMap<>();
    for (KiePackage p : set.kieBase().getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (FindingCollector.RuleMetadata.of(r).id().equals(ruleId)) {
          wanted.put(p.getName() + "." + r.getName(), r);
        }
      }
    }
    if (wanted.isEmpty()) {
      ImmutableSortedSet<String> ids = ruleIds(set);
      throw new IllegalArgumentException("rule set " + set.id() + " has no rule " + ruleId.value()
          + nearest(ruleId.value(), ids) + "; its rule ids are " + String.join(", ", ids));
    }
    subject.ifPresent(s -> {
      if (!s.existsIn(community)) {
        throw new IllegalArgumentException("community " + community.id() + " has no " + s.kind().nameEn() + " '"
            + s.id() + "'" + nearest(s.id(), s.idsIn(community)) + "; its " + s.kind().nameEn() + " ids are "
            + String.join(", ", s.idsIn(community)));
      }
    });
    Evaluation evaluation = set.evaluate(community, asOf);
    ImmutableList<Finding> findings = evaluation.findings().stream()
        .filter(f -> f.ruleId().equals(ruleId) && subject.map(s -> s.matches(f.subject())).orElse(true))
        .collect(ImmutableList.toImmutableList());
    List<Target> targets = targets(set, wanted);
    Probes probes = Probes.run(set, community, asOf, targets);
    List<RuleExplanation> rules = new ArrayList<>();
    for (Target t : targets) {
      ImmutableList<TraceEntry> fired = evaluation.trace().stream()
          .filter(e -> e.packageName().equals(t.packageName()) && e.ruleName().equals(t.rule().getName())
              && subject.map(s -> s.matches(e.subject())).orElse(true))
          .collect(ImmutableList.toImmutableList());
      List<PatternCheck> patterns = probes.patterns(t, subject);
      rules.add(new RuleExplanation(t.packageName(), t.rule().getName(), t.file().file(), basis(set, t.kieRule(), asOf),
          basisFrom(t.kieRule()), readings(set, asOf, t, probes, subject), fired, patterns, probes.notes(t)));
    }
    return new Explanation(set.id(), set.version(), community.id(), asOf, ruleId, subject, findings, rules);
  }

  /** A DRL rule to explain: its file as DRL, the file's parsed form, the rule's parsed form and compiled form. */
  record Target(RuleFile file, PackageDescr pkg, RuleDescr rule, Rule kieRule) {
    String packageName() {
      return pkg.getName();
    }
  }

  private static List<Target> targets(RuleSet set, Map<String, Rule> wanted) {
    Map<String, Target> found = new LinkedHashMap<>();
    for (RuleFile file : set.ruleFiles()) {
      PackageDescr pkg;
      try {
        DrlParser parser = new DrlParser();
        pkg = parser.parse(false, file.drl());
        if (parser.hasErrors() || pkg == null) {
          continue; // it compiled with the rule set: this does not happen
        }
      } catch (DroolsParserException e) {
        continue;
      }
      for (RuleDescr rule : pkg.getRules()) {
        String key = pkg.getName() + "." + rule.getName();
        if (wanted.containsKey(key) && !found.containsKey(key)) {
          found.put(key, new Target(file, pkg, rule, wanted.get(key)));
        }
      }
    }
    return found.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
  }

  private static Optional<String> basisFrom(Rule rule) {
    Object from = rule.getMetaData().get("basisFrom");
    return from == null ? Optional.empty() : Optional.of(from.toString().replace("\"", "").strip());
  }

  /** Returns the rule's basis as a finding of it as of {@code asOf} would cite it. */
  private static String basis(RuleSet set, Rule rule, LocalDate asOf) {
    String declared = FindingCollector.RuleMetadata.of(rule).basis();
    return basisFrom(rule).flatMap(Parameters::key).flatMap(k -> set.parameters().findValue(k, asOf))
        .map(ParameterValue::source).orElse(declared);
  }

  /**
   * Returns the parameters {@code t} reads (its {@code params.…("name" …)} calls in conditions, {@code
   * from} expressions and consequence, and its {@code @basisFrom}), each on the days it reads them.
   */
  private static List<ParameterReading> readings(
      RuleSet set, LocalDate asOf, Target t, Probes probes, Optional<SubjectSelector> subject) {
    List<Tokens.ParamCall> calls = new ArrayList<>();
    for (String text : texts(t.rule())) {
      calls.addAll(Tokens.paramCalls(text, "params"));
    }
    Set<String> names = new LinkedHashSet<>();
    calls.forEach(c -> names.add(c.name()));
    basisFrom(t.kieRule()).ifPresent(names::add);
    List<ParameterReading> readings = new ArrayList<>();
    for (String name : names) {
      Optional<? extends org.amodel.core.parameters.ParameterKey<?>> key = Parameters.key(name);
      if (key.isEmpty()) {
        continue;
      }
      Set<String> dayExpressions = new LinkedHashSet<>();
      boolean asOfToo = false;
      for (Tokens.ParamCall c : calls) {
        if (c.name().equals(name)) {
          if (c.day() == null) {
            asOfToo = true;
          } else {
            // a consequence reads the fact through its binding ($m.recruitedOn()), a condition reads it directly
            dayExpressions.add(c.day().replaceFirst("^\\$[\\p{L}\\p{N}_$]*\\s*\\.\\s*", ""));
          }
        }
      }
      if (dayExpressions.isEmpty()) {
        asOfToo = true;
      }
      if (asOfToo) {
        readings.add(new ParameterReading(name, Optional.empty(), asOf, List.of(), value(set, key.get(), asOf)));
      }
      for (String expression : dayExpressions) {
        Map<LocalDate, List<String>> days = probes.days(t, expression, subject);
        if (days.isEmpty()) {
          readings.add(new ParameterReading(name, Optional.of(expression), asOf, List.of(),
              value(set, key.get(), asOf)));
        }
        days.forEach((day, facts) -> readings.add(new ParameterReading(name, Optional.of(expression), day, facts,
            value(set, key.get(), day))));
      }
    }
    readings.sort(Comparator.comparing(ParameterReading::name).thenComparing(ParameterReading::day));
    return readings;
  }

  @SuppressWarnings("unchecked")
  private static Optional<ParameterValue<?>> value(
      RuleSet set, org.amodel.core.parameters.ParameterKey<?> key, LocalDate day) {
    return (Optional<ParameterValue<?>>) (Optional<?>) set.parameters().findValue(key, day);
  }

  /** Returns the texts of a rule that may read parameters: its constraints, its {@code from} expressions, its consequence. */
  static List<String> texts(RuleDescr rule) {
    List<String> texts = new ArrayList<>();
    collect(rule.getLhs(), texts);
    if (rule.getConsequence() != null) {
      texts.add(rule.getConsequence().toString());
    }
    return texts;
  }

  private static void collect(BaseDescr descr, List<String> texts) {
    if (descr instanceof PatternDescr p) {
      if (p.getConstraint() != null) {
        for (BaseDescr c : p.getConstraint().getDescrs()) {
          if (c instanceof ExprConstraintDescr e) {
            texts.add(e.getExpression());
          } else {
            texts.add(c.getText() == null ? "" : c.getText());
          }
        }
      }
      if (p.getSource() instanceof FromDescr from) {
        texts.add(from.getExpression());
      } else if (p.getSource() != null) {
        collect(p.getSource(), texts);
      }
    } else if (descr instanceof ConditionalElementDescr ce) {
      for (BaseDescr child : ce.getDescrs()) {
        collect(child, texts);
      }
    } else if (descr instanceof AndDescr and) {
      and.getDescrs().forEach(child -> collect(child, texts));
    }
  }

  /** Returns "; did you mean X?" for the candidate nearest {@code written}, or nothing if none is near. */
  static String nearest(String written, java.util.Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = EditDistance.of(written.toUpperCase(java.util.Locale.ROOT), c.toUpperCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, written.length() / 3) ? "; did you mean " + best + "?" : "";
  }
}
