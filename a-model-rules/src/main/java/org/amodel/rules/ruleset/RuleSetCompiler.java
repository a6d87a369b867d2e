package org.amodel.rules.ruleset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.ParameterKey;
import org.amodel.core.parameters.ParameterValue;
import org.amodel.core.parameters.Parameters;
import org.amodel.rules.drl.FindingCollector;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a rule set folder, and the rule sets it extends, into a {@link RuleSet}; a rule set
 * with any problem is refused whole, with every problem located.
 *
 * <p>In order: the descriptors and the chain of rule sets they extend (cycles and unknown bases
 * refused); the parameters, each set's over those it inherits; each rule file turned into DRL
 * (sentences expanded by their vocabulary, decision tables compiled by Drools' decision-table
 * compiler); each file's checks on that DRL (safety, package, parameter names, rule names, disable
 * and replace lists), with problems shown at the file's own line, or sheet and cell; then Drools
 * compiles exactly the DRL that was checked, and each rule's {@code @id}, {@code @severity} and
 * {@code @basis} are checked.
 */
public final class RuleSetCompiler {
  /** How Drools builds the rules: interpreted constraints (classic) or generated Java (executable model). */
  public enum BuildMode {
    CLASSIC,
    EXECUTABLE_MODEL
  }

  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
  // [ \t]* rather than \s*: \s would start the match on a blank line before the rule, a line early
  private static final Pattern RULE = Pattern.compile("^[ \\t]*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))",
      Pattern.MULTILINE);
  private static final Pattern PARAM_USE = Pattern.compile("params\\s*\\.\\s*\\w+\\s*\\(\\s*\"([^\"]*)\"");
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final String RESOURCES = "src/main/resources/";
  private static final Pattern LINE_COLUMN = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");
  private static final String NULL_PACKAGE = "Parser returned a null Package";
  private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.+?):\\s*$", Pattern.MULTILINE);
  private static final Pattern RULE_NAMED = Pattern.compile("Rule name='([^']+)'");
  private static final Pattern GLOBAL = Pattern.compile("^[ \\t]*global\\s+[\\w.]+\\s+(\\w+)", Pattern.MULTILINE);
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
  /** The globals every rule set declares, each with its type. */
  private static final ImmutableMap<String, String> GLOBALS = ImmutableMap.of(
      "params", "org.amodel.rules.drl.RuleParameters", "findings", "org.amodel.rules.drl.FindingCollector");

  private final BuildMode mode;
  private final ImmutableList<RuleFileCheck> checks;

  private RuleSetCompiler(BuildMode mode, List<RuleFileCheck> checks) {
    this.mode = requireNonNull(mode, "mode");
    this.checks = ImmutableList.copyOf(checks);
  }

  /** Returns a compiler that builds in {@code mode} and runs {@code checks} on every rule file first. */
  public static RuleSetCompiler of(BuildMode mode, List<RuleFileCheck> checks) {
    return new RuleSetCompiler(mode, checks);
  }

  /** One rule set of the chain being compiled, with the name its files are shown under. */
  private record Level(RuleSetFolder folder, RuleSetDescriptor descriptor, String prefix) {
    String display(String file) {
      return prefix + file;
    }
  }

  /**
   * Where a rule is defined: the file, the line and column of its name, and how a message about it
   * starts (a decision table's sheet and cell; empty for other files).
   */
  private record RuleSite(int level, String packageName, String name, String file, int line, int column,
      String where) {}

  /** Where a value stands in a file. */
  private record Spot(int line, int column) {}

  /**
   * Returns the compiled rule set in {@code top}.
   *
   * @param bases finds the folder of a rule set that another extends, by id
   * @throws RuleSetException with every problem found; nothing is loaded
   */
  public RuleSet compile(RuleSetFolder top, Function<String, Optional<RuleSetFolder>> bases) {
    List<Level> levels = chain(top, bases);
    List<RuleSetProblem> problems = new ArrayList<>();
    DistrictParameters parameters = parameters(levels, problems);
    Map<String, RuleSite> sites = new LinkedHashMap<>();
    Set<String> removed = new HashSet<>();
    List<List<RuleSources.Translated>> sources = translate(levels, problems);
    checkFiles(levels, sources, problems, sites);
    checkOverrides(levels, problems, sites, removed);
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    KieBase kieBase = build(levels, sources, problems);
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    for (String key : removed) {
      RuleSite site = sites.get(key);
      kieBase.removeRule(site.packageName(), site.name());
    }
    checkRules(kieBase, sites, levels, problems);
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    ImmutableSortedSet<String> names = kieBase.getKiePackages().stream()
        .flatMap(p -> p.getRules().stream().map(r -> p.getName() + "." + r.getName()))
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
    ImmutableList<RuleFile> files = sources.stream().flatMap(List::stream)
        .map(s -> new RuleFile(s.file(), s.drl())).collect(ImmutableList.toImmutableList());
    return new RuleSet(levels.get(0).descriptor(),
        levels.stream().map(Level::descriptor).collect(ImmutableList.toImmutableList()), parameters, kieBase, names,
        files);
  }

  private static List<Level> chain(RuleSetFolder top, Function<String, Optional<RuleSetFolder>> bases) {
    List<Level> levels = new ArrayList<>();
    RuleSetDescriptor d = DescriptorReader.read(top.descriptor(), top.name());
    levels.add(new Level(top, d, ""));
    Set<String> seen = new HashSet<>(Set.of(d.id()));
    Level current = levels.get(0);
    while (current.descriptor().extendsId().isPresent()) {
      String baseId = current.descriptor().extendsId().get();
      Spot at = spot(current.folder().descriptor(), "extends", null);
      String file = current.display(DescriptorReader.FILE);
      if (!seen.add(baseId)) {
        throw new RuleSetException(new RuleSetProblem(file, at.line(), at.column(), "'extends: " + baseId
            + "' makes a circle: " + String.join(" → ", levels.stream().map(l -> l.descriptor().id()).toList())
            + " → " + baseId + "; a rule set cannot extend itself, directly or through others"));
      }
      Optional<RuleSetFolder> found;
      try {
        found = bases.apply(baseId);
      } catch (RuleSetException e) {
        throw prefixed(e, baseId + "/");
      }
      RuleSetFolder folder = found.orElseThrow(() -> new RuleSetException(new RuleSetProblem(file,
          at.line(), at.column(), "'extends: " + baseId + "' names no rule set that can be found; check the spelling, and that the base"
              + " rule set's folder sits next to this one or is bundled")));
      RuleSetDescriptor base;
      try {
        base = DescriptorReader.read(folder.descriptor(), folder.name());
      } catch (RuleSetException e) {
        throw prefixed(e, baseId + "/");
      }
      current = new Level(folder, base, baseId + "/");
      levels.add(current);
    }
    return levels;
  }

  private static RuleSetException prefixed(RuleSetException e, String prefix) {
    return new RuleSetException(e.problems().stream()
        .map(p -> new RuleSetProblem(prefix + p.file(), p.line(), p.column(), p.message())).toList());
  }

  private static DistrictParameters parameters(List<Level> levels, List<RuleSetProblem> problems) {
    Map<String, List<ParameterValue<?>>> effective = new LinkedHashMap<>();
    for (int i = levels.size() - 1; i >= 0; i--) {
      Level level = levels.get(i);
      if (level.folder().parameters().isEmpty()) {
        continue;
      }
      ParametersReader.Declared declared;
      try {
        declared = ParametersReader.read(level.folder().parameters().get());
      } catch (RuleSetException e) {
        problems.addAll(prefixed(e, level.prefix()).problems());
        continue;
      }
      declared.unset().forEach((key, at) -> {
        if (effective.remove(key) == null) {
          problems.add(new RuleSetProblem(level.display(ParametersReader.FILE), at.line(), at.column(),
              "'" + key + ": unset' removes nothing: no rule set this one extends gives '" + key + "' a value"));
        }
      });
      effective.putAll(declared.values());
    }
    DistrictParameters.Builder builder = DistrictParameters.builder(levels.get(0).descriptor().district());
    effective.forEach((name, values) -> values.forEach(v -> put(builder, Parameters.key(name).orElseThrow(), v)));
    return builder.build();
  }

  @SuppressWarnings("unchecked") // the reader made each value of the key's own type
  private static <T> void put(DistrictParameters.Builder builder, ParameterKey<T> key, ParameterValue<?> value) {
    builder.set(key, value.from(), (T) value.value(), value.source());
  }

  /**
   * Returns each level's rule files as DRL (vocabularies are not rule files and give none); a file
   * that cannot be turned into DRL adds its problems and gives nothing.
   */
  private static List<List<RuleSources.Translated>> translate(List<Level> levels, List<RuleSetProblem> problems) {
    List<List<RuleSources.Translated>> all = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      Level level = levels.get(i);
      List<RuleSources.Translated> translated = new ArrayList<>();
      final int index = i;
      for (Map.Entry<String, String> file : level.folder().ruleFiles().entrySet()) {
        String display = level.display(file.getKey());
        RuleSources.Translated t = switch (RuleSources.kind(file.getKey())) {
          case DRL -> RuleSources.Translated.identity(display, file.getValue());
          case SENTENCES -> RuleSources.expand(display, file.getValue(), name -> vocabulary(levels, index, name),
              knownVocabularies(levels, index), problems);
          case CSV -> DecisionTables.fromCsv(display, file.getValue(), problems);
          case VOCABULARY -> {
            problems.addAll(RuleSources.checkVocabulary(new RuleSources.Vocabulary(
                fileName(file.getKey()), display, file.getValue())));
            yield null;
          }
          case SPREADSHEET -> null; // not text: never in ruleFiles
        };
        if (t != null) {
          translated.add(t);
        }
      }
      level.folder().spreadsheets().forEach((relative, bytes) -> {
        byte[] content;
        try {
          content = bytes.read();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        RuleSources.Translated t = DecisionTables.fromXlsx(level.display(relative), content, problems);
        if (t != null) {
          translated.add(t);
        }
      });
      all.add(translated);
    }
    return all;
  }

  /**
   * Returns the vocabulary {@code name} as the sentences of level {@code index} see it: a {@code .dsl}
   * file of that rule set's {@code rules/}, else of the sets it extends (nearest first), else a
   * bundled one.
   */
  private static Optional<RuleSources.Vocabulary> vocabulary(List<Level> levels, int index, String name) {
    for (int i = index; i < levels.size(); i++) {
      Level level = levels.get(i);
      for (Map.Entry<String, String> file : level.folder().ruleFiles().entrySet()) {
        if (RuleSources.kind(file.getKey()) == RuleSources.Kind.VOCABULARY
            && (fileName(file.getKey()).equals(name) || file.getKey().equals(name))) {
          return Optional.of(new RuleSources.Vocabulary(name, level.display(file.getKey()), file.getValue()));
        }
      }
    }
    return RuleSources.bundled(name);
  }

  private static String knownVocabularies(List<Level> levels, int index) {
    List<String> names = new ArrayList<>();
    for (int i = index; i < levels.size(); i++) {
      levels.get(i).folder().ruleFiles().keySet().stream()
          .filter(f -> RuleSources.kind(f) == RuleSources.Kind.VOCABULARY)
          .map(RuleSetCompiler::fileName)
          .forEach(names::add);
    }
    names.addAll(RuleSources.BUNDLED);
    return String.join(", ", names);
  }

  private static String fileName(String relative) {
    return relative.substring(relative.lastIndexOf('/') + 1);
  }

  private void checkFiles(List<Level> levels, List<List<RuleSources.Translated>> sources,
      List<RuleSetProblem> problems, Map<String, RuleSite> sites) {
    for (int i = 0; i < levels.size(); i++) {
      Level level = levels.get(i);
      String expected = level.descriptor().drlPackage();
      if (level.folder().ruleFiles().isEmpty() && level.folder().spreadsheets().isEmpty() && i == 0
          && levels.size() == 1) {
        problems.add(RuleSetProblem.inFile(level.display(RuleSetFolder.RULES),
            "holds no rule files (*.drl, *.dslr, *.drl.xlsx, *.drl.csv); a rule set needs at least one rule"));
      }
      for (RuleSources.Translated source : sources.get(i)) {
        String display = source.file();
        String text = source.drl();
        List<RuleSetProblem> found = new ArrayList<>();
        checkFile(expected, display, text, i, found, sites, source);
        problems.addAll(source.back(found));
      }
    }
  }

  private void checkFile(String expected, String display, String text, int i, List<RuleSetProblem> problems,
      Map<String, RuleSite> sites, RuleSources.Translated source) {
    for (RuleFileCheck check : checks) {
      problems.addAll(check.check(display, text));
    }
    // what is written in comments is not checked; positions in 'code' are those in 'text'
    String code = withoutComments(text);
    Matcher pkg = PACKAGE.matcher(code);
    if (!pkg.find()) {
      problems.add(new RuleSetProblem(display, 1, 1, "the file must start with 'package " + expected
          + ";' (the rule set's id, with '_' for '-')"));
    } else if (!pkg.group(1).equals(expected)) {
      problems.add(new RuleSetProblem(display, lineAt(text, pkg.start(1)), columnAt(text, pkg.start(1)),
          "the package is '" + pkg.group(1) + "' but must be '" + expected + "', the rule set's id with '_' for '-'"));
    }
    Matcher use = PARAM_USE.matcher(code);
    while (use.find()) {
      if (Parameters.key(use.group(1)).isEmpty()) {
        problems.add(new RuleSetProblem(display, lineAt(text, use.start(1)), columnAt(text, use.start(1)),
            "there is no parameter called '" + use.group(1) + "'" + ParametersReader.suggestion(use.group(1))
                + "; the parameters are: "
                + String.join(", ", Parameters.keys().keySet())));
      }
    }
    undeclaredGlobals(display, code, problems);
    Matcher rule = RULE.matcher(code);
    while (rule.find()) {
      int group = rule.group(1) != null ? 1 : rule.group(2) != null ? 2 : 3;
      String name = rule.group(group);
      int line = lineAt(text, rule.start(group));
      int column = columnAt(text, rule.start(group));
      RuleSite earlier = sites.get(expected + "." + name);
      if (earlier != null) {
        // at the DRL's place, shown at the file's own with the others
        problems.add(new RuleSetProblem(display, line, column, "a rule called \"" + name + "\" already exists ("
            + earlier.file() + ":" + earlier.line() + "); every rule needs its own name"));
      } else {
        RuleSetProblem here = source.back().apply(new RuleSetProblem(display, line, column, ""));
        sites.put(expected + "." + name, new RuleSite(i, expected, name, display, here.line(), here.column(),
            here.message()));
      }
    }
  }

  /**
   * Reports each of the globals {@code params} and {@code findings} that {@code code} uses but does not
   * declare (Drools would say only that the name "cannot be resolved").
   */
  private static void undeclaredGlobals(String file, String code, List<RuleSetProblem> problems) {
    Set<String> declared = new HashSet<>();
    Matcher global = GLOBAL.matcher(code);
    while (global.find()) {
      declared.add(global.group(1));
    }
    for (Map.Entry<String, String> g : GLOBALS.entrySet()) {
      Matcher use = Pattern.compile("(?<![\\w.$])" + g.getKey() + "\\s*\\.").matcher(code);
      if (!declared.contains(g.getKey()) && use.find()) {
        problems.add(new RuleSetProblem(file, lineAt(code, use.start()), columnAt(code, use.start()), "this file uses '"
            + g.getKey() + "' but does not declare it; add 'global " + g.getValue() + " " + g.getKey()
            + ";' under the package line"));
      }
    }
  }

  /** Returns {@code text} with its comments blanked out, every other character where it was. */
  private static String withoutComments(String text) {
    StringBuilder out = new StringBuilder(text);
    Matcher comment = COMMENT.matcher(text);
    while (comment.find()) {
      for (int i = comment.start(); i < comment.end(); i++) {
        if (out.charAt(i) != '\n') {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out.toString();
  }

  private static void checkOverrides(
      List<Level> levels, List<RuleSetProblem> problems, Map<String, RuleSite> sites, Set<String> removed) {
    for (int index = 0; index < levels.size(); index++) {
      final int i = index;
      Level level = levels.get(i);
      String descriptorFile = level.display(DescriptorReader.FILE);
      String descriptorText = level.folder().descriptor();
      Map<String, List<RuleSite>> inBases = new HashMap<>();
      for (RuleSite s : sites.values()) {
        if (s.level() > i) {
          inBases.computeIfAbsent(s.name(), n -> new ArrayList<>()).add(s);
        }
      }
      Set<String> own = new HashSet<>();
      sites.values().stream().filter(s -> s.level() == i).forEach(s -> own.add(s.name()));
      for (String name : level.descriptor().disabledRules()) {
        List<RuleSite> targets = inBases.get(name);
        if (targets == null) {
          Spot at = spot(descriptorText, "disable", name);
          problems.add(new RuleSetProblem(descriptorFile, at.line(), at.column(), "'disable' names \"" + name
              + "\", but no rule set this one extends has a rule of that name"));
        } else {
          targets.forEach(t -> removed.add(t.packageName() + "." + t.name()));
        }
      }
      for (String name : level.descriptor().replacedRules()) {
        List<RuleSite> targets = inBases.get(name);
        Spot at = spot(descriptorText, "replace", name);
        if (targets == null) {
          problems.add(new RuleSetProblem(descriptorFile, at.line(), at.column(), "'replace' names \"" + name
              + "\", but no rule set this one extends has a rule of that name"));
        } else if (!own.contains(name)) {
          problems.add(new RuleSetProblem(descriptorFile, at.line(), at.column(), "'replace' names \"" + name
              + "\", but this rule set has no rule of that name to put in its place; write one, or use 'disable'"));
        } else {
          targets.forEach(t -> removed.add(t.packageName() + "." + t.name()));
        }
      }
      for (RuleSite s : sites.values()) {
        if (s.level() == i && inBases.containsKey(s.name()) && !level.descriptor().replacedRules().contains(s.name())) {
          RuleSite base = inBases.get(s.name()).get(0);
          problems.add(new RuleSetProblem(s.file(), s.line(), s.column(), "a rule called \"" + s.name()
              + "\" already exists in the rule set this one extends (" + base.file() + ":" + base.line()
              + "); to put this one in its place, list the name under 'replace' in ruleset.yaml, or rename it"));
        }
      }
    }
  }

  private KieBase build(List<Level> levels, List<List<RuleSources.Translated>> sources, List<RuleSetProblem> problems) {
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId releaseId = ks.newReleaseId("org.amodel.rulesets", levels.get(0).descriptor().id(),
        "0.0." + BUILDS.incrementAndGet());
    kfs.generateAndWritePomXML(releaseId);
    Map<String, RuleSources.Translated> sourceByPath = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      String dir = levels.get(i).descriptor().drlPackage().replace('.', '/') + "/";
      for (RuleSources.Translated source : sources.get(i)) {
        // straight in the package's folder, as Drools advises (it warns of every file elsewhere); always
        // as .drl: Drools compiles exactly the DRL that was checked, not its own expansion of the file
        String relative = source.file().substring(levels.get(i).prefix().length());
        String file = relative.replace('/', '_') + (relative.endsWith(".drl") ? "" : ".drl");
        String path = RESOURCES + dir + file;
        // Drools names a file in its messages by its path under the resources folder
        sourceByPath.put(path, source);
        sourceByPath.put(dir + file, source);
        kfs.write(path, source.drl().getBytes(StandardCharsets.UTF_8));
      }
    }
    KieBuilder builder = ks.newKieBuilder(kfs);
    try {
      builder.buildAll(mode == BuildMode.CLASSIC ? DrlProject.class : ExecutableModelProject.class);
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      for (Message m : errors) {
        if (m.getText().strip().equals(NULL_PACKAGE) && errors.stream().anyMatch(other -> other != m
            && Objects.equals(other.getPath(), m.getPath()))) {
          continue; // follows from the parser's own error in the same file, which says where
        }
        RuleSources.Translated source = m.getPath() == null ? null : sourceByPath.get(m.getPath());
        String file = m.getPath() == null ? DescriptorReader.FILE : source == null ? m.getPath() : source.file();
        int line = Math.max(0, m.getLine());
        int column = Math.max(0, m.getColumn());
        // Message.getColumn() is always 0; the text often says "[Line: 23, Column: 2]"
        Matcher at = LINE_COLUMN.matcher(m.getText());
        if (at.find()) {
          line = line == 0 ? Integer.parseInt(at.group(1)) : line;
          column = column == 0 ? Integer.parseInt(at.group(2)) : column;
        }
        if (line == 0 && source != null) {
          line = lineOfCause(source.drl(), m.getText());
        }
        RuleSetProblem problem = new RuleSetProblem(file, line, column, "Drools cannot compile this: " + m.getText().strip());
        problems.add(source == null ? problem : source.back().apply(problem));
      }
      if (!problems.isEmpty()) {
        return null;
      }
      KieContainer container = ks.newKieContainer(releaseId);
      return container.getKieBase();
    } finally {
      ks.getRepository().removeKieModule(releaseId);
    }
  }

  /**
   * Returns the line of {@code drl} that a Drools message without a line is about: the line showing
   * the expression it cannot analyse, else the line of the rule it names; 0 if neither is found.
   */
  private static int lineOfCause(String drl, String message) {
    String[] lines = drl.split("\n", -1);
    Matcher expression = ANALYSE.matcher(message);
    if (expression.find()) {
      String needle = expression.group(1).strip();
      for (int i = 0; i < lines.length; i++) {
        if (!needle.isEmpty() && lines[i].contains(needle)) {
          return i + 1;
        }
      }
    }
    Matcher rule = RULE_NAMED.matcher(message);
    if (rule.find()) {
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].strip().startsWith("rule \"" + rule.group(1) + "\"")) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  private static void checkRules(
      KieBase kieBase, Map<String, RuleSite> sites, List<Level> levels, List<RuleSetProblem> problems) {
    Set<String> globals = new HashSet<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      p.getGlobalVariables().stream().map(Global::getName).forEach(globals::add);
      for (Rule rule : p.getRules()) {
        try {
          FindingCollector.RuleMetadata.of(rule);
        } catch (IllegalArgumentException e) {
          RuleSite site = sites.get(p.getName() + "." + rule.getName());
          problems.add(site == null ? RuleSetProblem.inFile(p.getName(), e.getMessage())
              : new RuleSetProblem(site.file(), site.line(), site.column(), site.where() + e.getMessage()));
        }
      }
    }
    for (String global : List.of("params", "findings")) {
      if (!globals.contains(global)) {
        problems.add(RuleSetProblem.inFile(levels.get(0).display(RuleSetFolder.RULES), "no rule file declares the"
            + " global '" + global + "'; add 'global " + (global.equals("params") ? "org.amodel.rules.drl.RuleParameters"
            : "org.amodel.rules.drl.FindingCollector") + " " + global + ";' under the package line"));
      }
    }
  }

  /**
   * Returns where ruleset.yaml ({@code descriptorText}, already read without problems) writes the value
   * of {@code key}, or, with {@code item}, the item of that list that says {@code item}; the key's
   * own place if the item is not found.
   */
  private static Spot spot(String descriptorText, String key, String item) {
    if (!(YamlNode.read(DescriptorReader.FILE, descriptorText) instanceof YamlNode.Mapping m)
        || !m.fields().containsKey(key)) {
      return new Spot(0, 0);
    }
    YamlNode.Field field = m.fields().get(key);
    YamlNode value = field.value();
    if (item == null) {
      return new Spot(value.line(), value.column());
    }
    List<YamlNode> items = value instanceof YamlNode.Sequence seq ? seq.items() : List.of(value);
    return items.stream()
        .filter(n -> n instanceof YamlNode.Scalar s && s.text().equals(item))
        .findFirst()
        .map(n -> new Spot(n.line(), n.column()))
        .orElse(new Spot(field.line(), field.column()));
  }

  private static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int columnAt(String text, int offset) {
    int start = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - start + 1;
  }
}
