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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.amodel.core.election.Election;
import org.amodel.core.model.Community;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.Person;
import org.amodel.core.model.Post;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.StationPost;
import org.amodel.core.model.Term;
import org.amodel.core.finding.Severity;
import org.amodel.core.recruitment.ApplicantOutcome;
import org.amodel.core.recruitment.Openings;
import org.amodel.rules.drl.StopCollector;
import org.amodel.rules.engine.RecruitmentRun;
import org.amodel.core.voters.CommunityRegistrations;
import org.amodel.core.voters.Deprivation;
import org.amodel.core.voters.PoliticalRights;
import org.amodel.core.voters.Registration;
import org.amodel.rules.input.CommunityFiles;
import org.amodel.rules.input.ElectionFiles;
import org.amodel.rules.input.FileFormat;
import org.amodel.rules.input.InputException;
import org.amodel.rules.input.InputProblem;
import org.amodel.rules.text.EditDistance;

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
 * Instead of {@code community:}, a scenario may check an election ({@code election:}, an election file
 * or one written inline, judged by {@link RuleSet#evaluate(org.amodel.core.election.Election,
 * LocalDate)}; findings are about its community) or voter registrations ({@code registrations:}, a list
 * of {@code { community, registered: [ { person, on } ], deprived: [ { person, from, until?, basis? } ] }},
 * judged together by {@link RuleSet#evaluateRegistrations}; findings are about a PERSON in the
 * community registered in, the first entry's unless the expectation names another) or a recruitment
 * ({@code recruitment: { community, id, appointedOn, posts, committeeTerm? }}, run by {@link
 * RuleSet#runRecruitment} with the community's people; it takes no {@code asOf}, the parameters being
 * read on the recruitment's reference date). A recruitment's findings are its stops: for each applicant
 * who stopped, one {@code { rule, kind: PERSON, id }} per rule id among the reports that decided the
 * stop (those at the stage and place where the applicant stopped; see {@link StopCollector}), none for
 * what the rules reported after it. A recruitment scenario may also expect {@code appointed:}, the
 * person ids appointed in rank order. A scenario checks exactly one of the four.
 *
 * <p>An expected finding names its {@code rule}, the {@code kind} of its subject (COMMUNITY if left out),
 * the subject's {@code id} (the community's own id for COMMUNITY), the {@code post} for a person in a
 * post, and the {@code community} if not the scenario's. {@code expect: []} expects no finding. Every
 * mistake is reported with file, line and column, those inside a community or election file, or one
 * written inline, too; nothing is run until all scenarios read.
 */
public final class Scenarios {
  /** The folder of a rule set that holds its scenario files. */
  public static final String FOLDER = "scenarios";

  private static final Set<String> SCENARIO_KEYS =
      Set.of("name", "community", "election", "registrations", "recruitment", "asOf", "rules", "expect", "appointed");
  private static final List<String> INPUT_KEYS = List.of("community", "election", "registrations", "recruitment");
  private static final Set<String> RECRUITMENT_KEYS =
      Set.of("community", "id", "appointedOn", "posts", "committeeTerm");
  private static final String RECRUITMENT_EXAMPLE = "recruitment: { community: communities/base.yaml, id:"
      + " recruit-2005, appointedOn: 2005-09-01, posts: [HEAD, DEPUTY_HEAD, STAFF] }";
  private static final Set<String> REGISTRATION_KEYS = Set.of("community", "registered", "deprived");
  private static final String DEFAULT_BASIS = "剥夺政治权利(情景测试)/ deprived of political rights (scenario)";
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
    m.get().fields().values().stream().filter(f -> !SCENARIO_KEYS.contains(f.key())).forEach(f -> in.problem(f,
        "'" + f.key() + "' is not something a scenario can say; it can say asOf, community, expect, name, rules"
            + " (and, instead of community, election, registrations or recruitment; with recruitment, appointed)"));
    Optional<String> name = in.text(m.get(), "name", "a scenario");
    boolean recruitment = m.get().fields().containsKey("recruitment");
    YamlNode.Field asOfField = m.get().fields().get("asOf");
    Optional<LocalDate> asOf = asOfField == null || recruitment ? Optional.empty()
        : in.date(asOfField.value(), "'asOf'");
    if (asOfField == null && !recruitment) {
      in.problem(m.get(), "a scenario needs 'asOf': the date it is checked as of, like 2005-12-01");
    } else if (asOfField != null && recruitment) {
      in.problem(asOfField, "a recruitment scenario takes no 'asOf': the rules read the parameters in force on the"
          + " recruitment's reference date; leave 'asOf' out");
    }
    Optional<Scenario.Input> input = input(in, problems, fileName, lines, folder, m.get(), asOf);
    if (recruitment) {
      asOf = input.filter(Scenario.Input.OfRecruitment.class::isInstance)
          .map(i -> ((Scenario.Input.OfRecruitment) i).recruitment().referenceDate());
    }
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
        expected(in, e, input.map(Scenario.Input::communityId), knownRules, rules, recruitment ? Optional.of(
            input.map(i -> ((Scenario.Input.OfRecruitment) i).recruitment())) : Optional.empty())
            .ifPresent(expected::add);
      }
    } else {
      in.problem(expectField.value(), "'expect' must be a list of findings, each like { rule: STATION_SIZE, kind:"
          + " SERVICE_STATION, id: station }, or [] for none");
    }
    YamlNode.Field appointedField = m.get().fields().get("appointed");
    Optional<ImmutableList<String>> appointed = Optional.empty();
    if (appointedField != null && !recruitment) {
      in.problem(appointedField, "only a recruitment scenario can say 'appointed'; this one checks "
          + input.map(Scenario.Input::describe).orElse("something else"));
    } else if (appointedField != null) {
      appointed = appointed(in, appointedField, input.map(i -> ((Scenario.Input.OfRecruitment) i).recruitment()));
    }
    if (name.isEmpty() || asOf.isEmpty() || input.isEmpty() || (appointedField != null && appointed.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new Scenario(fileName, item.line(), name.get(), input.get(), asOf.get(), rules,
        ImmutableList.copyOf(expected), appointed));
  }

  /** Returns the person ids {@code appointed:} lists, each an applicant of {@code recruitment}, at most once. */
  private static Optional<ImmutableList<String>> appointed(YamlReading in, YamlNode.Field f,
      Optional<Recruitment> recruitment) {
    if (!(f.value() instanceof YamlNode.Sequence seq)) {
      in.problem(f.value(), "'appointed' must list the person ids appointed in rank order, like [head, staff-1],"
          + " or [] for no one");
      return Optional.empty();
    }
    int mark = in.problems().size();
    List<String> ids = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      in.textValue(item, "each person appointed").ifPresent(id -> {
        if (ids.contains(id)) {
          in.problem(item, id + " is listed twice in 'appointed'");
        } else {
          recruitment.filter(r -> !applicants(r).contains(id)).ifPresent(r -> in.problem(item,
              notAnApplicant(id, r)));
        }
        ids.add(id);
      });
    }
    return in.problems().size() > mark ? Optional.empty() : Optional.of(ImmutableList.copyOf(ids));
  }

  private static List<String> applicants(Recruitment r) {
    return r.applicants().stream().map(a -> a.personId()).toList();
  }

  private static String notAnApplicant(String id, Recruitment r) {
    return id + " did not apply in recruitment " + r.id() + "; its applicants are "
        + String.join(", ", applicants(r));
  }

  /** Returns what the scenario checks: exactly one of its community, election or registrations. */
  private static Optional<Scenario.Input> input(YamlReading in, List<RuleSetProblem> problems, String fileName,
      String[] lines, Path folder, YamlNode.Mapping scenario, Optional<LocalDate> asOf) {
    List<YamlNode.Field> given = INPUT_KEYS.stream().map(k -> scenario.fields().get(k)).filter(Objects::nonNull)
        .sorted(Comparator.comparingInt(YamlNode.Field::line).thenComparingInt(YamlNode.Field::column)).toList();
    if (given.isEmpty()) {
      in.problem(scenario, "a scenario needs 'community': a community file (like communities/base.yaml) or the"
          + " community written below it; or, to check an election, 'election': an election file or the election"
          + " written below it; or, to check voter registrations, 'registrations': a list of communities, each with"
          + " who registered there; or, to run a recruitment, 'recruitment': " + RECRUITMENT_EXAMPLE.substring(
              "recruitment: ".length()));
      return Optional.empty();
    }
    if (given.size() > 1) {
      for (YamlNode.Field extra : given.subList(1, given.size())) {
        in.problem(extra, "a scenario checks one thing: it gives '" + given.get(0).key() + "' (line "
            + given.get(0).line() + "), so it cannot also give '" + extra.key() + "'; write another scenario");
      }
      return Optional.empty();
    }
    YamlNode.Field f = given.get(0);
    return switch (f.key()) {
      case "community" -> read(in, problems, fileName, lines, folder, f, "community", CommunityFiles::read,
          CommunityFiles::read).map(Scenario.Input.OfCommunity::new);
      case "election" -> read(in, problems, fileName, lines, folder, f, "election", ElectionFiles::read,
          ElectionFiles::read).filter(e -> electionNotAfter(in, e, scenario, asOf))
          .map(Scenario.Input.OfElection::new);
      case "registrations" -> registrations(in, problems, fileName, lines, folder, f, asOf)
          .map(Scenario.Input.OfRegistrations::new);
      case "recruitment" -> recruitment(in, problems, fileName, lines, folder, f);
      default -> throw new AssertionError(f.key());
    };
  }

  /** Reports an as-of date before the election's day, on which the election cannot be judged. */
  private static boolean electionNotAfter(YamlReading in, Election e, YamlNode.Mapping scenario,
      Optional<LocalDate> asOf) {
    if (asOf.isPresent() && asOf.get().isBefore(e.date())) {
      in.problem(scenario.fields().get("asOf").value(), "'asOf' " + asOf.get() + " is before election " + e.id()
          + " on " + e.date() + "; an election is checked as of its day or later");
      return false;
    }
    return true;
  }

  /** Reads a file, or one of its kind written inline. */
  private interface FileReader<T> {
    T read(Path file);
  }

  private interface TextReader<T> {
    T read(String fileName, String text, FileFormat format);
  }

  /**
   * Returns the {@code noun} that {@code f} names (a file relative to {@code folder}) or holds inline,
   * reporting every problem at its place.
   */
  private static <T> Optional<T> read(YamlReading in, List<RuleSetProblem> problems, String fileName,
      String[] lines, Path folder, YamlNode.Field f, String noun, FileReader<T> files, TextReader<T> texts) {
    try {
      if (f.value() instanceof YamlNode.Scalar s && !s.text().isBlank()) {
        Path file = folder.resolve(s.text());
        if (!Files.isRegularFile(file)) {
          in.problem(f.value(), "there is no " + noun + " file " + s.text() + " (looked for " + file.normalize() + ")");
          return Optional.empty();
        }
        return Optional.of(files.read(file));
      }
      if (f.value() instanceof YamlNode.Mapping inline) {
        return Optional.of(inline(fileName, lines, f, inline, noun, texts));
      }
    } catch (InputException e) {
      e.problems().forEach(p -> problems.add(problem(p)));
      return Optional.empty();
    }
    in.problem(f.value(), "'" + f.key() + "' must name " + article(noun) + " file, or hold the " + noun
        + " on the lines below it");
    return Optional.empty();
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " + noun : "a " + noun;
  }

  /**
   * Reads the {@code noun} written inline under {@code key}: the lines of its block, unindented, read
   * as a file of its kind, with every problem moved back to its place in the scenario file.
   */
  private static <T> T inline(String fileName, String[] lines, YamlNode.Field key, YamlNode.Mapping inline,
      String noun, TextReader<T> texts) {
    int first = inline.line();
    int indent = inline.column() - 1;
    if (first <= key.line() || first > lines.length) {
      throw new InputException(List.of(new InputProblem(fileName, inline.line(), inline.column(), key.key(),
          "write an inline " + noun + " on the lines below '" + key.key() + ":', indented, one field a line (or put"
              + " it in a file and name the file)")));
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
      return texts.read(fileName, block, FileFormat.YAML);
    } catch (InputException e) {
      throw new InputException(e.problems().stream()
          .map(p -> p.line() == 0 ? p : new InputProblem(p.file(), p.line() + first - 1,
              p.column() == 0 ? 0 : p.column() + indent, p.path(), p.message()))
          .toList());
    }
  }

  /**
   * Returns the communities' registrations that {@code f} lists, each {@code { community, registered,
   * deprived }}, reporting every mistake at its place.
   */
  private static Optional<ImmutableList<CommunityRegistrations>> registrations(YamlReading in,
      List<RuleSetProblem> problems, String fileName, String[] lines, Path folder, YamlNode.Field f,
      Optional<LocalDate> asOf) {
    if (!(f.value() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
      in.problem(f.value(), "'registrations' must list communities' registrations, each starting with"
          + " '- community:' and giving 'registered:', like"
          + " registered: [ { person: p1, on: 2005-08-01 } ]");
      return Optional.empty();
    }
    int mark = in.problems().size() + problems.size();
    List<CommunityRegistrations> out = new ArrayList<>();
    Map<String, YamlNode> seen = new HashMap<>();
    for (YamlNode item : seq.items()) {
      Optional<YamlNode.Mapping> m = in.mapping(item, "each entry of 'registrations'");
      if (m.isEmpty()) {
        continue;
      }
      in.onlyKeys(m.get(), REGISTRATION_KEYS, "an entry of 'registrations'");
      YamlNode.Field communityField = m.get().fields().get("community");
      Optional<Community> community = Optional.empty();
      if (communityField == null) {
        in.problem(m.get(), "an entry of 'registrations' needs 'community': a community file (like"
            + " communities/base.yaml) or the community written below it");
      } else {
        community = read(in, problems, fileName, lines, folder, communityField, "community", CommunityFiles::read,
            CommunityFiles::read);
      }
      String communityId = community.map(Community::id).orElse(null);
      community.ifPresent(c -> {
        YamlNode before = seen.putIfAbsent(c.id(), communityField.value());
        if (before != null) {
          in.problem(communityField.value(), "community " + c.id() + " already has an entry of 'registrations' (line "
              + before.line() + "); give all its registrations there");
        }
      });
      List<Registration> registered = new ArrayList<>();
      YamlNode.Field registeredField = m.get().fields().get("registered");
      if (registeredField == null) {
        in.problem(m.get(), "an entry of 'registrations' needs 'registered': who registered and when, like"
            + " registered: [ { person: p1, on: 2005-08-01 } ]");
      } else {
        items(in, registeredField, "registered", "[ { person: p1, on: 2005-08-01 } ]").forEach(r -> {
          in.onlyKeys(r, Set.of("person", "on"), "a registration");
          Optional<String> person = in.text(r, "person", "a registration");
          Optional<LocalDate> on = dateField(in, r, "on", "a registration", "the day the person registered");
          on.filter(d -> asOf.isPresent() && d.isAfter(asOf.get())).ifPresent(d -> in.problem(
              r.fields().get("on").value(), "registered on " + d + ", after the scenario's 'asOf' " + asOf.get()
                  + "; registrations are checked as of a day on or after each of them"));
          if (person.isPresent() && on.isPresent() && communityId != null) {
            registered.add(Registration.of(communityId, person.get(), on.get()));
          }
        });
      }
      List<Deprivation> deprived = new ArrayList<>();
      YamlNode.Field deprivedField = m.get().fields().get("deprived");
      if (deprivedField != null) {
        items(in, deprivedField, "deprived", "[ { person: p1, from: 2004-01-01, until: 2008-12-31 } ]").forEach(d -> {
          in.onlyKeys(d, Set.of("person", "from", "until", "basis"), "a deprivation of political rights");
          Optional<String> person = in.text(d, "person", "a deprivation of political rights");
          Optional<LocalDate> from = dateField(in, d, "from", "a deprivation of political rights",
              "the first day of the deprivation");
          YamlNode.Field untilField = d.fields().get("until");
          Optional<LocalDate> until = untilField == null ? Optional.empty() : in.date(untilField.value(), "'until'");
          YamlNode.Field basisField = d.fields().get("basis");
          Optional<String> basis = basisField == null ? Optional.of(DEFAULT_BASIS)
              : in.textValue(basisField.value(), "'basis'");
          if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            in.problem(untilField.value(), "'until' " + until.get() + " is before 'from' " + from.get());
            return;
          }
          if (person.isPresent() && from.isPresent() && (untilField == null || until.isPresent())
              && basis.isPresent()) {
            DateRange period = until.map(u -> DateRange.between(from.get(), u)).orElse(DateRange.since(from.get()));
            deprived.add(new Deprivation(person.get(), period, basis.get()));
          }
        });
      }
      community.ifPresent(c -> out.add(CommunityRegistrations.of(c, registered, PoliticalRights.of(deprived))));
    }
    if (in.problems().size() + problems.size() > mark || out.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ImmutableList.copyOf(out));
  }

  /**
   * Returns the recruitment run {@code f} describes: {@code { community, id, appointedOn, posts,
   * committeeTerm? }}, the committee's term by default the term of the community's residents' committee
   * (the one whose term covers {@code appointedOn}, if it has several), reporting every mistake at its place.
   */
  private static Optional<Scenario.Input> recruitment(YamlReading in, List<RuleSetProblem> problems,
      String fileName, String[] lines, Path folder, YamlNode.Field f) {
    if (!(f.value() instanceof YamlNode.Mapping m)) {
      in.problem(f.value(), "'recruitment' must give the recruitment to run, like " + RECRUITMENT_EXAMPLE
          + " (or the same keys on the lines below it)");
      return Optional.empty();
    }
    int mark = in.problems().size() + problems.size();
    in.onlyKeys(m, RECRUITMENT_KEYS, "a recruitment");
    YamlNode.Field communityField = m.fields().get("community");
    Optional<Community> community = Optional.empty();
    if (communityField == null) {
      in.problem(m, "a recruitment needs 'community': a community file (like communities/base.yaml) or the"
          + " community written below it; the recruitment and its applicants are that community's");
    } else {
      community = read(in, problems, fileName, lines, folder, communityField, "community", CommunityFiles::read,
          CommunityFiles::read);
    }
    Optional<String> id = in.text(m, "id", "a recruitment");
    Optional<Recruitment> recruitment = Optional.empty();
    if (community.isPresent() && id.isPresent()) {
      Community c = community.get();
      recruitment = c.recruitments().stream().filter(r -> r.id().equals(id.get())).findFirst();
      if (recruitment.isEmpty()) {
        in.problem(m.fields().get("id").value(), "community " + c.id() + " has no recruitment " + id.get()
            + (c.recruitments().isEmpty() ? "; it has no recruitments at all"
                : "; its recruitments are " + c.recruitments().stream().map(Recruitment::id)
                    .collect(Collectors.joining(", "))));
      }
    }
    Optional<LocalDate> appointedOn = dateField(in, m, "appointedOn", "a recruitment",
        "the day the appointments begin");
    List<StationPost> posts = new ArrayList<>();
    YamlNode.Field postsField = m.fields().get("posts");
    if (postsField == null) {
      in.problem(m, "a recruitment needs 'posts': the station posts it fills, in rank order, like"
          + " [HEAD, DEPUTY_HEAD, STAFF]");
    } else if (!(postsField.value() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
      in.problem(postsField.value(), "'posts' must list the station posts the recruitment fills, in rank order,"
          + " like [HEAD, DEPUTY_HEAD, STAFF]");
    } else {
      for (YamlNode item : seq.items()) {
        in.textValue(item, "each post").flatMap(t -> stationPost(in, item, t)).ifPresent(posts::add);
      }
    }
    Optional<Term> term = Optional.empty();
    YamlNode.Field termField = m.fields().get("committeeTerm");
    if (termField != null) {
      term = term(in, termField);
    } else if (community.isPresent()) {
      term = committeeTerm(in, m, community.get(), appointedOn);
    }
    if (appointedOn.isPresent() && term.isPresent() && !term.get().covers(appointedOn.get())) {
      in.problem(m.fields().get("appointedOn").value(), "the appointments begin " + appointedOn.get()
          + ", outside the residents' committee's term " + term.get().start() + " to " + term.get().end()
          + (termField == null ? " (its committee's; give 'committeeTerm' to use another)" : " ('committeeTerm')")
          + "; station appointments end with the committee's term, so they must begin within it");
    }
    if (in.problems().size() + problems.size() > mark || community.isEmpty() || recruitment.isEmpty()
        || appointedOn.isEmpty() || term.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Scenario.Input.OfRecruitment(community.get(), recruitment.get(),
        Openings.of(appointedOn.get(), posts), term.get(), f.line(), f.column()));
  }

  private static final String STATION_ZH = "服务站";

  /** Returns the station post {@code text} names: HEAD, STATION_HEAD, 服务站站长 or 站长, and so on. */
  private static Optional<StationPost> stationPost(YamlReading in, YamlNode at, String text) {
    for (StationPost p : StationPost.values()) {
      String zh = p.post().nameZh();
      if (p.name().equalsIgnoreCase(text) || p.post().name().equalsIgnoreCase(text) || zh.equals(text)
          || (zh.startsWith(STATION_ZH) && zh.substring(STATION_ZH.length()).equals(text))) {
        return Optional.of(p);
      }
    }
    in.problem(at, "'" + text + "' is not a station post; a post is one of " + Arrays.stream(StationPost.values())
        .map(p -> p.name() + " (" + p.post().nameZh() + ")").collect(Collectors.joining(", ")) + ", in rank order");
    return Optional.empty();
  }

  private static Optional<Term> term(YamlReading in, YamlNode.Field f) {
    String example = "{ start: 2005-09-01, end: 2008-09-01 }";
    if (!(f.value() instanceof YamlNode.Mapping m)) {
      in.problem(f.value(), "'committeeTerm' must give the term's start and end, like " + example);
      return Optional.empty();
    }
    in.onlyKeys(m, Set.of("start", "end"), "'committeeTerm'");
    Optional<LocalDate> start = dateField(in, m, "start", "'committeeTerm'", "the first day of the term");
    Optional<LocalDate> end = dateField(in, m, "end", "'committeeTerm'", "the day the term ends");
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    if (end.get().isBefore(start.get())) {
      in.problem(m.fields().get("end").value(), "'end' " + end.get() + " is before 'start' " + start.get());
      return Optional.empty();
    }
    return Optional.of(Term.of(start.get(), end.get()));
  }

  /** Returns the term of {@code c}'s residents' committee: its only one, or the only one covering {@code on}. */
  private static Optional<Term> committeeTerm(YamlReading in, YamlNode.Mapping m, Community c,
      Optional<LocalDate> on) {
    List<ResidentsCommittee> committees = c.residentsCommittees();
    if (committees.size() == 1) {
      return Optional.of(committees.get(0).term());
    }
    if (committees.isEmpty()) {
      in.problem(m, "community " + c.id() + " has no residents' committee, whose term the appointments end with;"
          + " give 'committeeTerm', like { start: 2005-09-01, end: 2008-09-01 }");
      return Optional.empty();
    }
    if (on.isEmpty()) {
      return Optional.empty();
    }
    List<ResidentsCommittee> covering = committees.stream().filter(rc -> rc.term().covers(on.get())).toList();
    if (covering.size() == 1) {
      return Optional.of(covering.get(0).term());
    }
    in.problem(m, "community " + c.id() + " has " + committees.size() + " residents' committees ("
        + committees.stream().map(rc -> rc.id() + " " + rc.term().start() + " to " + rc.term().end())
            .collect(Collectors.joining(", ")) + ") and " + (covering.isEmpty() ? "none" : covering.size())
        + " of their terms cover " + on.get() + "; give 'committeeTerm', like { start: 2005-09-01, end: 2008-09-01 }");
    return Optional.empty();
  }

  /** Returns the mappings listed under {@code f}, reporting any item that is not one. */
  private static List<YamlNode.Mapping> items(YamlReading in, YamlNode.Field f, String what, String example) {
    if (f.value() instanceof YamlNode.Empty) {
      return List.of();
    }
    if (!(f.value() instanceof YamlNode.Sequence seq)) {
      in.problem(f.value(), "'" + what + "' must be a list, like " + example);
      return List.of();
    }
    List<YamlNode.Mapping> out = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      if (item instanceof YamlNode.Mapping m) {
        out.add(m);
      } else {
        in.problem(item, "each item of '" + what + "' must be a mapping, like " + example);
      }
    }
    return out;
  }

  private static Optional<LocalDate> dateField(YamlReading in, YamlNode.Mapping m, String key, String where,
      String meaning) {
    YamlNode.Field f = m.fields().get(key);
    if (f == null) {
      in.problem(m, where + " needs '" + key + "': " + meaning + ", like 2005-08-01");
      return Optional.empty();
    }
    return in.date(f.value(), "'" + key + "'");
  }

  private static RuleSetProblem problem(InputProblem p) {
    return new RuleSetProblem(p.file(), p.line(), p.column(), p.message());
  }

  /**
   * Returns the finding {@code node} expects; {@code recruitment} is present in a recruitment scenario
   * (holding the recruitment if it read), whose findings are about a PERSON, an applicant, without a post.
   */
  private static Optional<Scenario.Expected> expected(YamlReading in, YamlNode node, Optional<String> communityId,
      Set<RuleId> knownRules, Optional<ImmutableSortedSet<RuleId>> compared,
      Optional<Optional<Recruitment>> recruitment) {
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
    if (recruitment.isPresent()) {
      String form = "; a recruitment scenario expects applicants stopped, like { rule: RECRUIT_AGE, kind: PERSON,"
          + " id: head }";
      if (kind != SubjectKind.PERSON) {
        in.problem(kindField == null ? m.get() : kindField.value(), "a recruitment's stops are about a PERSON (人员),"
            + " not a " + kind.nameEn() + form);
        return Optional.empty();
      }
      if (postField != null) {
        in.problem(postField, "a recruitment's stops name no post: the applicant holds none yet" + form);
        return Optional.empty();
      }
      if (communityField != null && community.isPresent() && communityId.isPresent()
          && !community.equals(communityId)) {
        in.problem(communityField.value(), "a recruitment's stops are about its own community, "
            + communityId.get() + "; leave 'community' out");
        return Optional.empty();
      }
      Optional<String> personId = id;
      Optional<Recruitment> r = recruitment.get();
      if (personId.isPresent() && r.isPresent() && !applicants(r.get()).contains(personId.get())) {
        in.problem(idField.value(), notAnApplicant(personId.get(), r.get()));
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
          .filter(k -> EditDistance.of(k, text) <= 3)
          .min(Comparator.comparingInt(k -> EditDistance.of(k, text)))
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

  private static List<Finding> findings(RuleSet ruleSet, Scenario.Input input, LocalDate asOf,
      Optional<RecruitmentRun> recruitmentRun) {
    if (input instanceof Scenario.Input.OfCommunity c) {
      return ruleSet.evaluate(c.community(), asOf).findings();
    } else if (input instanceof Scenario.Input.OfElection e) {
      return ruleSet.evaluate(e.election(), asOf).findings();
    } else if (input instanceof Scenario.Input.OfRegistrations r) {
      return ruleSet.evaluateRegistrations(r.registrations(), asOf).findings();
    } else if (input instanceof Scenario.Input.OfRecruitment r) {
      return stops(ruleSet, r, recruitmentRun.orElseThrow());
    }
    throw new AssertionError(input);
  }

  private static RecruitmentRun recruitmentRun(RuleSet ruleSet, Scenario scenario, Scenario.Input.OfRecruitment r) {
    try {
      return ruleSet.runRecruitment(r.recruitment(), r.community().people(), r.openings(), r.committeeTerm());
    } catch (IllegalStateException e) {
      throw new RuleSetException(new RuleSetProblem(scenario.file(), r.line(), r.column(),
          "recruitment " + r.recruitment().id() + " cannot be run by rule set " + ruleSet.id() + " "
              + ruleSet.version() + " / 规则集无法运行此招聘情景: " + e.getMessage()));
    }
  }

  /**
   * Returns the findings of a recruitment run: for each applicant who stopped, one per rule among the
   * reports that decided the stop (at the stage and with the reasons of their {@link
   * ApplicantOutcome.Stopped}), about that applicant in the recruitment's community.
   */
  private static List<Finding> stops(RuleSet ruleSet, Scenario.Input.OfRecruitment r, RecruitmentRun run) {
    List<Finding> out = new ArrayList<>();
    for (ApplicantOutcome.Stopped stopped : run.outcome().stopped()) {
      for (StopCollector.Report report : run.trace()) {
        if (report.personId().equals(stopped.personId()) && report.stage() == stopped.stage()
            && stopped.reasons().contains(report.reason())) {
          Object basis = Optional.ofNullable(ruleSet.kieBase().getRule(report.packageName(), report.ruleName()))
              .map(rule -> rule.getMetaData().get("basis")).orElse(null);
          out.add(new Finding(report.ruleId(), Severity.VIOLATION,
              Subject.of(r.community().id(), SubjectKind.PERSON, stopped.personId()),
              "在" + stopped.stage().nameZh() + "止步:" + report.reason().zh(),
              "stopped at the " + stopped.stage().nameEn() + ": " + report.reason().en(),
              basis == null ? "" : basis.toString().replace("\"", "").strip(), r.recruitment().referenceDate()));
        }
      }
    }
    return Finding.joinByKey(out);
  }

  /**
   * Runs {@code scenario} against {@code ruleSet} and compares the findings by rule id and subject and,
   * for a recruitment scenario expecting {@code appointed:}, who was appointed.
   *
   * @throws RuleSetException located at the scenario's {@code recruitment:} if {@code ruleSet} cannot run
   *     its recruitment: it has no recruitment-process rules, or they let through an applicant who
   *     cannot be ranked
   */
  public static ScenarioResult run(RuleSet ruleSet, Scenario scenario) {
    requireNonNull(ruleSet, "ruleSet");
    requireNonNull(scenario, "scenario");
    Optional<RecruitmentRun> recruitmentRun = scenario.input() instanceof Scenario.Input.OfRecruitment r
        ? Optional.of(recruitmentRun(ruleSet, scenario, r)) : Optional.empty();
    ImmutableList<String> appointed = recruitmentRun.map(run -> run.outcome().appointed().stream()
        .map(ApplicantOutcome::personId).collect(ImmutableList.toImmutableList())).orElse(ImmutableList.of());
    List<Finding> compared = findings(ruleSet, scenario.input(), scenario.asOf(), recruitmentRun).stream()
        .filter(f -> scenario.compares(f.ruleId())).toList();
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
        ImmutableList.copyOf(unexpected), ImmutableList.copyOf(matched), appointed);
  }

}
