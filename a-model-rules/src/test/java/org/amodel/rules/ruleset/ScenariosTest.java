package org.amodel.rules.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.model.Post;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scenario files: every mistake located at its file, line and column; and what running one gives. */
@DisplayName("Scenarios: reading scenario files and running them")
class ScenariosTest {
  static final List<RuleId> RULES = List.of(RuleId.of("STATION_SIZE"), RuleId.of("STATION_POSTS"),
      RuleId.of("COMMUNITY_HOUSEHOLDS"), RuleId.of("CONCURRENT_POSTS_AVAILABLE"), RuleId.of("COMMITTEE_SIZE"));

  /** Compiled once for the class: the nested classes' tests run scenarios against it. */
  private static final RuleSet JINAN = TempRuleSet.LOADER.bundled("jinan-shizhong-2005");

  @TempDir Path tmp;

  @BeforeEach
  void exampleCommunity() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/org/amodel/rules/input/example-community.yaml")) {
      Files.createDirectories(tmp.resolve("communities"));
      Files.write(tmp.resolve("communities/base.yaml"), in.readAllBytes());
    }
  }

  /** A scenario file {@code file} in the temporary folder, with {@code text}. */
  private Path scenarioFile(String text) {
    try {
      return Files.writeString(tmp.resolve("scenarios.yaml"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<RuleSetProblem> problems(String text) {
    Path file = scenarioFile(text);
    return assertThrows(RuleSetException.class, () -> Scenarios.read(file, RULES)).problems();
  }

  /** Asserts that one of {@code problems} is at {@code file:line:column} and has every one of {@code words}. */
  private static void assertProblem(List<RuleSetProblem> problems, String fileEnd, int line, int column,
      String... words) {
    String all = problems.stream().map(Object::toString).collect(Collectors.joining("\n"));
    assertTrue(problems.stream().anyMatch(p -> p.file().endsWith(fileEnd) && p.line() == line && p.column() == column
        && List.of(words).stream().allMatch(p.message()::contains)),
        () -> "no problem at " + fileEnd + ":" + line + ":" + column + " with " + List.of(words) + " among\n" + all);
  }

  private static String scenario(String... lines) {
    return "scenarios:\n" + String.join("\n", lines) + "\n";
  }

  /** The problems of a scenario file of {@code lines}, read against the rules of jinan-shizhong-2005. */
  private List<RuleSetProblem> jinanProblems(String... lines) {
    Path file = scenarioFile(scenario(lines));
    return assertThrows(RuleSetException.class, () -> Scenarios.read(file, Scenarios.ruleIds(JINAN))).problems();
  }

  /** The first scenario of a file of {@code lines}, read against the rules of jinan-shizhong-2005. */
  private Scenario jinanScenario(String... lines) {
    return Scenarios.read(scenarioFile(scenario(lines)), Scenarios.ruleIds(JINAN)).get(0);
  }

  @Nested
  @DisplayName("mistakes in a scenario file, each located")
  class Mistakes {
    @Test
    @DisplayName("an unknown key is reported where it is written, with the keys a scenario has")
    void unknownKey() {
      List<RuleSetProblem> p = problems(scenario(
          "  - name: base",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    expected: []",
          "    expect: []"));
      assertProblem(p, "scenarios.yaml", 5, 5, "'expected'", "asOf, community, expect, name, rules");
    }

    @Test
    @DisplayName("missing name, asOf, community and expect are each reported at the scenario's start")
    void missingKeys() {
      List<RuleSetProblem> p = problems(scenario(
          "  - rules: [STATION_SIZE]"));
      assertProblem(p, "scenarios.yaml", 2, 5, "needs 'name'");
      assertProblem(p, "scenarios.yaml", 2, 5, "needs 'asOf'", "2005-12-01");
      assertProblem(p, "scenarios.yaml", 2, 5, "needs 'community'");
      assertProblem(p, "scenarios.yaml", 2, 5, "needs 'expect'", "expect: []");
      assertEquals(4, p.size(), p::toString);
    }

    @Test
    @DisplayName("a date that is not YYYY-MM-DD, or not a day, is reported at the value")
    void badDate() {
      List<RuleSetProblem> p = problems(scenario(
          "  - name: base",
          "    community: communities/base.yaml",
          "    asOf: 2005/12/01",
          "    expect: []",
          "  - name: base again",
          "    community: communities/base.yaml",
          "    asOf: 2005-02-30",
          "    expect: []"));
      assertProblem(p, "scenarios.yaml", 4, 11, "'2005/12/01' is not a date", "YYYY-MM-DD");
      assertProblem(p, "scenarios.yaml", 8, 11, "'2005-02-30' is not a date");
    }

    @Test
    @DisplayName("an unknown rule id, in 'rules' or in an expectation, is reported with the nearest and the rules there are")
    void unknownRule() {
      List<RuleSetProblem> p = problems(scenario(
          "  - name: base",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    rules: [STATION_SIZ]",
          "    expect:",
          "      - { rule: STATOIN_POSTS, kind: SERVICE_STATION, id: station-1 }"));
      assertProblem(p, "scenarios.yaml", 5, 12, "STATION_SIZ", "did you mean STATION_SIZE?", "COMMITTEE_SIZE");
      assertProblem(p, "scenarios.yaml", 7, 17, "STATOIN_POSTS", "did you mean STATION_POSTS?");
    }

    @Test
    @DisplayName("an expectation of a rule the scenario does not compare can never match, and is reported")
    void expectationOutsideRules() {
      List<RuleSetProblem> p = problems(scenario(
          "  - name: base",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    rules: [STATION_SIZE]",
          "    expect:",
          "      - { rule: COMMUNITY_HOUSEHOLDS }"));
      assertProblem(p, "scenarios.yaml", 7, 9, "compares only the findings of STATION_SIZE", "COMMUNITY_HOUSEHOLDS",
          "add it to 'rules'");
    }

    @Test
    @DisplayName("an unknown kind or post is reported listing those there are")
    void unknownKindAndPost() {
      String kind = "      - { rule: STATION_SIZE, kind: STATION, id: station-1 }";
      String post = "      - { rule: CONCURRENT_POSTS_AVAILABLE, kind: PERSON, id: chair, post: CHAIR }";
      List<RuleSetProblem> p = problems(scenario(
          "  - name: base",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    expect:",
          kind,
          post));
      assertProblem(p, "scenarios.yaml", 6, kind.indexOf("STATION,") + 1, "'STATION' is not a kind", "SERVICE_STATION (社区服务站)",
          "COMMUNITY (社区)", "ASSEMBLY");
      assertProblem(p, "scenarios.yaml", 7, post.indexOf("CHAIR }") + 1, "'CHAIR' is not a post", "COMMITTEE_CHAIR (居委会主任)",
          "STATION_STAFF");
    }

    @Test
    @DisplayName("an expectation about anything but the community needs an id")
    void kindWithoutId() {
      List<RuleSetProblem> p = problems(scenario(
          "  - name: base",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    expect:",
          "      - { rule: STATION_SIZE, kind: SERVICE_STATION }"));
      assertProblem(p, "scenarios.yaml", 6, 9, "service station needs 'id'");
    }

    @Test
    @DisplayName("a community file that does not exist is reported at its name, with where it was looked for")
    void communityFileMissing() {
      List<RuleSetProblem> p = problems(scenario(
          "  - name: base",
          "    community: communities/bsae.yaml",
          "    asOf: 2005-12-01",
          "    expect: []"));
      assertProblem(p, "scenarios.yaml", 3, 16, "there is no community file communities/bsae.yaml", "looked for");
    }

    @Test
    @DisplayName("a mistake in a community file is located in that file")
    void mistakeInCommunityFile() throws IOException {
      Path base = tmp.resolve("communities/base.yaml");
      List<String> lines = Files.readAllLines(base);
      int line = lines.indexOf("    birthDate: 1975-09-02") + 1;
      lines.set(line - 1, "    birthDate: 1975/09/02");
      Files.write(tmp.resolve("communities/broken.yaml"), lines);
      List<RuleSetProblem> p = problems(scenario(
          "  - name: broken",
          "    community: communities/broken.yaml",
          "    asOf: 2005-12-01",
          "    expect: []"));
      assertProblem(p, "communities/broken.yaml", line, 16, "birthDate", "'1975/09/02' is not a date");
      assertEquals(1, p.size(), p::toString);
    }

    @ParameterizedTest(name = "indented by {0}")
    @ValueSource(ints = {2, 4, 7})
    @DisplayName("a mistake in an inline community is located at its line and column in the scenario file")
    void mistakeInInlineCommunity(int indent) {
      String in = " ".repeat(4 + indent);
      List<RuleSetProblem> p = problems(scenario(
          "  - name: inline",
          "    asOf: 2005-12-01",
          "    community:",
          in + "id: c-1",
          in + "name: 一个社区",
          in + "type: BLOCK",
          in + "subdistrictOffice:",
          in + "  id: office-1",
          in + "  name: 街道办事处",
          in + "  workingCommittee: { id: wc-1, name: 党工委 }",
          in + "people:",
          in + "  - { id: p1, name: 甲, birthDate: 1970-01-01, education: BACHLOR }",
          in + "  - id: p2",
          in + "    name: 乙",
          in + "    birthDate: 1970-13-01",
          in + "    education: COLLEGE",
          "    expect: []"));
      int col = 4 + indent + 1;
      assertProblem(p, "scenarios.yaml", 13, col + 4 + "{ id: p1, name: 甲, birthDate: 1970-01-01, education: ".length(),
          "'BACHLOR' is not an education level", "did you mean 'BACHELOR'?");
      assertProblem(p, "scenarios.yaml", 16, col + 4 + "birthDate: ".length(), "'1970-13-01'");
      assertEquals(2, p.size(), p::toString);
    }

    @Test
    @DisplayName("a required field missing from an inline community is reported at the community's first line")
    void missingFieldInInlineCommunity() {
      List<RuleSetProblem> p = problems(scenario(
          "  - name: inline",
          "    asOf: 2005-12-01",
          "    community:",
          "      id: c-1",
          "      name: 一个社区",
          "      subdistrictOffice: { id: office-1, name: 街道办事处, workingCommittee: { id: wc-1, name: 党工委 } }",
          "    expect: []"));
      assertProblem(p, "scenarios.yaml", 5, 7, "needs 'type'");
    }

    @Test
    @DisplayName("an empty file says so")
    void emptyFile() {
      List<RuleSetProblem> p = problems("");
      assertProblem(p, "scenarios.yaml", 1, 1, "empty", "scenarios:");
      assertEquals(1, p.size(), p::toString);
      assertProblem(problems("# nothing yet\n"), "scenarios.yaml", 1, 1, "empty");
    }

    @Test
    @DisplayName("'scenarios' that is not a list, and a file that is not a mapping, are reported")
    void notAList() {
      assertProblem(problems("scenarios: base\n"), "scenarios.yaml", 1, 12, "needs 'scenarios:', a list of scenarios",
          "- name:");
      assertProblem(problems("- name: base\n"), "scenarios.yaml", 1, 1, "a scenario file must be");
      assertProblem(problems(scenario("  - base")), "scenarios.yaml", 2, 5, "each scenario must be");
      assertProblem(problems(scenario(
          "  - name: base",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    expect: { rule: STATION_SIZE }")), "scenarios.yaml", 5, 13, "'expect' must be a list");
    }

    @Test
    @DisplayName("every problem of a file is reported at once, in the order of the file")
    void allAtOnce() {
      List<RuleSetProblem> p = problems(scenario(
          "  - name: one",
          "    community: communities/none.yaml",
          "    asOf: 2005-12-01",
          "    expect: []",
          "  - name: two",
          "    community: communities/base.yaml",
          "    asOf: someday",
          "    expect: []"));
      assertEquals(2, p.size(), p::toString);
      assertTrue(p.get(0).line() < p.get(1).line(), p::toString);
    }
  }

  @Nested
  @DisplayName("what reading gives")
  class Reading {
    @Test
    @DisplayName("a scenario's fields, its line, and expectations with the community, kind, id and post")
    void reads() {
      Path file = scenarioFile(scenario(
          "  - name: \"服务站 / station\"",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    rules: [STATION_SIZE, CONCURRENT_POSTS_AVAILABLE]",
          "    expect:",
          "      - { rule: STATION_SIZE, kind: 社区服务站, id: station-1 }",
          "      - { rule: CONCURRENT_POSTS_AVAILABLE, kind: PERSON, id: chair, post: 居委会主任 }",
          "  - name: households",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    expect:",
          "      - { rule: COMMUNITY_HOUSEHOLDS }"));
      List<Scenario> s = Scenarios.read(file, RULES);
      assertEquals(2, s.size());
      assertEquals("服务站 / station", s.get(0).name());
      assertEquals(2, s.get(0).line());
      assertEquals(LocalDate.of(2005, 12, 1), s.get(0).asOf());
      assertEquals("c-luoyuan", s.get(0).community().id());
      assertEquals(Optional.of(ImmutableSortedSet.of(RuleId.of("CONCURRENT_POSTS_AVAILABLE"), RuleId.of("STATION_SIZE"))),
          s.get(0).rules());
      assertEquals(List.of(
          new Scenario.Expected(RuleId.of("STATION_SIZE"), Subject.of("c-luoyuan", SubjectKind.SERVICE_STATION, "station-1")),
          new Scenario.Expected(RuleId.of("CONCURRENT_POSTS_AVAILABLE"),
              Subject.person("c-luoyuan", "chair", Post.COMMITTEE_CHAIR))), s.get(0).expected());
      assertEquals(Optional.empty(), s.get(1).rules());
      assertEquals(List.of(new Scenario.Expected(RuleId.of("COMMUNITY_HOUSEHOLDS"), Subject.community("c-luoyuan"))),
          s.get(1).expected());
    }

    @Test
    @DisplayName("files() lists scenarios/*.yaml and *.yml by name, not the community files below")
    void files() throws IOException {
      Path set = tmp.resolve("set");
      Files.createDirectories(set.resolve("scenarios/communities"));
      Files.writeString(set.resolve("scenarios/b.yml"), "");
      Files.writeString(set.resolve("scenarios/a.yaml"), "");
      Files.writeString(set.resolve("scenarios/notes.txt"), "");
      Files.writeString(set.resolve("scenarios/communities/c.yaml"), "");
      assertEquals(List.of(set.resolve("scenarios/a.yaml"), set.resolve("scenarios/b.yml")), Scenarios.files(set));
      assertEquals(List.of(), Scenarios.files(tmp.resolve("nowhere")));
    }
  }

  @Nested
  @DisplayName("running a scenario against jinan-shizhong-2005")
  class Running {
    @Test
    @DisplayName("the example community gives what it expects: passed, every finding matched")
    void passes() {
      ScenarioResult r = Scenarios.run(JINAN, jinanScenario(
          "  - name: base",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    expect:",
          "      - { rule: COMMUNITY_HOUSEHOLDS }",
          "      - { rule: CONCURRENT_POSTS_AVAILABLE, kind: PERSON, id: chair, post: COMMITTEE_CHAIR }"));
      assertTrue(r.passed(), r::toString);
      assertEquals(2, r.matched().size());
      assertEquals("jinan-shizhong-2005", r.ruleSetId());
    }

    @Test
    @DisplayName("an expected finding that does not come is missing, and fails the scenario")
    void missing() {
      ScenarioResult r = Scenarios.run(JINAN, jinanScenario(
          "  - name: base",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    rules: [COMMUNITY_HOUSEHOLDS, STATION_SIZE]",
          "    expect:",
          "      - { rule: COMMUNITY_HOUSEHOLDS }",
          "      - { rule: STATION_SIZE, kind: SERVICE_STATION, id: station-1 }"));
      assertFalse(r.passed());
      assertEquals(List.of(new Scenario.Expected(RuleId.of("STATION_SIZE"),
          Subject.of("c-luoyuan", SubjectKind.SERVICE_STATION, "station-1"))), r.missing());
      assertEquals("{ rule: STATION_SIZE, kind: SERVICE_STATION, id: station-1 }", r.missing().get(0).toYaml());
      assertEquals(List.of(), r.unexpected());
    }

    @Test
    @DisplayName("a finding that comes unexpected fails the scenario, and can be pasted back as an expectation")
    void unexpected() {
      ScenarioResult r = Scenarios.run(JINAN, jinanScenario(
          "  - name: base",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    expect:",
          "      - { rule: COMMUNITY_HOUSEHOLDS }"));
      assertFalse(r.passed());
      assertEquals(List.of(), r.missing());
      assertEquals(1, r.unexpected().size());
      var f = r.unexpected().get(0);
      assertEquals("{ rule: CONCURRENT_POSTS_AVAILABLE, kind: PERSON, id: chair, post: COMMITTEE_CHAIR }",
          new Scenario.Expected(f.ruleId(), f.subject()).toYaml());
    }

    @Test
    @DisplayName("with 'rules:', only those rules' findings are compared; the others are ignored")
    void rulesFilter() {
      Scenario s = jinanScenario(
          "  - name: base",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    rules: [STATION_SIZE]",
          "    expect: []");
      ScenarioResult r = Scenarios.run(JINAN, s);
      assertTrue(r.passed(), r::toString);
      assertEquals(List.of(), r.matched());
      assertTrue(s.compares(RuleId.of("STATION_SIZE")));
      assertFalse(s.compares(RuleId.of("COMMUNITY_HOUSEHOLDS")));
    }

    @Test
    @DisplayName("'expect: []' without 'rules:' expects no finding at all")
    void expectNothing() {
      ScenarioResult r = Scenarios.run(JINAN, jinanScenario(
          "  - name: base",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    expect: []"));
      assertFalse(r.passed());
      assertEquals(2, r.unexpected().size());
    }
  }

  @Nested
  @DisplayName("election and registration scenarios: reading, mistakes located, running against jinan-shizhong-2005")
  class ElectionsAndRegistrations {
    /** The head of a valid inline election under a scenario's 'election:', lines 4–12 of the file. */
    static final String ELECTION = String.join("\n",
        "      id: e-1",
        "      community: c-luoyuan",
        "      date: 2005-09-18",
        "      seats: { chairs: 1, viceChairs: 0, members: 2 }",
        "      electorate: HOUSEHOLD_REPRESENTATIVES",
        "      registered: 100",
        "      candidates: [ { person: chair, nomination: { self: true } }, { person: member-1, nomination: { voters: 3 } },"
            + " { person: member-2, nomination: { voters: 3 } }, { person: resident-1, nomination: { voters: 3 } } ]",
        "      ballotsIssued: 100",
        "      ballots:");

    @Test
    @DisplayName("a scenario with both a community and an election is reported at the second")
    void twoKinds() {
      List<RuleSetProblem> p = jinanProblems(
          "  - name: both",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    election: elections/e.yaml",
          "    expect: []");
      assertProblem(p, "scenarios.yaml", 5, 5, "checks one thing", "'community' (line 3)", "'election'");
      assertEquals(1, p.size(), p::toString);
    }

    @Test
    @DisplayName("a scenario with no community, election or registrations says it needs one of them")
    void noKind() {
      List<RuleSetProblem> p = jinanProblems(
          "  - name: none",
          "    asOf: 2005-12-01",
          "    expect: []");
      assertProblem(p, "scenarios.yaml", 2, 5, "needs 'community'", "'election'", "'registrations'");
      assertEquals(1, p.size(), p::toString);
    }

    @Test
    @DisplayName("an inline election reads and runs: exactly half turning out is void under jinan-shizhong-2005")
    void inlineElection() {
      Scenario s = jinanScenario(
          "  - name: half",
          "    election:",
          ELECTION,
          "        - { marks: [chair, member-1, member-2], count: 50 }",
          "    asOf: 2005-09-18",
          "    expect:",
          "      - { rule: ELECTION_VALIDITY }");
      assertEquals("e-1", ((Scenario.Input.OfElection) s.input()).election().id());
      assertEquals(List.of(new Scenario.Expected(RuleId.of("ELECTION_VALIDITY"), Subject.community("c-luoyuan"))),
          s.expected());
      ScenarioResult r = Scenarios.run(JINAN, s);
      assertTrue(r.passed(), r::toString);
      assertEquals(1, r.matched().size());
      assertThrows(IllegalStateException.class, s::community);
    }

    @Test
    @DisplayName("a mistake in an inline election is located at its line and column in the scenario file")
    void mistakeInInlineElection() {
      List<RuleSetProblem> p = jinanProblems(
          "  - name: half",
          "    election:",
          ELECTION.replace("electorate: HOUSEHOLD_REPRESENTATIVES", "electorate: 户代"),
          "        - { marks: [chair], count: -1 }",
          "    asOf: 2005-09-18",
          "    expect: []");
      assertProblem(p, "scenarios.yaml", 8, 19, "'户代' is not an electorate", "户代表");
      assertProblem(p, "scenarios.yaml", 13, 36, "ballots[0].count", "at least 1");
      assertEquals(2, p.size(), p::toString);
    }

    @Test
    @DisplayName("a mistake in an election file is located in that file; a missing one where it is named")
    void mistakeInElectionFile() throws IOException {
      Files.createDirectories(tmp.resolve("elections"));
      Files.writeString(tmp.resolve("elections/e.yaml"), ELECTION.replace("\n      ", "\n").strip()
          .replace("registered: 100", "registered: lots") + "\n");
      List<RuleSetProblem> p = jinanProblems(
          "  - name: file",
          "    election: elections/e.yaml",
          "    asOf: 2005-09-18",
          "    expect: []",
          "  - name: no file",
          "    election: elections/none.yaml",
          "    asOf: 2005-09-18",
          "    expect: []");
      assertProblem(p, "elections/e.yaml", 6, 13, "registered", "whole number", "'lots'");
      assertProblem(p, "scenarios.yaml", 7, 15, "there is no election file elections/none.yaml");
      assertEquals(2, p.size(), p::toString);
    }

    @Test
    @DisplayName("an as-of date before the election is reported at 'asOf'")
    void asOfBeforeTheElection() {
      List<RuleSetProblem> p = jinanProblems(
          "  - name: early",
          "    election:",
          ELECTION,
          "        - { blank: true }",
          "    asOf: 2005-09-17",
          "    expect: []");
      assertProblem(p, "scenarios.yaml", 14, 11, "before election e-1 on 2005-09-18");
      assertEquals(1, p.size(), p::toString);
    }

    @Test
    @DisplayName("registrations read and run: a 14-year-old is not eligible, and is the subject in her community")
    void registrations() {
      Scenario s = jinanScenario(
          "  - name: young",
          "    registrations:",
          "      - community: communities/base.yaml",
          "        registered:",
          "          - { person: resident-1, on: 2005-08-01 }",
          "          - { person: resident-2, on: 2005-08-01 }",
          "        deprived:",
          "          - { person: chair, from: 2001-01-01 }",
          "    asOf: 2005-09-01",
          "    expect:",
          "      - { rule: VOTER_ELIGIBILITY, kind: PERSON, id: resident-2 }");
      var r = ((Scenario.Input.OfRegistrations) s.input()).registrations().get(0);
      assertEquals(2, r.registrations().size());
      assertEquals(1, r.rights().deprivations().size());
      assertTrue(Scenarios.run(JINAN, s).passed(), () -> Scenarios.run(JINAN, s).toString());
    }

    @Test
    @DisplayName("each mistake in a registration entry is located: a bad date, a missing field, a date after asOf, an unknown key, a community twice")
    void badRegistrationEntries() {
      List<RuleSetProblem> p = jinanProblems(
          "  - name: bad",
          "    registrations:",
          "      - community: communities/base.yaml",
          "        registered:",
          "          - { person: resident-1, on: 2005-13-01 }",
          "          - { person: resident-2 }",
          "          - { person: chair, on: 2005-10-01 }",
          "        deprived:",
          "          - { person: chair, from: 2001-01-01, to: 2009-01-01 }",
          "      - community: communities/base.yaml",
          "        registered: []",
          "    asOf: 2005-09-01",
          "    expect: []");
      assertProblem(p, "scenarios.yaml", 6, 39, "'on'", "'2005-13-01' is not a date");
      assertProblem(p, "scenarios.yaml", 7, 13, "a registration needs 'on'");
      assertProblem(p, "scenarios.yaml", 8, 34, "after the scenario's 'asOf' 2005-09-01");
      assertProblem(p, "scenarios.yaml", 10, 48, "'to'", "until");
      assertProblem(p, "scenarios.yaml", 11, 20, "community c-luoyuan already has an entry", "line 4");
      assertEquals(5, p.size(), p::toString);
    }
  }

  @Nested
  @DisplayName("recruitment scenarios: reading, mistakes located, running against jinan-shizhong-2005")
  class Recruitments {
    /** The recruitment of the example community, lines 3–7 of the file, without 'appointedOn' (line 6). */
    private String[] recruitment(String appointedOn, String... rest) {
      List<String> lines = new java.util.ArrayList<>(List.of(
          "  - name: r",
          "    recruitment:",
          "      community: communities/base.yaml",
          "      id: recruit-2005",
          "      appointedOn: " + appointedOn,
          "      posts: [HEAD, 服务站副站长, 工作人员]"));
      lines.addAll(List.of(rest));
      return lines.toArray(String[]::new);
    }

    @Test
    @DisplayName("reads: the community's recruitment, the posts in rank order (Chinese names too), the committee's term by default, as of the reference date")
    void reads() {
      Scenario s = jinanScenario(recruitment("2005-09-01",
          "    expect:",
          "      - { rule: RECRUIT_AGE, kind: PERSON, id: head }",
          "    appointed: [deputy-head, staff-1]"));
      Scenario.Input.OfRecruitment r = (Scenario.Input.OfRecruitment) s.input();
      assertEquals("recruit-2005", r.recruitment().id());
      assertEquals(List.of(org.amodel.core.model.StationPost.HEAD, org.amodel.core.model.StationPost.DEPUTY_HEAD,
          org.amodel.core.model.StationPost.STAFF), r.openings().posts());
      assertEquals(LocalDate.of(2005, 9, 1), r.openings().appointedOn());
      assertEquals(org.amodel.core.model.Term.of(LocalDate.of(2005, 9, 1), LocalDate.of(2008, 9, 1)), r.committeeTerm());
      assertEquals(LocalDate.of(2005, 6, 30), s.asOf());
      assertEquals(List.of(new Scenario.Expected(RuleId.of("RECRUIT_AGE"),
          Subject.of("c-luoyuan", SubjectKind.PERSON, "head"))), s.expected());
      assertEquals(Optional.of(List.of("deputy-head", "staff-1")), s.appointed());
      assertEquals(3, r.line());
      assertEquals(5, r.column());
    }

    @Test
    @DisplayName("runs: the example recruitment stops no one and appoints by score, as expected")
    void passes() {
      ScenarioResult r = Scenarios.run(JINAN, jinanScenario(recruitment("2005-09-01",
          "    expect: []",
          "    appointed: [head, deputy-head, staff-1]")));
      assertTrue(r.passed(), r::toString);
      assertEquals(List.of("head", "deputy-head", "staff-1"), r.appointed());
    }

    @Test
    @DisplayName("appointments expected in another order fail, giving who was appointed")
    void appointedInAnotherOrder() {
      ScenarioResult r = Scenarios.run(JINAN, jinanScenario(recruitment("2005-09-01",
          "    expect: []",
          "    appointed: [deputy-head, head, staff-1]")));
      assertFalse(r.passed());
      assertFalse(r.appointedAsExpected());
      assertTrue(r.missing().isEmpty() && r.unexpected().isEmpty(), r::toString);
      assertEquals(List.of("head", "deputy-head", "staff-1"), r.appointed());
    }

    @Test
    @DisplayName("a given committee term: appointments beginning before the last stage stop everyone there, one finding each")
    void stopsAreFindings() {
      String[] lines = recruitment("2005-08-01",
          "      committeeTerm: { start: 2005-07-01, end: 2008-07-01 }",
          "    rules: [RECRUIT_PROCESS]",
          "    expect:",
          "      - { rule: RECRUIT_PROCESS, kind: PERSON, id: head }",
          "      - { rule: RECRUIT_PROCESS, kind: PERSON, id: deputy-head }",
          "    appointed: []");
      ScenarioResult r = Scenarios.run(JINAN, jinanScenario(lines));
      assertFalse(r.passed());
      assertEquals(List.of(), r.missing());
      assertEquals(List.of(Subject.of("c-luoyuan", SubjectKind.PERSON, "staff-1")),
          r.unexpected().stream().map(org.amodel.core.finding.Finding::subject).toList());
      assertTrue(r.unexpected().get(0).messageEn().startsWith("stopped at the "), r.unexpected().get(0)::messageEn);
      assertTrue(r.appointedAsExpected());
    }

    @Test
    @DisplayName("a stop by a rule that is not the one expected: the expected is missing, the real one unexpected")
    void otherRule() {
      ScenarioResult r = Scenarios.run(JINAN, jinanScenario(recruitment("2005-09-01",
          "    expect:",
          "      - { rule: RECRUIT_AGE, kind: PERSON, id: head }")));
      assertEquals(List.of(new Scenario.Expected(RuleId.of("RECRUIT_AGE"),
          Subject.of("c-luoyuan", SubjectKind.PERSON, "head"))), r.missing());
      assertTrue(r.unexpected().isEmpty(), r::toString);
      assertTrue(r.appointedAsExpected(), "no appointed: compared only when given");
    }

    @Test
    @DisplayName("an unknown recruitment id is reported at the id, with the recruitments there are")
    void unknownRecruitment() {
      List<RuleSetProblem> p = jinanProblems(
          "  - name: r",
          "    recruitment:",
          "      community: communities/base.yaml",
          "      id: recruit-2006",
          "      appointedOn: 2005-09-01",
          "      posts: [HEAD]",
          "    expect: []");
      assertProblem(p, "scenarios.yaml", 5, 11, "no recruitment recruit-2006", "its recruitments are recruit-2005");
      assertEquals(1, p.size(), p::toString);
    }

    @Test
    @DisplayName("a post that is not a station post is reported at it, with the posts there are")
    void badPost() {
      List<RuleSetProblem> p = jinanProblems(
          "  - name: r",
          "    recruitment:",
          "      community: communities/base.yaml",
          "      id: recruit-2005",
          "      appointedOn: 2005-09-01",
          "      posts: [HEAD, CHAIR]",
          "    expect: []");
      assertProblem(p, "scenarios.yaml", 7, 21, "'CHAIR' is not a station post", "DEPUTY_HEAD (服务站副站长)");
      assertEquals(1, p.size(), p::toString);
    }

    @Test
    @DisplayName("appointments beginning outside the committee's term, its default or one given, are reported at appointedOn")
    void appointedOnOutsideTheTerm() {
      List<RuleSetProblem> p = jinanProblems(recruitment("2008-09-02", "    expect: []"));
      assertProblem(p, "scenarios.yaml", 6, 20, "2008-09-02", "outside", "2005-09-01 to 2008-09-01",
          "give 'committeeTerm'");
      assertEquals(1, p.size(), p::toString);
      p = jinanProblems(recruitment("2005-09-01",
          "      committeeTerm: { start: 2002-09-01, end: 2005-08-31 }",
          "    expect: []"));
      assertProblem(p, "scenarios.yaml", 6, 20, "outside", "2002-09-01 to 2005-08-31", "('committeeTerm')");
      assertEquals(1, p.size(), p::toString);
    }

    @Test
    @DisplayName("a committee term ending before it starts is reported at its end")
    void termBackwards() {
      List<RuleSetProblem> p = jinanProblems(recruitment("2005-09-01",
          "      committeeTerm: { start: 2008-09-01, end: 2005-09-01 }",
          "    expect: []"));
      assertProblem(p, "scenarios.yaml", 8, 48, "'end' 2005-09-01 is before 'start' 2008-09-01");
      assertEquals(1, p.size(), p::toString);
    }

    @Test
    @DisplayName("missing keys of a recruitment, and an unknown one, are reported at the recruitment")
    void missingKeys() {
      List<RuleSetProblem> p = jinanProblems(
          "  - name: r",
          "    recruitment:",
          "      community: communities/base.yaml",
          "      date: 2005-09-01",
          "    expect: []");
      assertProblem(p, "scenarios.yaml", 4, 7, "needs 'id'");
      assertProblem(p, "scenarios.yaml", 4, 7, "needs 'appointedOn'");
      assertProblem(p, "scenarios.yaml", 4, 7, "needs 'posts'", "[HEAD, DEPUTY_HEAD, STAFF]");
      assertProblem(p, "scenarios.yaml", 5, 7, "'date' is not something a recruitment can say", "appointedOn");
      assertEquals(4, p.size(), p::toString);
      p = jinanProblems(
          "  - name: r",
          "    recruitment: recruit-2005",
          "    expect: []");
      assertProblem(p, "scenarios.yaml", 3, 18, "'recruitment' must give the recruitment to run");
    }

    @Test
    @DisplayName("'asOf' in a recruitment scenario is reported: the rules read the reference date")
    void asOfGiven() {
      List<RuleSetProblem> p = jinanProblems(recruitment("2005-09-01",
          "    asOf: 2005-12-01",
          "    expect: []"));
      assertProblem(p, "scenarios.yaml", 8, 5, "takes no 'asOf'", "reference date");
      assertEquals(1, p.size(), p::toString);
    }

    @Test
    @DisplayName("an expectation not about an applicant, without a post, is reported where it goes wrong")
    void expectationsAboutApplicants() {
      List<RuleSetProblem> p = jinanProblems(recruitment("2005-09-01",
          "    expect:",
          "      - { rule: RECRUIT_AGE }",
          "      - { rule: RECRUIT_AGE, kind: SERVICE_STATION, id: station-1 }",
          "      - { rule: RECRUIT_AGE, kind: PERSON, id: head, post: STATION_HEAD }",
          "      - { rule: RECRUIT_AGE, kind: PERSON, id: chair }"));
      assertProblem(p, "scenarios.yaml", 9, 9, "about a PERSON", "not a community");
      assertProblem(p, "scenarios.yaml", 10, 36, "about a PERSON", "not a service station");
      assertProblem(p, "scenarios.yaml", 11, 54, "name no post");
      assertProblem(p, "scenarios.yaml", 12, 48, "chair did not apply in recruitment recruit-2005",
          "head, deputy-head, staff-1");
      assertEquals(4, p.size(), p::toString);
    }

    @Test
    @DisplayName("'appointed' naming a non-applicant or someone twice, or in a community scenario, is reported")
    void badAppointed() {
      List<RuleSetProblem> p = jinanProblems(recruitment("2005-09-01",
          "    expect: []",
          "    appointed: [head, chair, head]"));
      assertProblem(p, "scenarios.yaml", 9, 23, "chair did not apply");
      assertProblem(p, "scenarios.yaml", 9, 30, "head is listed twice");
      assertEquals(2, p.size(), p::toString);
      p = jinanProblems(
          "  - name: base",
          "    community: communities/base.yaml",
          "    asOf: 2005-12-01",
          "    expect: []",
          "    appointed: [head]");
      assertProblem(p, "scenarios.yaml", 6, 5, "only a recruitment scenario can say 'appointed'", "community c-luoyuan");
      assertEquals(1, p.size(), p::toString);
    }

    @Test
    @DisplayName("a rule set without recruitment-process rules: running gives a problem at 'recruitment:', not a crash")
    void ruleSetWithoutTheRules() {
      RuleSet own = TempRuleSet.valid(tmp.resolve("sets"), "test-own").load();
      Path file = scenarioFile(scenario(recruitment("2005-09-01", "    expect: []")));
      Scenario s = Scenarios.read(file, Scenarios.ruleIds(own)).get(0);
      RuleSetException e = assertThrows(RuleSetException.class, () -> Scenarios.run(own, s));
      assertProblem(e.problems(), "scenarios.yaml", 3, 5, "recruitment recruit-2005 cannot be run by rule set test-own",
          "has no recruitment-process rules");
      assertEquals(1, e.problems().size(), e::getMessage);
    }
  }
}
