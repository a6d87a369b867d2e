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
 * all pass, and that show each community rule of the set both breaking and holding. The scenarios
 * are read from the folders on disk, as {@code amodel test} reads them.
 */
@DisplayName("Bundled rule sets: their scenarios pass and cover every community rule, breaking and holding")
class BundledScenariosTest {
  static final Path SETS = Path.of("src", "main", "resources", "org", "amodel", "rules", "sets");

  /**
   * The national rule files whose rules are not about a community: elections, voter registration and
   * the recruitment process's stop conditions. Scenarios cannot express them yet.
   */
  static final List<String> NOT_COMMUNITY_FILES = List.of("election.drl", "voters.drl", "recruitment-process.drl");

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
