package org.amodel.rules.ruleset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.model.Community;
import org.amodel.core.model.Post;
import org.amodel.rules.engine.Evaluation;
import org.amodel.rules.input.CommunityFiles;
import org.amodel.rules.input.FileFormat;
import org.amodel.rules.input.InputException;
import org.amodel.rules.input.InputProblem;

/**
 * Reads a rule set's scenario tests and runs them. A scenario file ({@code scenarios/*.yaml} in the
 * rule set's folder) lists scenarios; each names a community — a community file beside it, or one
 * written inline — the date to check it as of, and the findings expected:
 *
 * <pre>
 * scenarios:
 *   - name: "服务站 5 人,多于 4 人 / a station of five is one too many"
 *     community: communities/station-of-five.yaml     # relative to this file; or the community inline
 *     asOf: 2005-12-01
 *     rules: [STATION_SIZE]                            # optional: compare only these rules' findings
 *     expect:
 *       - { rule: STATION_SIZE, kind: SERVICE_STATION, id: station }
 *   - name: "the community itself"
 *     community: communities/base.yaml
 *     asOf: 2005-12-01
 *     expect:
 *       - { rule: COMMUNITY_HOUSEHOLDS }              # kind COMMUNITY, the scenario's community
 * </pre>
 *
 * An expected finding names its {@code rule}, the {@code kind} of its subject (COMMUNITY if left out),
 * the subject's {@code id} (the community's own id for COMMUNITY), the {@code post} for a person in a
 * post, and the {@code community} if not the scenario's. {@code expect: []} expects no finding. Every
 * mistake is reported with file, line and column, those inside a community file or inline community
 * too; nothing is run until all scenarios read.
 */
public final class Scenarios {
  /** The folder of a rule set that holds its scenario files. */
  public static final String FOLDER = "scenarios";

  private static final Set<String> SCENARIO_KEYS = Set.of("name", "community", "asOf", "rules", "expect");
  private static final Set<String> EXPECTED_KEYS = Set.of("rule", "kind", "id", "post", "community");

  private Scenarios() {}

  /**
   * Returns the scenario files of the rule set in {@code ruleSetFolder}: {@code scenarios/*.yaml} and
   * {@code *.yml}, sorted by name (community files below it are not scenario files).
   */
  public static ImmutableList<Path> files(Path ruleSetFolder) {
    Path folder = ruleSetFolder.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return ImmutableList.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + folder, e);
    }
  }

  /** Returns the ids the rules of {@code ruleSet} report under (their {@code @id}). */
  public static ImmutableSortedSet<RuleId> ruleIds(RuleSet ruleSet) {
    return ruleSet.kieBase().getKiePackages().stream()
        .flatMap(p -> p.getRules().stream())
        .map(r -> r.getMetaData().get("id"))
        .filter(Objects::nonNull)
        .map(id -> RuleId.of(id.toString().replace("\"", "").strip()))
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * Returns the scenarios in {@code file}, whose expected rules must be among {@code knownRules} (the
   * rule ids of the rule set under test).
   *
   * @throws RuleSetException with every problem, located in the scenario file or the community files
   */
  public static ImmutableList<Scenario> read(Path file, Collection<RuleId> knownRules) {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleSetException(RuleSetProblem.inFile(name, "could not be read: " + e.getMessage()));
    }
    Path parent = file.getParent();
    return read(name, text, parent == null ? Path.of("") : parent, knownRules);
  }

  /**
   * Returns the scenarios written in {@code text}; {@code fileName} names it in messages and
   * community files are found relative to {@code folder}.
   *
   * @throws RuleSetException with every problem, located
   */
  public static ImmutableList<Scenario> read(String fileName, String text, Path folder, Collection<RuleId> knownRules) {
    YamlReading in = new YamlReading(fileName);
    List<RuleSetProblem> problems = new ArrayList<>();
    YamlNode root = YamlNode.read(fileName, text);
    List<Scenario> scenarios = new ArrayList<>();
    if (root instanceof YamlNode.Empty) {
      throw new RuleSetException(new RuleSetProblem(fileName, 1, 1, "the file is empty; a scenario file starts"
          + " with 'scenarios:' and lists scenarios under it, each starting with '- name:'"));
    }
    Optional<YamlNode.Mapping> top = in.mapping(root, "a scenario file");
    top.ifPresent(m -> {
      in.onlyKeys(m, Set.of("scenarios"), "a scenario file");
      YamlNode.Field list = m.fields().get("scenarios");
      if (list == null || !(list.value() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
        in.problem(list == null ? m : list.value(), "a scenario file needs 'scenarios:', a list of scenarios, each"
            + " starting with '- name:'");
        return;
      }
      String[] lines = text.replace("\r\n", "\n").split("\n", -1);
      for (YamlNode item : seq.items()) {
        scenario(in, problems, fileName, lines, folder, item, new TreeSet<>(knownRules)).ifPresent(scenarios::add);
      }
    });
    problems.addAll(in.problems());
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems.stream().sorted().toList());
    }
    return ImmutableList.copyOf(scenarios);
  }

  private static Optional<Scenario> scenario(YamlReading in, List<RuleSetProblem> problems, String fileName,
      String[] lines, Path folder, YamlNode item, Set<RuleId> knownRules) {
    Optional<YamlNode.Mapping> m = in.mapping(item, "each scenario");
    if (m.isEmpty()) {
      return Optional.empty();
    }
    in.onlyKeys(m.get(), SCENARIO_KEYS, "a scenario");
    Optional<String> name = in.text(m.get(), "name", "a scenario");
    YamlNode.Field asOfField = m.get().fields().get("asOf");
    Optional<LocalDate> asOf = asOfField == null ? Optional.empty() : in.date(asOfField.value(), "'asOf'");
    if (asOfField == null) {
      in.problem(m.get(), "a scenario needs 'asOf': the date the community is checked as of, like 2005-12-01");
    }
    Optional<Community> community = community(in, problems, fileName, lines, folder, m.get());
    Optional<ImmutableSortedSet<RuleId>> rules = Optional.empty();
    YamlNode.Field rulesField = m.get().fields().get("rules");
    if (rulesField != null) {
      rules = Optional.of(in.texts(rulesField).stream()
          .map(r -> ruleId(in, rulesField.value(), r, knownRules))
          .flatMap(Optional::stream)
          .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder())));
    }
    YamlNode.Field expectField = m.get().fields().get("expect");
    List<Scenario.Expected> expected = new ArrayList<>();
    if (expectField == null) {
      in.problem(m.get(), "a scenario needs 'expect': the findings expected, or 'expect: []' for none");
    } else if (expectField.value() instanceof YamlNode.Sequence seq) {
      for (YamlNode e : seq.items()) {
        expected(in, e, community.map(Community::id), knownRules, rules).ifPresent(expected::add);
      }
    } else {
      in.problem(expectField.value(), "'expect' must be a list of findings, each like { rule: STATION_SIZE, kind:"
          + " SERVICE_STATION, id: station }, or [] for none");
    }
    if (name.isEmpty() || asOf.isEmpty() || community.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Scenario(fileName, item.line(), name.get(), community.get(), asOf.get(), rules,
        ImmutableList.copyOf(expected)));
  }

  private static Optional<Community> community(YamlReading in, List<RuleSetProblem> problems, String fileName,
      String[] lines, Path folder, YamlNode.Mapping scenario) {
    YamlNode.Field f = scenario.fields().get("community");
    if (f == null) {
      in.problem(scenario, "a scenario needs 'community': a community file (like communities/base.yaml) or the"
          + " community written below it");
      return Optional.empty();
    }
    try {
      if (f.value() instanceof YamlNode.Scalar s && !s.text().isBlank()) {
        Path file = folder.resolve(s.text());
        if (!Files.isRegularFile(file)) {
          in.problem(f.value(), "there is no community file " + s.text() + " (looked for " + file.normalize() + ")");
          return Optional.empty();
        }
        return Optional.of(CommunityFiles.read(file));
      }
      if (f.value() instanceof YamlNode.Mapping inline) {
        return Optional.of(inline(in, fileName, lines, f, inline));
      }
    } catch (InputException e) {
      e.problems().forEach(p -> problems.add(problem(p)));
      return Optional.empty();
    }
    in.problem(f.value(), "'community' must name a community file, or hold the community on the lines below it");
    return Optional.empty();
  }

  /**
   * Reads a community written inline under {@code community:}: the lines of its block, unindented,
   * read as a community file, with every problem moved back to its place in the scenario file.
   */
  private static Community inline(YamlReading in, String fileName, String[] lines, YamlNode.Field key,
      YamlNode.Mapping inline) {
    int first = inline.line();
    int indent = inline.column() - 1;
    if (first <= key.line() || first > lines.length) {
      throw new InputException(List.of(new InputProblem(fileName, inline.line(), inline.column(), "community",
          "write an inline community on the lines below 'community:', indented, one field a line (or put it in a"
              + " file and name the file)")));
    }
    int last = first;
    for (int i = first + 1; i <= lines.length; i++) {
      String line = lines[i - 1];
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      if (line.length() - line.stripLeading().length() < indent) {
        break;
      }
      last = i;
    }
    String block = Arrays.stream(lines, first - 1, last)
        .map(l -> l.length() >= indent && l.substring(0, indent).isBlank() ? l.substring(indent) : l.stripLeading())
        .collect(Collectors.joining("\n", "", "\n"));
    try {
      return CommunityFiles.read(fileName, block, FileFormat.YAML);
    } catch (InputException e) {
      throw new InputException(e.problems().stream()
          .map(p -> p.line() == 0 ? p : new InputProblem(p.file(), p.line() + first - 1,
              p.column() == 0 ? 0 : p.column() + indent, p.path(), p.message()))
          .toList());
    }
  }

  private static RuleSetProblem problem(InputProblem p) {
    return new RuleSetProblem(p.file(), p.line(), p.column(), p.message());
  }

  private static Optional<Scenario.Expected> expected(YamlReading in, YamlNode node, Optional<String> communityId,
      Set<RuleId> knownRules, Optional<ImmutableSortedSet<RuleId>> compared) {
    Optional<YamlNode.Mapping> m = in.mapping(node, "each expected finding");
    if (m.isEmpty()) {
      return Optional.empty();
    }
    in.onlyKeys(m.get(), EXPECTED_KEYS, "an expected finding");
    Optional<RuleId> rule = in.text(m.get(), "rule", "an expected finding")
        .flatMap(r -> ruleId(in, m.get().fields().get("rule").value(), r, knownRules));
    rule.filter(r -> compared.isPresent() && !compared.get().contains(r)).ifPresent(r ->
        in.problem(m.get(), "this scenario compares only the findings of " + compared.get().stream()
            .map(RuleId::value).collect(Collectors.joining(", ")) + " ('rules:'), so a finding of " + r.value()
            + " can never be matched; add it to 'rules'"));
    SubjectKind kind = SubjectKind.COMMUNITY;
    YamlNode.Field kindField = m.get().fields().get("kind");
    if (kindField != null) {
      Optional<SubjectKind> k = in.textValue(kindField.value(), "'kind'").flatMap(t -> named(in, kindField.value(),
          "kind", t, SubjectKind.values(), SubjectKind::nameZh));
      if (k.isEmpty()) {
        return Optional.empty();
      }
      kind = k.get();
    }
    YamlNode.Field communityField = m.get().fields().get("community");
    Optional<String> community = communityField == null ? communityId
        : in.textValue(communityField.value(), "'community'");
    YamlNode.Field idField = m.get().fields().get("id");
    Optional<String> id;
    if (idField != null) {
      id = in.textValue(idField.value(), "'id'");
    } else if (kind == SubjectKind.COMMUNITY) {
      id = community;
    } else {
      in.problem(m.get(), "an expected finding about a " + kind.nameEn() + " needs 'id': which one");
      id = Optional.empty();
    }
    Optional<Post> post = Optional.empty();
    YamlNode.Field postField = m.get().fields().get("post");
    if (postField != null) {
      post = in.textValue(postField.value(), "'post'").flatMap(t -> named(in, postField.value(), "post", t,
          Post.values(), Post::nameZh));
      if (post.isEmpty()) {
        return Optional.empty();
      }
    }
    if (rule.isEmpty() || community.isEmpty() || id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Scenario.Expected(rule.get(), new Subject(community.get(), kind, id.get(), post)));
  }

  private static Optional<RuleId> ruleId(YamlReading in, YamlNode at, String text, Set<RuleId> knownRules) {
    RuleId id;
    try {
      id = RuleId.of(text);
    } catch (IllegalArgumentException e) {
      in.problem(at, "'" + text + "' is not a rule id: " + e.getMessage());
      return Optional.empty();
    }
    if (!knownRules.isEmpty() && !knownRules.contains(id)) {
      String near = knownRules.stream().map(RuleId::value)
          .filter(k -> ParametersReader.distance(k, text) <= 3)
          .min(Comparator.comparingInt(k -> ParametersReader.distance(k, text)))
          .map(k -> " (did you mean " + k + "?)").orElse("");
      in.problem(at, "no rule of this rule set reports " + text + near + "; its rules report "
          + knownRules.stream().map(RuleId::value).collect(Collectors.joining(", ")));
      return Optional.empty();
    }
    return Optional.of(id);
  }

  private static <E extends Enum<E>> Optional<E> named(YamlReading in, YamlNode at, String what, String text,
      E[] values, java.util.function.Function<E, String> nameZh) {
    for (E e : values) {
      if (e.name().equalsIgnoreCase(text) || nameZh.apply(e).equals(text)) {
        return Optional.of(e);
      }
    }
    in.problem(at, "'" + text + "' is not a " + what + "; a " + what + " is one of " + Arrays.stream(values)
        .map(e -> e.name() + " (" + nameZh.apply(e) + ")").collect(Collectors.joining(", ")));
    return Optional.empty();
  }

  /** Runs {@code scenario} against {@code ruleSet} and compares the findings by rule id and subject. */
  public static ScenarioResult run(RuleSet ruleSet, Scenario scenario) {
    requireNonNull(ruleSet, "ruleSet");
    requireNonNull(scenario, "scenario");
    Evaluation e = ruleSet.evaluate(scenario.community(), scenario.asOf());
    List<Finding> compared = e.findings().stream().filter(f -> scenario.compares(f.ruleId())).toList();
    Set<Scenario.Expected> expected = new HashSet<>(scenario.expected());
    List<Finding> matched = new ArrayList<>();
    List<Finding> unexpected = new ArrayList<>();
    Set<Scenario.Expected> found = new HashSet<>();
    for (Finding f : compared) {
      Scenario.Expected key = new Scenario.Expected(f.ruleId(), f.subject());
      if (expected.contains(key)) {
        matched.add(f);
        found.add(key);
      } else {
        unexpected.add(f);
      }
    }
    List<Scenario.Expected> missing = scenario.expected().stream().filter(x -> !found.contains(x))
        .distinct().sorted().toList();
    return new ScenarioResult(scenario, ruleSet.id(), ruleSet.version(), ImmutableList.copyOf(missing),
        ImmutableList.copyOf(unexpected), ImmutableList.copyOf(matched));
  }

}
