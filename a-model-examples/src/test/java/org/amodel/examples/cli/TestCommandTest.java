package org.amodel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("amodel test <folder>: runs a rule set's scenarios, PASS/FAIL each, exit 0 only if all pass")
class TestCommandTest {
  @TempDir Path tmp;

  @Test
  @DisplayName("a copy of a bundled rule set passes: a PASS line per scenario, 'N passed, 0 failed', exit 0")
  void bundledCopyPasses() throws IOException {
    Path set = Cli.copyBundled("jinan-shizhong-2005", tmp);
    Cli r = Cli.run("test", set.toString());
    assertEquals(0, r.exitCode(), r::toString);
    List<String> lines = r.out().lines().toList();
    long scenarios = lines.stream().filter(l -> l.startsWith("PASS ")).count();
    assertTrue(scenarios > 20, r.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("PASS " + set.resolve("scenarios/station.yaml") + ":")
        && l.contains("a station of five is one too many")), r.out());
    assertTrue(lines.get(lines.size() - 1).startsWith(scenarios + " passed, 0 failed"), r.out());
    assertTrue(lines.get(lines.size() - 1).contains("jinan-shizhong-2005 1.0.0"), r.out());
  }

  @Test
  @DisplayName("each bundled rule set passes its own scenarios")
  void everyBundledSetPasses() {
    for (String id : List.of("national-2018", "jinan-shizhong-2005", "shenzhen-2006")) {
      Cli r = Cli.run("test", Cli.BUNDLED.resolve(id).toString());
      assertEquals(0, r.exitCode(), r::toString);
      assertTrue(r.out().contains(" passed, 0 failed"), r.out());
    }
  }

  @Test
  @DisplayName("a failing scenario: FAIL with what was expected and not found and what was found and not expected, ready to paste; exit 1")
  void failingScenario() throws IOException {
    Path set = Cli.copyBundled("jinan-shizhong-2005", tmp);
    Path station = set.resolve("scenarios/station.yaml");
    String text = Files.readString(station);
    Files.writeString(station, text.replaceFirst(
        "- \\{ rule: STATION_SIZE, kind: SERVICE_STATION, id: station-1 \\}",
        "- { rule: STATION_SIZE, kind: SERVICE_STATION, id: station-2 }"));
    int line = text.lines().toList().indexOf("  - name: \"服务站5人,多于4人 / a station of five is one too many\"") + 1;
    Cli r = Cli.run("test", set.toString());
    assertEquals(1, r.exitCode(), r::toString);
    List<String> lines = r.out().lines().toList();
    int fail = lines.indexOf("FAIL " + station + ":" + line + " 服务站5人,多于4人 / a station of five is one too many");
    assertTrue(fail >= 0, r.out());
    assertEquals(List.of(
        "  expected, not found / 预期而未出现:",
        "    - { rule: STATION_SIZE, kind: SERVICE_STATION, id: station-2 }",
        "  found, not expected / 出现而未预期:",
        "    - { rule: STATION_SIZE, kind: SERVICE_STATION, id: station-1 }",
        "      服务站现有5人,应至多4人 / station has 5 people; at most 4 allowed"), lines.subList(fail + 1, fail + 6));
    assertTrue(lines.get(lines.size() - 1).matches("\\d+ passed, 1 failed .*"), r.out());
  }

  @Test
  @DisplayName("a failing registration scenario: a finding in another community than the first is pasted with its community")
  void failingRegistrationScenario() throws IOException {
    Path set = Cli.copyBundled("national-2018", tmp);
    Path voters = set.resolve("scenarios/voters.yaml");
    String text = Files.readString(voters);
    Files.writeString(voters, text.replace(
        "- { rule: VOTER_UNIQUE, kind: PERSON, id: resident-1, community: c-wenhua }",
        "- { rule: VOTER_UNIQUE, kind: PERSON, id: resident-1 }"));
    Cli r = Cli.run("test", set.toString());
    assertEquals(1, r.exitCode(), r::toString);
    List<String> lines = r.out().lines().toList();
    int fail = lines.indexOf(lines.stream().filter(l -> l.startsWith("FAIL " + voters + ":")).findFirst()
        .orElseThrow(() -> new AssertionError(r.out())));
    assertEquals(List.of(
        "  expected, not found / 预期而未出现:",
        "    - { rule: VOTER_UNIQUE, kind: PERSON, id: resident-1 }",
        "  found, not expected / 出现而未预期:",
        "    - { rule: VOTER_UNIQUE, kind: PERSON, id: resident-1, community: c-wenhua }"),
        lines.subList(fail + 1, fail + 5));
  }

  @Test
  @DisplayName("a failing recruitment scenario: FAIL with the appointments expected and those made, in rank order")
  void failingRecruitmentScenario() throws IOException {
    Path set = Cli.copyBundled("national-2018", tmp);
    Path recruitment = set.resolve("scenarios/recruitment.yaml");
    String text = Files.readString(recruitment);
    Files.writeString(recruitment, text.replace("appointed: [head, staff-1]", "appointed: [staff-1, head]"));
    Cli r = Cli.run("test", set.toString());
    assertEquals(1, r.exitCode(), r::toString);
    List<String> lines = r.out().lines().toList();
    int fail = lines.indexOf(lines.stream().filter(l -> l.startsWith("FAIL " + recruitment + ":")).findFirst()
        .orElseThrow(() -> new AssertionError(r.out())));
    assertTrue(lines.get(fail).contains("a written exam dated before the qualification review stops there"), r.out());
    assertEquals(List.of(
        "  appointed, expected / 预期聘用: [staff-1, head]",
        "  appointed, found / 实际聘用:   [head, staff-1]"), lines.subList(fail + 1, fail + 3));
    assertTrue(lines.get(lines.size() - 1).matches("\\d+ passed, 1 failed .*"), r.out());
  }

  @Test
  @DisplayName("a recruitment scenario of a rule set without recruitment-process rules: FAIL with the problem located, the others run")
  void recruitmentWithoutTheRules() throws IOException {
    Path set = Cli.copyBundled("national-2018", tmp);
    Files.delete(set.resolve("rules/recruitment-process.drl"));
    Path recruitment = set.resolve("scenarios/recruitment.yaml");
    String text = Files.readString(recruitment);
    Files.writeString(recruitment, text.substring(0, text.indexOf("\n\n  - name:")) + "\n");
    Cli r = Cli.run("test", set.toString());
    assertEquals(1, r.exitCode(), r::toString);
    List<String> lines = r.out().lines().toList();
    int fail = lines.indexOf(lines.stream().filter(l -> l.startsWith("FAIL " + recruitment + ":")).findFirst()
        .orElseThrow(() -> new AssertionError(r.out())));
    int at = text.lines().toList().indexOf("    recruitment:") + 1;
    assertTrue(lines.get(fail + 1).startsWith("  " + recruitment + ":" + at + ":5: recruitment recruit-2018 cannot be run")
        && lines.get(fail + 1).contains("has no recruitment-process rules"), r.out());
    assertTrue(r.out().contains("PASS "), r.out());
    assertTrue(lines.get(lines.size() - 1).matches("\\d+ passed, 1 failed .*"), r.out());
  }

  @Test
  @DisplayName("scenario files with problems: every problem located as file:line:col, nothing run, exit 1")
  void problemsAreLocated() throws IOException {
    Path set = Cli.copyBundled("jinan-shizhong-2005", tmp);
    Path station = set.resolve("scenarios/station.yaml");
    List<String> lines = Files.readAllLines(station);
    int asOf = lines.indexOf("    asOf: 2005-12-01") + 1;
    lines.set(asOf - 1, "    asOf: 2005-12-32");
    int rule = lines.indexOf("      - { rule: STATION_SIZE, kind: SERVICE_STATION, id: station-1 }") + 1;
    lines.set(rule - 1, "      - { rule: STATION_SIZ, kind: SERVICE_STATION, id: station-1 }");
    Files.write(station, lines);
    Path base = set.resolve("scenarios/communities/base.yaml");
    List<String> community = Files.readAllLines(base);
    int type = community.indexOf("type: BLOCK") + 1;
    community.set(type - 1, "type: BLOK");
    Files.write(set.resolve("scenarios/communities/station-of-5.yaml"), community);
    Cli r = Cli.run("test", set.toString());
    assertEquals(1, r.exitCode(), r::toString);
    List<String> out = r.out().lines().toList();
    assertTrue(out.stream().anyMatch(l -> l.startsWith(station + ":" + asOf + ":11: ") && l.contains("'2005-12-32'")),
        r.out());
    assertTrue(out.stream().anyMatch(l -> l.startsWith(station + ":" + rule + ":17: ")
        && l.contains("did you mean STATION_SIZE?")), r.out());
    assertTrue(out.stream().anyMatch(l -> l.startsWith(set.resolve("scenarios/communities/station-of-5.yaml") + ":"
        + type + ":7: ") && l.contains("BLOK")), r.out());
    assertFalse(r.out().contains("PASS "), r.out());
    assertTrue(out.get(out.size() - 1).contains("problems; no scenario was run"), r.out());
  }

  @Test
  @DisplayName("a rule set without scenarios: a message saying where to write them, exit 1")
  void noScenarios() throws IOException {
    Path set = Cli.copyBundled("jinan-shizhong-2005", tmp);
    try (Stream<Path> files = Files.walk(set.resolve("scenarios"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Cli r = Cli.run("test", set.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.out().contains("no scenarios; write them in scenarios/*.yaml"), r.out());
  }

  @Test
  @DisplayName("a path that is not a folder: exit 1; no folder at all: a usage error, exit 2")
  void badArguments() {
    Cli notThere = Cli.run("test", tmp.resolve("nowhere").toString());
    assertEquals(1, notThere.exitCode());
    assertTrue(notThere.out().contains("nowhere:0:0: is not a folder"), notThere.out());
    assertEquals(2, Cli.run("test").exitCode());
  }
}
