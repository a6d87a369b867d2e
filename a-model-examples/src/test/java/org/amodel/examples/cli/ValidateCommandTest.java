package org.amodel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("amodel validate <folder>: every problem as file:line:col: message, exit 0 or 1")
class ValidateCommandTest {
  @TempDir Path tmp;

  @Test
  @DisplayName("a bundled rule set is valid: one line naming it, exit 0")
  void bundledIsValid() {
    Cli r = Cli.run("validate", Cli.BUNDLED.resolve("jinan-shizhong-2005").toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("rule set jinan-shizhong-2005 1.0.0 is valid"), r.out());
  }

  @Test
  @DisplayName("a copy with a misspelt parameter and an unsafe rule: both located, exit 1")
  void problemsAreLocated() throws IOException {
    Path set = Cli.copyBundled("jinan-shizhong-2005", tmp);
    Path parameters = set.resolve("parameters.yaml");
    Files.writeString(parameters, Files.readString(parameters).replace("recruit.age.max:", "recruit.age.mx:"));
    Files.writeString(set.resolve("rules/exit.drl"), String.join("\n",
        "package jinan_shizhong_2005;",
        "rule \"Leaves\"",
        "  @id(STATION_SIZE) @severity(VIOLATION) @basis(\"none\")",
        "when",
        "then",
        "  System.exit(0);",
        "end",
        ""));
    Cli r = Cli.run("validate", set.toString());
    assertEquals(1, r.exitCode(), r::toString);
    List<String> lines = r.out().lines().toList();
    int ageLine = Files.readAllLines(parameters).indexOf("recruit.age.mx:") + 1;
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(set.resolve("parameters.yaml") + ":" + ageLine + ":1: ")
        && l.contains("there is no parameter called 'recruit.age.mx'") && l.contains("did you mean 'recruit.age.max'")),
        r.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(set.resolve("rules/exit.drl") + ":6:")
        && l.contains("System")), r.out());
    assertTrue(lines.get(lines.size() - 1).matches("\\d+ problems? / 共 \\d+ 个问题"), r.out());
  }

  @Test
  @DisplayName("a scenario file's mistakes are located too")
  void scenarioMistakes() throws IOException {
    Path set = Cli.copyBundled("jinan-shizhong-2005", tmp);
    Path scenarios = Files.createDirectories(set.resolve("scenarios")).resolve("typo.yaml");
    Files.writeString(scenarios, String.join("\n",
        "scenarios:",
        "  - name: a typo",
        "    community: nowhere.yaml",
        "    asOf: 2005-12-01",
        "    expect:",
        "      - { rule: STATION_SIZ }",
        ""));
    Cli r = Cli.run("validate", set.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.out().contains(scenarios + ":3:16: there is no community file nowhere.yaml"), r.out());
    assertTrue(r.out().contains(scenarios + ":6:17: no rule of this rule set reports STATION_SIZ (did you mean"
        + " STATION_SIZE?)"), r.out());
  }

  @Test
  @DisplayName("a path that is not a folder is reported, exit 1; a missing argument is a usage error, exit 2")
  void badArguments() {
    Cli notThere = Cli.run("validate", tmp.resolve("nowhere").toString());
    assertEquals(1, notThere.exitCode());
    assertTrue(notThere.out().contains("nowhere:0:0: is not a folder"), notThere.out());
    Cli missing = Cli.run("validate");
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("Missing required parameter"), missing.err());
  }

  @Test
  @DisplayName("amodel pilot prints the pilot's findings; --help lists validate, report and pilot")
  void topLevel() {
    Cli pilot = Cli.run("pilot");
    assertEquals(0, pilot.exitCode());
    assertTrue(pilot.out().contains("RECRUIT_AGE") && pilot.out().contains("CONCURRENT_POSTS_AVAILABLE"), pilot.out());
    Cli help = Cli.run("--help");
    assertEquals(0, help.exitCode());
    for (String command : List.of("validate", "report", "pilot")) {
      assertTrue(help.out().contains("  " + command + " "), help.out());
    }
  }
}
