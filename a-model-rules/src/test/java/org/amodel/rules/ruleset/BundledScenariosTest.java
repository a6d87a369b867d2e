package org.amodel.rules.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.amodel.core.finding.RuleId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled rule sets ship scenario tests ({@code scenarios/*.yaml} in their source folders) that
 * all pass, and that show each community rule of the set both breaking and holding, and the election,
 * voter-registration and recruitment-process rules breaking (stopping an applicant) and holding in the
 * sets that ship those scenarios. The
 * scenarios are read from the folders on disk, as {@code amodel test} reads them.
 */
@DisplayName("Bundled rule sets: their scenarios pass and cover every community, election and voter rule, breaking and holding")
class BundledScenariosTest {
  static final Path SETS = Path.of("src", "main", "resources", "org", "amodel", "rules", "sets");

  /**
   * The national rule files whose rules are not about a community: elections, voter registration and
   * the recruitment process's stop conditions. Election and registration scenarios cover the first two
   * ({@link #ELECTION_AND_VOTER_RULES}), recruitment scenarios the third ({@link #RECRUITMENT_RULES}).
   */
  static final List<String> NOT_COMMUNITY_FILES = List.of("election.drl", "voters.drl", "recruitment-process.drl");

  /**
   * The election and voter rules each set's election and registration scenarios show breaking and
   * holding. Only the set whose parameters first give a rule what it breaks on ships them:
   *
   * <ul>
   *   <li>national-2018 defines all five rules; it can break COMPETITIVE_ELECTION (the law's, with no
   *       parameter) and the two voter rules (voters.age.min is the law's). It sets no electorate and no
   *       thresholds, so it cannot break DIRECT_ELECTION or ELECTION_VALIDITY: see {@link #HOLD_ONLY}.
   *   <li>jinan-shizhong-2005 is the only set giving election.electorate and the thresholds
   *       (election.turnout, election.majority, election.runOff.*), so DIRECT_ELECTION and
   *       ELECTION_VALIDITY are shown breaking there. It inherits COMPETITIVE_ELECTION unchanged, and
   *       its relaxed registration is checked against the core by VoterAgreementPropertiesTest, not
   *       here.
   *   <li>shenzhen-2006 changes no election.* or voters.* parameter: all five rules run there as in
   *       jinan-shizhong-2005, whose scenarios show them, so it ships none.
   * </ul>
   */
  static final Map<String, Set<String>> ELECTION_AND_VOTER_RULES = Map.of(
      "national-2018", Set.of("COMPETITIVE_ELECTION", "VOTER_ELIGIBILITY", "VOTER_UNIQUE"),
      "jinan-shizhong-2005", Set.of("DIRECT_ELECTION", "ELECTION_VALIDITY"));

  /**
   * Election rules a set has but cannot break, since it does not set the parameters they read. Each
   * must have a scenario naming it in {@code rules:} and expecting nothing, whose election breaks it under the set
   * {@link #BREAKS_HOLD_ONLY} (the first that sets those parameters).
   */
  static final Map<String, Set<String>> HOLD_ONLY = Map.of(
      "national-2018", Set.of("DIRECT_ELECTION", "ELECTION_VALIDITY"));

  private static final String BREAKS_HOLD_ONLY = "jinan-shizhong-2005";

  /**
   * The recruitment-process rules (national-2018's {@code recruitment-process.drl}) each set's
   * recruitment scenarios show stopping an applicant and letting one through. Only the set whose
   * parameters first give a rule what it stops on ships them:
   *
   * <ul>
   *   <li>national-2018: RECRUIT_PROCESS, the stages' order, which reads no parameter. It sets no
   *       recruit.age.max or recruit.education.min, so RECRUIT_AGE and RECRUIT_EDUCATION stop no one
   *       there: see {@link #RECRUITMENT_HOLD_ONLY}.
   *   <li>jinan-shizhong-2005: RECRUIT_AGE and RECRUIT_EDUCATION, whose limits (40, COLLEGE) it is the
   *       first to set. It inherits RECRUIT_PROCESS's recruitment rules unchanged (the same ids of its
   *       own community rules are covered by its community scenarios).
   *   <li>shenzhen-2006 unsets the age and education limits, so those rules stop no one there, as in
   *       national-2018, whose scenarios show it; the stage rules run as in national-2018. It ships none.
   * </ul>
   */
  static final Map<String, Set<String>> RECRUITMENT_RULES = Map.of(
      "national-2018", Set.of("RECRUIT_PROCESS"),
      "jinan-shizhong-2005", Set.of("RECRUIT_AGE", "RECRUIT_EDUCATION"));

  /**
   * Recruitment-process rules a set has but that stop no one there, since it does not set the limits
   * they read. Each must have a recruitment scenario naming it in {@code rules:} and expecting nothing,
   * whose recruitment stops someone by it under {@link #BREAKS_HOLD_ONLY}.
   */
  static final Map<String, Set<String>> RECRUITMENT_HOLD_ONLY = Map.of(
      "national-2018", Set.of("RECRUIT_AGE", "RECRUIT_EDUCATION"));

  /**
   * Rules a set keeps but switches off by unsetting the parameters they read. Each must have a
   * scenario comparing it and expecting nothing, whose community breaks it under the set extended.
   */
  static final Map<String, Set<String>> SWITCHED_OFF = Map.of("shenzhen-2006", Set.of(
      "RECRUIT_AGE", "RECRUIT_EDUCATION", "RECRUIT_PROCESS", "SECRETARY_FULL_TIME", "ASSEMBLY_COMPOSITION",
      "CONCURRENT_POSTS_AVAILABLE"));

  private static final Map<String, RuleSet> LOADED = new ConcurrentHashMap<>();

  /** Returns the rule set {@code id} as loaded from its folder on disk, compiled once for the class. */
  static RuleSet load(String id) {
    return LOADED.computeIfAbsent(id, i -> TempRuleSet.LOADER.folder(SETS.resolve(i)));
  }

  static List<String> bundledIds() {
    return RuleSetLoader.bundledIds();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledIds")
  @DisplayName("every scenario of the set reads and passes")
  void everyScenarioPasses(String id) {
    RuleSet set = load(id);
    List<Scenario> scenarios = scenarios(id, set);
    assertFalse(scenarios.isEmpty(), id + " has no scenarios");
    List<String> failures = new ArrayList<>();
    for (Scenario s : scenarios) {
      ScenarioResult r = Scenarios.run(set, s);
      if (!r.passed()) {
        failures.add(s.file() + ":" + s.line() + " " + s.name() + "\n  missing " + r.missing()
            + "\n  unexpected " + r.unexpected().stream().map(f -> f.ruleId() + " " + f.subject()).toList());
      }
    }
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledIds")
  @DisplayName("each community rule has a scenario where it breaks and one where it is compared and holds")
  void everyCommunityRuleBreaksAndHolds(String id) {
    RuleSet set = load(id);
    List<Scenario> scenarios = scenarios(id, set);
    Set<String> switchedOff = SWITCHED_OFF.getOrDefault(id, Set.of());
    List<String> gaps = new ArrayList<>();
    for (RuleId rule : communityRuleIds(set)) {
      boolean breaks = scenarios.stream().anyMatch(s -> s.compares(rule) && expects(s, rule));
      boolean holds = scenarios.stream().anyMatch(s -> s.compares(rule) && !expects(s, rule));
      if (!breaks && !switchedOff.contains(rule.value())) {
        gaps.add(rule.value() + ": no scenario expects it (breaks)");
      }
      if (!holds) {
        gaps.add(rule.value() + ": no scenario compares it and expects it absent (holds)");
      }
    }
    assertEquals(List.of(), gaps, id + ": " + gaps);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledIds")
  @DisplayName("each election and voter rule the set ships scenarios for breaks in one and holds in another")
  void electionAndVoterRulesBreakAndHold(String id) {
    RuleSet set = load(id);
    List<Scenario> scenarios = scenarios(id, set);
    List<String> gaps = new ArrayList<>();
    for (String name : ELECTION_AND_VOTER_RULES.getOrDefault(id, Set.of())) {
      RuleId rule = RuleId.of(name);
      if (scenarios.stream().noneMatch(s -> !(s.input() instanceof Scenario.Input.OfCommunity)
          && s.compares(rule) && expects(s, rule))) {
        gaps.add(name + ": no election or registration scenario expects it (breaks)");
      }
      if (scenarios.stream().noneMatch(s -> !(s.input() instanceof Scenario.Input.OfCommunity)
          && s.compares(rule) && !expects(s, rule))) {
        gaps.add(name + ": no election or registration scenario compares it and expects it absent (holds)");
      }
    }
    for (String name : HOLD_ONLY.getOrDefault(id, Set.of())) {
      RuleId rule = RuleId.of(name);
      if (scenarios.stream().noneMatch(s -> s.input() instanceof Scenario.Input.OfElection && names(s, rule)
          && !expects(s, rule))) {
        gaps.add(name + ": no election scenario names it in 'rules:' and expects it absent (holds)");
      }
      if (scenarios.stream().anyMatch(s -> expects(s, rule))) {
        gaps.add(name + ": a scenario expects it, but " + id + " cannot break it");
      }
    }
    assertEquals(List.of(), gaps, id + ": " + gaps);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledIds")
  @DisplayName("each recruitment-process rule the set ships scenarios for stops an applicant in one and lets one through in another")
  void recruitmentRulesStopAndPass(String id) {
    RuleSet set = load(id);
    List<Scenario> recruitments = scenarios(id, set).stream()
        .filter(s -> s.input() instanceof Scenario.Input.OfRecruitment).toList();
    List<String> gaps = new ArrayList<>();
    for (String name : RECRUITMENT_RULES.getOrDefault(id, Set.of())) {
      RuleId rule = RuleId.of(name);
      if (recruitments.stream().noneMatch(s -> s.compares(rule) && expects(s, rule))) {
        gaps.add(name + ": no recruitment scenario expects it (stops)");
      }
      if (recruitments.stream().noneMatch(s -> s.compares(rule) && !expects(s, rule))) {
        gaps.add(name + ": no recruitment scenario compares it and expects it absent (lets through)");
      }
    }
    for (String name : RECRUITMENT_HOLD_ONLY.getOrDefault(id, Set.of())) {
      RuleId rule = RuleId.of(name);
      if (recruitments.stream().noneMatch(s -> names(s, rule) && !expects(s, rule))) {
        gaps.add(name + ": no recruitment scenario names it in 'rules:' and expects it absent (lets through)");
      }
      if (recruitments.stream().anyMatch(s -> expects(s, rule))) {
        gaps.add(name + ": a recruitment scenario expects it, but " + id + " stops no one by it");
      }
    }
    if (!RECRUITMENT_RULES.containsKey(id)) {
      assertTrue(recruitments.isEmpty(), () -> id + " ships recruitment scenarios: list what they cover in RECRUITMENT_RULES");
    }
    assertEquals(List.of(), gaps, id + ": " + gaps);
  }

  @Test
  @DisplayName("a recruitment rule national-2018 sets no limit for stops someone in its holding scenario under jinan-shizhong-2005")
  void recruitmentHoldOnlyRulesStopWhereTheLimitsAreSet() {
    RuleSet breaking = load(BREAKS_HOLD_ONLY);
    for (Map.Entry<String, Set<String>> e : RECRUITMENT_HOLD_ONLY.entrySet()) {
      for (String name : e.getValue()) {
        RuleId rule = RuleId.of(name);
        List<Scenario> holding = scenarios(e.getKey(), load(e.getKey())).stream()
            .filter(s -> s.input() instanceof Scenario.Input.OfRecruitment && names(s, rule) && !expects(s, rule))
            .toList();
        assertFalse(holding.isEmpty(), name);
        for (Scenario s : holding) {
          ScenarioResult under = Scenarios.run(breaking, s);
          assertTrue(under.unexpected().stream().anyMatch(f -> f.ruleId().equals(rule)),
              () -> s.file() + ":" + s.line() + ": the recruitment is not stopped by " + name + " under "
                  + BREAKS_HOLD_ONLY + " either, so the scenario does not show that " + e.getKey()
                  + " leaves it to the districts");
        }
      }
    }
  }

  @Test
  @DisplayName("an election rule national-2018 cannot break is broken by its holding scenario's election under jinan-shizhong-2005")
  void holdOnlyRulesBreakWhereTheParametersAreSet() {
    for (Map.Entry<String, Set<String>> e : HOLD_ONLY.entrySet()) {
      RuleSet breaking = load(BREAKS_HOLD_ONLY);
      for (String name : e.getValue()) {
        RuleId rule = RuleId.of(name);
        List<Scenario> holding = scenarios(e.getKey(), load(e.getKey())).stream()
            .filter(s -> s.input() instanceof Scenario.Input.OfElection && names(s, rule) && !expects(s, rule))
            .toList();
        assertFalse(holding.isEmpty(), name);
        for (Scenario s : holding) {
          var election = ((Scenario.Input.OfElection) s.input()).election();
          assertTrue(breaking.evaluate(election, s.asOf()).findings().stream().anyMatch(f -> f.ruleId().equals(rule)),
              () -> s.file() + ":" + s.line() + ": the election does not break " + name + " under "
                  + BREAKS_HOLD_ONLY + " either, so the scenario does not show that " + e.getKey()
                  + " leaves it to the districts");
        }
      }
    }
  }

  @Test
  @DisplayName("a switched-off rule's holding scenario is a community that breaks it under the set extended")
  void switchedOffRulesBreakUnderTheSetExtended() {
    for (Map.Entry<String, Set<String>> e : SWITCHED_OFF.entrySet()) {
      RuleSet set = load(e.getKey());
      String parentId = set.lineage().get(1).id();
      RuleSet parent = load(parentId);
      for (String off : e.getValue()) {
        RuleId rule = RuleId.of(off);
        List<Scenario> holding = scenarios(e.getKey(), set).stream()
            .filter(s -> s.input() instanceof Scenario.Input.OfCommunity)
            .filter(s -> s.compares(rule) && !expects(s, rule)).toList();
        assertFalse(holding.isEmpty(), off);
        for (Scenario s : holding) {
          assertTrue(parent.evaluate(s.community(), s.asOf()).findings().stream().anyMatch(f -> f.ruleId().equals(rule)),
              () -> s.file() + ":" + s.line() + ": the community does not break " + off + " under " + parentId
                  + " either, so the scenario does not show that " + e.getKey() + " switches it off");
        }
      }
    }
  }

  @Test
  @DisplayName("national-2018's community rules are the eight of the law and the Party's rules")
  void nationalCommunityRules() {
    RuleSet set = load("national-2018");
    assertEquals(Set.of("COMMITTEE_SIZE", "COMMITTEE_TERM", "COMMUNITY_HOUSEHOLDS", "SECRETARY_MEMBERSHIP",
            "CONCURRENT_POSTS", "CONCURRENT_POSTS_AVAILABLE", "STRUCTURE_TRINITY", "STATION_REPORTING"),
        communityRuleIds(set).stream().map(RuleId::value).collect(Collectors.toSet()));
  }

  @Test
  @DisplayName("scenario folders are neither rule files nor strays, from disk or from the classpath")
  void scenarioFoldersLeaveLoadingAlone() {
    for (String id : RuleSetLoader.bundledIds()) {
      assertFalse(Scenarios.files(SETS.resolve(id)).isEmpty(), id);
      RuleSetFolder onDisk = RuleSetFolder.read(SETS.resolve(id));
      RuleSetFolder bundled = RuleSetLoader.bundledFolder(id).orElseThrow();
      assertEquals(onDisk.ruleFiles().keySet(), bundled.ruleFiles().keySet(), id);
      assertTrue(bundled.ruleFiles().keySet().stream().allMatch(f -> f.startsWith(RuleSetFolder.RULES + "/")),
          () -> id + ": " + bundled.ruleFiles().keySet());
      assertEquals(set(TempRuleSet.LOADER.bundled(id)), set(load(id)), id);
    }
  }

  private static List<String> set(RuleSet s) {
    return List.of(s.id(), s.version(), s.ruleNames().toString());
  }

  /** Returns true if {@code s} compares only some rules ({@code rules:}), {@code rule} among them. */
  private static boolean names(Scenario s, RuleId rule) {
    return s.rules().map(r -> r.contains(rule)).orElse(false);
  }

  private static boolean expects(Scenario s, RuleId rule) {
    return s.expected().stream().anyMatch(x -> x.ruleId().equals(rule));
  }

  private static List<Scenario> scenarios(String id, RuleSet set) {
    List<Scenario> all = new ArrayList<>();
    for (Path file : Scenarios.files(SETS.resolve(id))) {
      try {
        all.addAll(Scenarios.read(file, Scenarios.ruleIds(set)));
      } catch (RuleSetException e) {
        fail(e.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
      }
    }
    return all;
  }

  /**
   * Returns the ids of the rules of {@code set} that judge a community: all but those defined in the
   * national rule set's {@link #NOT_COMMUNITY_FILES} (an id some other rule also reports stays in).
   */
  static Set<RuleId> communityRuleIds(RuleSet set) {
    Set<String> notCommunity = new TreeSet<>();
    Pattern ruleLine = Pattern.compile("(?m)^rule \"([^\"]+)\"");
    for (String file : NOT_COMMUNITY_FILES) {
      try {
        Matcher m = ruleLine.matcher(Files.readString(SETS.resolve("national-2018/rules/" + file)));
        while (m.find()) {
          notCommunity.add("national_2018." + m.group(1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Set<RuleId> ids = new TreeSet<>();
    set.kieBase().getKiePackages().stream()
        .flatMap(p -> p.getRules().stream())
        .filter(r -> !notCommunity.contains(r.getPackageName() + "." + r.getName()))
        .map(r -> r.getMetaData().get("id"))
        .filter(x -> x != null)
        .forEach(x -> ids.add(RuleId.of(x.toString().replace("\"", "").strip())));
    assertTrue(Scenarios.ruleIds(set).containsAll(ids));
    return ids;
  }
}
