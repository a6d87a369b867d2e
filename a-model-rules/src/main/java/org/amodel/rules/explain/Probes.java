package org.amodel.rules.explain;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.amodel.core.model.Community;
import org.amodel.core.parameters.ParameterValue;
import org.amodel.core.parameters.Parameters;
import org.amodel.rules.drl.FactDescriptions;
import org.amodel.rules.drl.FindingCollector;
import org.amodel.rules.drl.RuleParameters;
import org.amodel.rules.drl.StopCollector;
import org.amodel.rules.ruleset.RuleFile;
import org.amodel.rules.ruleset.RuleSet;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;

/**
 * Builds and runs the probe rules of {@link Explainer}, and reads what they recorded. One instance per
 * explanation.
 */
final class Probes {
  static final String GLOBAL = "amodelProbe";
  private static final String FACT = "$amodelFact";
  private static final AtomicLong BUILDS = new AtomicLong();

  /** One condition of a probed element: its id, its tree node, its depth, whether it is recorded, what it watches. */
  private record Entry(String id, ConditionTree node, int depth, boolean recorded, List<String> watches) {}

  /** One probe: an element of a target rule, the probe rule's text, and the conditions it records. */
  private record Spec(String id, Explainer.Target target, String pattern, boolean negated, String rule,
      List<Entry> entries, Optional<Note> untested) {}

  private final RuleSet set;
  private final LocalDate asOf;
  private final Map<Explainer.Target, List<Spec>> specs = new LinkedHashMap<>();
  private final Map<Explainer.Target, List<Note>> notes = new HashMap<>();
  private final Probe probe = new Probe();

  private Probes(RuleSet set, LocalDate asOf) {
    this.set = set;
    this.asOf = asOf;
  }

  /** Builds the probes of {@code targets}, runs them on {@code community}'s facts and keeps what they recorded. */
  static Probes run(RuleSet set, Community community, LocalDate asOf, List<Explainer.Target> targets) {
    Probes probes = new Probes(set, asOf);
    int[] counter = {0};
    for (Explainer.Target t : targets) {
      probes.specs.put(t, probes.specsOf(t, counter));
    }
    probes.execute(community, targets);
    return probes;
  }

  List<Note> notes(Explainer.Target t) {
    return notes.getOrDefault(t, List.of());
  }

  // ---------------------------------------------------------------- building

  private List<Spec> specsOf(Explainer.Target t, int[] counter) {
    List<Spec> result = new ArrayList<>();
    List<BaseDescr> elements = t.rule().getLhs() == null ? List.of() : t.rule().getLhs().getDescrs();
    List<String> before = new ArrayList<>();
    String context = "null";
    for (int i = 0; i < elements.size(); i++) {
      BaseDescr element = elements.get(i);
      String id = "p" + counter[0]++;
      PatternDescr pattern = single(element);
      String written = pattern == null ? null : text(pattern);
      if (pattern == null || written == null) {
        result.add(new Spec(id, t, describe(element), false, null, List.of(), Optional.of(new Note(
            "这一条件不能单独检验(只能检验模式、not 和 exists 一个模式),其后的条件也未检验",
            "this condition element cannot be tested on its own (only a pattern, or not or exists of one pattern,"
                + " can), nor can the ones after it"))));
        break;
      }
      boolean negated = element instanceof NotDescr;
      String shown = (negated ? "not " : element instanceof ExistsDescr ? "exists " : "") + written;
      List<Entry> entries = new ArrayList<>();
      String probeText = probeText(pattern, id, i == 0 ? "null" : context, entries);
      StringBuilder rule = new StringBuilder("rule \"amodel probe ").append(id).append("\"\nwhen\n");
      before.forEach(b -> rule.append("  ").append(b).append('\n'));
      rule.append("  ").append(probeText).append("\nthen\n  ").append(GLOBAL).append(".matched(\"").append(id)
          .append("\", ").append(FACT).append(", ").append(i == 0 ? "null" : context).append(");\nend\n");
      result.add(new Spec(id, t, shown, negated, rule.toString(), entries, Optional.empty()));
      before.add(negated ? "not( " + written + " )" : element instanceof ExistsDescr ? "exists( " + written + " )"
          : written);
      if (i == 0 && !negated && !(element instanceof ExistsDescr) && pattern.getIdentifier() != null) {
        context = pattern.getIdentifier();
      }
    }
    return result;
  }

  /** Returns the one pattern of {@code element} (a pattern, or {@code not}/{@code exists} of one), or null. */
  private static PatternDescr single(BaseDescr element) {
    if (element instanceof PatternDescr p) {
      return p;
    }
    if ((element instanceof NotDescr || element instanceof ExistsDescr)) {
      List<?> inner = element instanceof NotDescr n ? n.getDescrs() : ((ExistsDescr) element).getDescrs();
      if (inner.size() == 1 && inner.get(0) instanceof PatternDescr p) {
        return p;
      }
    }
    return null;
  }

  private static String describe(BaseDescr element) {
    String text = element.getText();
    return element.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT)
        + (text == null || text.isBlank() ? "" : " " + text);
  }

  /** Returns the pattern as written ({@code $s : ServiceStation( a, b ) from x}), or null if it cannot be. */
  private static String text(PatternDescr p) {
    List<String> constraints = constraints(p);
    if (constraints == null) {
      return null;
    }
    String source = source(p);
    if (source == null) {
      return null;
    }
    return (p.getIdentifier() == null ? "" : p.getIdentifier() + " : ") + p.getObjectType() + "( "
        + String.join(", ", constraints) + " )" + source;
  }

  private static List<String> constraints(PatternDescr p) {
    List<String> constraints = new ArrayList<>();
    if (p.getConstraint() == null) {
      return constraints;
    }
    for (BaseDescr c : p.getConstraint().getDescrs()) {
      if (c instanceof ExprConstraintDescr e) {
        constraints.add(e.getExpression());
      } else if (c instanceof BindingDescr b) {
        constraints.add(b.getVariable() + (b.isUnification() ? " := " : " : ") + b.getExpression());
      } else {
        return null;
      }
    }
    return constraints;
  }

  private static String source(PatternDescr p) {
    if (p.getSource() == null) {
      return "";
    }
    if (p.getSource() instanceof FromDescr from) {
      return " from " + from.getExpression();
    }
    return null;
  }

  /**
   * Returns the probe's pattern: {@code pattern}'s conditions, each wrapped to record whether it held
   * and the values of its sides, joined in order by {@code &&}; conditions that cannot be wrapped
   * are kept as they are, after them.
   */
  private String probeText(PatternDescr pattern, String id, String context, List<Entry> entries) {
    List<String> chain = new ArrayList<>();
    List<String> asWritten = new ArrayList<>();
    for (String constraint : constraints(pattern)) {
      ConditionTree tree = ConditionTree.parse(constraint);
      if (isBinding(constraint) || !plain(tree)) {
        entries.add(new Entry(id + "." + entries.size(), tree, 0, false, List.of()));
        if (isBinding(constraint)) {
          asWritten.add(constraint);
        } else {
          chain.add("(" + constraint + ")");
        }
      } else {
        chain.add(wrap(tree, 0, id, context, entries));
      }
    }
    List<String> all = new ArrayList<>();
    if (!chain.isEmpty()) {
      all.add(String.join(" && ", chain));
    }
    all.addAll(asWritten);
    return FACT + " : " + pattern.getObjectType() + "( " + String.join(", ", all) + " )" + source(pattern);
  }

  private static boolean isBinding(String constraint) {
    List<Tokens.Token> tokens = Tokens.of(constraint);
    return tokens.size() > 1 && tokens.get(0).kind() == Tokens.Kind.WORD && tokens.get(1).text().equals(":");
  }

  private static boolean plain(ConditionTree tree) {
    if (tree instanceof ConditionTree.Leaf l) {
      return l.plain();
    }
    return parts(tree).stream().allMatch(Probes::plain);
  }

  private String wrap(ConditionTree tree, int depth, String probeId, String context, List<Entry> entries) {
    String id = probeId + "." + entries.size();
    String fact = ", this, " + context + ", ";
    if (tree instanceof ConditionTree.Leaf l) {
        List<String> watches = watches(l);
        entries.add(new Entry(id, l, depth, true, watches));
        StringBuilder s = new StringBuilder("(");
        for (int k = 0; k < watches.size(); k++) {
          s.append(GLOBAL).append(".saw(\"").append(id).append('"').append(fact).append(k).append(", (")
              .append(watches.get(k)).append(")) && ");
        }
        return s.append(GLOBAL).append(".held(\"").append(id).append('"').append(fact).append('(').append(l.text())
            .append(")))").toString();
    }
    entries.add(new Entry(id, tree, depth, true, List.of()));
    return join(id, fact, parts(tree), tree instanceof ConditionTree.All ? " && " : " || ", depth, probeId, context,
        entries);
  }

  private static List<ConditionTree> parts(ConditionTree tree) {
    if (tree instanceof ConditionTree.All a) {
      return a.parts();
    }
    return tree instanceof ConditionTree.Any a ? a.parts() : List.of();
  }

  private String join(String id, String fact, List<ConditionTree> parts, String operator, int depth, String probeId,
      String context, List<Entry> entries) {
    List<String> wrapped = new ArrayList<>();
    for (ConditionTree part : parts) {
      wrapped.add(wrap(part, depth + 1, probeId, context, entries));
    }
    return GLOBAL + ".held(\"" + id + "\"" + fact + "(" + String.join(operator, wrapped) + "))";
  }

  /**
   * Returns what to record of a condition: the sides of its comparison, the parameters it reads and
   * the days it reads them on; not literals.
   */
  private static List<String> watches(ConditionTree.Leaf leaf) {
    Set<String> watches = new LinkedHashSet<>();
    if (leaf.operator() != null) {
      watches.add(leaf.left());
      watches.add(leaf.right());
    }
    for (Tokens.ParamCall call : Tokens.paramCalls(leaf.text(), "params")) {
      if (call.day() != null) {
        watches.add(call.day());
      }
      watches.add(call.text());
    }
    watches.removeIf(Probes::literal);
    return List.copyOf(watches);
  }

  private static boolean literal(String expression) {
    List<Tokens.Token> tokens = Tokens.of(expression);
    if (tokens.size() == 1) {
      Tokens.Token t = tokens.get(0);
      return t.kind() != Tokens.Kind.WORD || Set.of("null", "true", "false").contains(t.text());
    }
    if (tokens.size() == 2 && tokens.get(0).text().equals("-") && tokens.get(1).kind() == Tokens.Kind.NUMBER) {
      return true;
    }
    // a constant such as StationPost.HEAD
    return tokens.size() == 3 && tokens.get(1).text().equals(".") && tokens.get(2).kind() == Tokens.Kind.WORD
        && tokens.get(2).text().equals(tokens.get(2).text().toUpperCase(java.util.Locale.ROOT))
        && Character.isUpperCase(tokens.get(0).text().charAt(0));
  }

  // ---------------------------------------------------------------- running

  private void execute(Community community, List<Explainer.Target> targets) {
    Map<RuleFile, List<Explainer.Target>> byFile = new LinkedHashMap<>();
    targets.forEach(t -> byFile.computeIfAbsent(t.file(), f -> new ArrayList<>()).add(t));
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId releaseId = ks.newReleaseId("org.amodel.explain", "probes", "0.0." + BUILDS.incrementAndGet());
    kfs.generateAndWritePomXML(releaseId);
    int n = 0;
    boolean any = false;
    Map<String, List<Explainer.Target>> byPath = new HashMap<>();
    for (Map.Entry<RuleFile, List<Explainer.Target>> file : byFile.entrySet()) {
      Explainer.Target first = file.getValue().get(0);
      StringBuilder drl = new StringBuilder(header(first));
      for (Explainer.Target t : file.getValue()) {
        for (Spec s : specs.get(t)) {
          if (s.rule() != null) {
            drl.append('\n').append(s.rule());
            any = true;
          }
        }
      }
      String path = "src/main/resources/" + first.packageName().replace('.', '/') + "/probe" + n++ + ".drl";
      byPath.put(path, file.getValue());
      kfs.write(path, drl.toString().getBytes(StandardCharsets.UTF_8));
    }
    if (!any) {
      return;
    }
    KieBase kieBase;
    try {
      KieBuilder builder = ks.newKieBuilder(kfs);
      builder.buildAll(DrlProject.class);
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      if (!errors.isEmpty()) {
        String text = errors.get(0).getText().strip();
        targets.forEach(t -> notes.computeIfAbsent(t, k -> new ArrayList<>()).add(new Note(
            "条件无法逐一检验:检验用的规则无法编译(" + text + ")",
            "the conditions could not be tested one by one: the probe rules do not compile (" + text + ")")));
        specs.replaceAll((t, list) -> List.of());
        return;
      }
      kieBase = ks.newKieContainer(releaseId).getKieBase();
    } finally {
      ks.getRepository().removeKieModule(releaseId);
    }
    KieSession session = kieBase.newKieSession();
    try {
      Set<String> globals = new LinkedHashSet<>();
      kieBase.getKiePackages().forEach(p -> p.getGlobalVariables().forEach(g -> globals.add(g.getName())));
      session.setGlobal(GLOBAL, probe);
      if (globals.contains("params")) {
        session.setGlobal("params", new RuleParameters(set.parameters(), asOf));
      }
      if (globals.contains("findings")) {
        session.setGlobal("findings", new FindingCollector(community.id(), asOf, set.parameters()));
      }
      if (globals.contains("stops")) {
        session.setGlobal("stops", new StopCollector());
      }
      RuleSet.facts(community).forEach(session::insert);
      session.fireAllRules();
    } catch (RuntimeException e) {
      String text = String.valueOf(e.getMessage());
      targets.forEach(t -> notes.computeIfAbsent(t, k -> new ArrayList<>()).add(new Note(
          "逐一检验条件时出错,以下结果可能不完整:" + text,
          "testing the conditions one by one failed, so what follows may be incomplete: " + text)));
    } finally {
      session.dispose();
    }
  }

  /** Returns the probe file's head: the rule file's package, imports, globals and functions, and the probe's global. */
  private static String header(Explainer.Target t) {
    StringBuilder s = new StringBuilder("package ").append(t.packageName()).append(";\n\n");
    for (ImportDescr i : t.pkg().getImports()) {
      s.append("import ").append(i.getTarget()).append(";\n");
    }
    for (FunctionImportDescr i : t.pkg().getFunctionImports()) {
      s.append("import function ").append(i.getTarget()).append(";\n");
    }
    for (GlobalDescr g : t.pkg().getGlobals()) {
      s.append("global ").append(g.getType()).append(' ').append(g.getIdentifier()).append(";\n");
    }
    s.append("global ").append(Probe.class.getName()).append(' ').append(GLOBAL).append(";\n");
    for (FunctionDescr f : t.pkg().getFunctions()) {
      List<String> parameters = new ArrayList<>();
      for (int i = 0; i < f.getParameterNames().size(); i++) {
        parameters.add(f.getParameterTypes().get(i) + " " + f.getParameterNames().get(i));
      }
      s.append("function ").append(f.getReturnType()).append(' ').append(f.getName()).append('(')
          .append(String.join(", ", parameters)).append(") {").append(f.getBody()).append("}\n");
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- reading

  /** Returns each element of {@code t} as tested, on the facts that concern {@code subject} (all if none). */
  List<PatternCheck> patterns(Explainer.Target t, Optional<SubjectSelector> subject) {
    List<PatternCheck> result = new ArrayList<>();
    for (Spec s : specs.getOrDefault(t, List.of())) {
      if (s.untested().isPresent()) {
        result.add(new PatternCheck(s.pattern(), s.negated(), List.of(), s.untested()));
        continue;
      }
      List<FactCheck> facts = new ArrayList<>();
      probe.recorded(s.id()).forEach((seen, records) -> {
        if (!concerns(seen, subject)) {
          return;
        }
        List<ConditionCheck> conditions = new ArrayList<>();
        for (Entry e : s.entries()) {
          Probe.Record r = records.get(e.id());
          Outcome outcome = !e.recorded() ? Outcome.NOT_EVALUATED
              : r == null || r.held == null ? Outcome.NOT_REACHED
              : r.held ? Outcome.HELD : Outcome.FAILED;
          List<ConditionCheck.Value> values = new ArrayList<>();
          if (r != null) {
            r.values.forEach((slot, value) -> values.add(value(e.watches().get(slot), value, e, r)));
          }
          conditions.add(new ConditionCheck(e.node().text(), e.depth(), outcome, values));
        }
        Object with = seen.context().object();
        facts.add(new FactCheck(FactDescriptions.describe(seen.fact().object()),
            with == null ? Optional.empty() : Optional.of(FactDescriptions.describe(with)),
            probe.matched(s.id(), seen), conditions));
      });
      result.add(new PatternCheck(s.pattern(), s.negated(), facts, Optional.empty()));
    }
    return result;
  }

  private static boolean concerns(Probe.Seen seen, Optional<SubjectSelector> subject) {
    if (subject.isEmpty()) {
      return true;
    }
    Object context = seen.context().object();
    return !subject.get().excludes(seen.fact().object()) && (context == null || !subject.get().excludes(context));
  }

  /**
   * Returns a recorded value as shown: a parameter's value with the day it is read on and its source,
   * or "not in force" where it has none.
   */
  private ConditionCheck.Value value(String expression, Object value, Entry e, Probe.Record r) {
    String shown = describe(value);
    for (Tokens.ParamCall call : Tokens.paramCalls(expression, "params")) {
      if (!call.text().equals(expression)) {
        continue;
      }
      LocalDate day = asOf;
      if (call.day() != null) {
        int slot = e.watches().indexOf(call.day());
        Object recorded = slot < 0 ? null : r.values.get(slot);
        if (!(recorded instanceof LocalDate d)) {
          break;
        }
        day = d;
      }
      LocalDate on = day;
      Optional<? extends ParameterValue<?>> in = Parameters.key(call.name()).flatMap(k -> set.parameters()
          .findValue(k, on));
      shown = in.isPresent()
          ? shown + " (" + call.name() + " 自 from " + in.get().from() + ": " + in.get().source() + ")"
          : shown + " (" + call.name() + " 于 " + day + " 未设 / not in force on " + day + ")";
      break;
    }
    return new ConditionCheck.Value(expression, shown);
  }

  private static String describe(Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean || value instanceof CharSequence
        || value instanceof Enum<?> || value instanceof java.time.temporal.Temporal) {
      return value instanceof CharSequence c ? "\"" + c + "\"" : String.valueOf(value);
    }
    if (value instanceof java.util.Collection<?> c) {
      return c.size() + " items";
    }
    return FactDescriptions.describe(value);
  }

  /**
   * Returns the days {@code expression} gave in {@code t}'s conditions, each with the facts it gave it
   * for (those that concern {@code subject}), in order.
   */
  Map<LocalDate, List<String>> days(Explainer.Target t, String expression, Optional<SubjectSelector> subject) {
    Map<LocalDate, List<String>> days = new java.util.TreeMap<>();
    for (Spec s : specs.getOrDefault(t, List.of())) {
      probe.recorded(s.id()).forEach((seen, records) -> {
        if (!concerns(seen, subject)) {
          return;
        }
        for (Entry e : s.entries()) {
          int slot = e.watches().indexOf(expression);
          Probe.Record r = records.get(e.id());
          if (slot >= 0 && r != null && r.values.get(slot) instanceof LocalDate day) {
            String fact = FactDescriptions.describe(seen.context().object() != null ? seen.context().object()
                : seen.fact().object());
            List<String> facts = days.computeIfAbsent(day, d -> new ArrayList<>());
            if (!facts.contains(fact)) {
              facts.add(fact);
            }
          }
        }
      });
    }
    return days;
  }

  /** Returns the probe rules' text, for tests and for reading what is run. */
  ImmutableList<String> rules() {
    return specs.values().stream().flatMap(List::stream).map(Spec::rule).filter(java.util.Objects::nonNull)
        .collect(ImmutableList.toImmutableList());
  }
}
