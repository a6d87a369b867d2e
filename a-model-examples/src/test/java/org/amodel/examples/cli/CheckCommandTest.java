package org.amodel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("amodel check --rule-set --as-of <files>: findings in Chinese and English, or JSON")
class CheckCommandTest {
  static final Path BASE = Cli.BUNDLED.resolve("jinan-shizhong-2005/scenarios/communities/base.yaml");

  @TempDir Path tmp;

  @Test
  @DisplayName("text: each finding with severity, rule, subject, both messages and the basis; exit 0")
  void text() {
    Cli r = Cli.run("check", "--rule-set", "jinan-shizhong-2005", "--as-of", "2005-12-01", BASE.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains(BASE + ": 泺源社区 (c-luoyuan), jinan-shizhong-2005 1.0.0, 截至 as of 2005-12-01: 2 findings"),
        r.out());
    assertTrue(r.out().contains("[WARNING] COMMUNITY_HOUSEHOLDS c-luoyuan/community:c-luoyuan"), r.out());
    assertTrue(r.out().contains("  中文: 社区现有2户,一般应不少于100户"), r.out());
    assertTrue(r.out().contains("  English: community has 2 households; normally at least 100"), r.out());
    assertTrue(r.out().contains("  依据 Basis: 居民委员会组织法(1989) 第六条"), r.out());
    assertTrue(r.out().contains("[NOTICE] CONCURRENT_POSTS_AVAILABLE c-luoyuan/person:chair(COMMITTEE_CHAIR)"), r.out());
    assertEquals("", r.err());
  }

  @Test
  @DisplayName("--format json: a list per file whose findings have rule, severity, subject and both messages")
  void json() throws IOException {
    Cli r = Cli.run("check", "--rule-set", "jinan-shizhong-2005", "--as-of", "2005-12-01", "--format", "json",
        BASE.toString(), BASE.toString());
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode results = new ObjectMapper().readTree(r.out());
    assertEquals(2, results.size());
    JsonNode first = results.get(0);
    assertEquals("c-luoyuan", first.get("community").asText());
    assertEquals("2005-12-01", first.get("asOf").asText());
    assertEquals("jinan-shizhong-2005", first.get("ruleSet").asText());
    List<String> rules = new ArrayList<>();
    for (JsonNode f : first.get("findings")) {
      rules.add(f.get("rule").asText());
      assertTrue(f.hasNonNull("severity") && f.hasNonNull("messageZh") && f.hasNonNull("messageEn")
          && f.hasNonNull("basis"), f::toString);
    }
    assertEquals(List.of("COMMUNITY_HOUSEHOLDS", "CONCURRENT_POSTS_AVAILABLE"), rules);
    JsonNode notice = first.get("findings").get(1);
    assertEquals("NOTICE", notice.get("severity").asText());
    assertEquals("PERSON", notice.at("/subject/kind").asText());
    assertEquals("chair", notice.at("/subject/id").asText());
    assertEquals("COMMITTEE_CHAIR", notice.at("/subject/post").asText());
    assertEquals("c-luoyuan", notice.at("/subject/community").asText());
  }

  @Test
  @DisplayName("a malformed file is reported on stderr with line and column; the others are still checked; exit 1")
  void malformedFile() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(BASE));
    int line = lines.indexOf("    birthDate: 1975-09-02") + 1;
    lines.set(line - 1, "    birthDate: 1975/09/02");
    Path bad = Files.write(tmp.resolve("bad.yaml"), lines);
    Cli r = Cli.run("check", "--rule-set", "jinan-shizhong-2005", "--as-of", "2005-12-01", bad.toString(),
        BASE.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.err().contains(bad + ":" + line + ":16: ") && r.err().contains("'1975/09/02' is not a date"), r.err());
    assertTrue(r.out().contains(BASE + ": 泺源社区"), r.out());
    assertTrue(r.out().contains("COMMUNITY_HOUSEHOLDS"), r.out());
  }

  @Test
  @DisplayName("an unknown rule set id is reported with the bundled ids; exit 1")
  void unknownRuleSet() {
    Cli r = Cli.run("check", "--rule-set", "jinan-2005", "--as-of", "2005-12-01", BASE.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.err().contains("'jinan-2005' is neither a rule set folder nor a bundled rule set"), r.err());
    assertTrue(r.err().contains("national-2018, jinan-shizhong-2005, shenzhen-2006"), r.err());
  }

  @Test
  @DisplayName("a rule set folder works like a bundled id, and its edits count")
  void ruleSetFolder() throws IOException {
    Path set = Cli.copyBundled("jinan-shizhong-2005", tmp);
    Cli same = Cli.run("check", "--rule-set", set.toString(), "--as-of", "2005-12-01", BASE.toString());
    assertEquals(0, same.exitCode(), same::toString);
    assertTrue(same.out().contains("2 findings"), same.out());
    Path parameters = set.resolve("parameters.yaml");
    Files.writeString(parameters, Files.readString(parameters).replace(
        "station.size.min:\n  - from: 2005-05-01\n    value: 3", "station.size.min:\n  - from: 2005-05-01\n    value: 4"));
    Cli edited = Cli.run("check", "--rule-set", set.toString(), "--as-of", "2005-12-01", BASE.toString());
    assertTrue(edited.out().contains("[VIOLATION] STATION_SIZE c-luoyuan/service_station:station-1"), edited.out());
  }

  @Test
  @DisplayName("a rule set folder with a problem: located in that folder, exit 1")
  void brokenRuleSetFolder() throws IOException {
    Path set = Cli.copyBundled("jinan-shizhong-2005", tmp);
    Path parameters = set.resolve("parameters.yaml");
    Files.writeString(parameters, Files.readString(parameters).replace("recruit.age.max:", "recruit.age.mx:"));
    Cli r = Cli.run("check", "--rule-set", set.toString(), "--as-of", "2005-12-01", BASE.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.err().contains(parameters + ":") && r.err().contains("recruit.age.mx"), r.err());
  }

  @Test
  @DisplayName("missing --as-of, or a date that is not one, is a usage error: exit 2")
  void usage() {
    Cli missing = Cli.run("check", "--rule-set", "jinan-shizhong-2005", BASE.toString());
    assertEquals(2, missing.exitCode(), missing::toString);
    assertTrue(missing.err().contains("Missing required option: '--as-of"), missing.err());
    assertEquals(2, Cli.run("check", "--rule-set", "jinan-shizhong-2005", "--as-of", "2005-13-01", BASE.toString())
        .exitCode());
    assertEquals(2, Cli.run("check", "--rule-set", "jinan-shizhong-2005", "--as-of", "2005-12-01").exitCode());
  }
}
