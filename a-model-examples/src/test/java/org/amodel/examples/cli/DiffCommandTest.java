package org.amodel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("amodel diff --base --candidate --as-of <folder>: who changes outcome, per rule, with the smallest example")
class DiffCommandTest {
  private static final Path EXAMPLE = Path.of("..", "a-model-rules", "src", "test", "resources", "org", "amodel",
      "rules", "input", "example-community.yaml");

  @TempDir Path tmp;
  private Path population;
  private Path candidate;

  @BeforeEach
  void setUp() throws IOException {
    population = Files.createDirectories(tmp.resolve("population"));
    String example = Files.readString(EXAMPLE);
    assertTrue(example.contains("birthDate: 1970-03-15"), "the example's station head");
    Files.writeString(population.resolve("a.yaml"), example);
    // the head is 43 on the recruitment's reference date (2005-06-30): over 40, not over 45
    Files.writeString(population.resolve("b.yaml"), example.replace("id: c-luoyuan", "id: c-43")
        .replace("birthDate: 1970-03-15", "birthDate: 1962-05-01"));
    // 50: over both limits
    Files.writeString(Files.createDirectories(population.resolve("more")).resolve("c.json.yaml"),
        example.replace("id: c-luoyuan", "id: c-50").replace("birthDate: 1970-03-15", "birthDate: 1955-05-01"));
    candidate = Cli.copyBundled("jinan-shizhong-2005", Files.createDirectories(tmp.resolve("candidate")));
    Path parameters = candidate.resolve("parameters.yaml");
    String before = "recruit.age.max:\n  - from: 2005-05-01\n    value: 40";
    String text = Files.readString(parameters);
    assertTrue(text.contains(before));
    Files.writeString(parameters, text.replace(before, "recruit.age.max:\n  - from: 2005-05-01\n    value: 45"));
  }

  @Test
  @DisplayName("raising the age limit to 45 changes one community of three, one person, RECRUIT_AGE only")
  void ageLimitRaised() {
    Cli r = Cli.run("diff", "--base", "jinan-shizhong-2005", "--candidate", candidate.toString(),
        "--as-of", "2005-12-01", population.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("communities changing outcome: 1 / 3; 结果改变的人员 persons changing outcome: 1"),
        r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("RECRUIT_AGE\\s+1\\s+1\\s+1\\s+0")), r.out());
    assertEquals(1, r.out().lines().filter(l -> l.matches("[A-Z_]+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+")).count(), r.out());
    assertTrue(r.out().contains("RECRUIT_AGE — 最小的例子 smallest example: 泺源社区 (c-43, 12 人 people)"), r.out());
    assertTrue(r.out().contains("− 仅基准 base only: [VIOLATION] c-43/person:head(STATION_HEAD)"), r.out());
    assertEquals("", r.err());
  }

  @Test
  @DisplayName("on a generated district of 200: some communities change, by RECRUIT_AGE only, and the same seed gives the same report")
  void generatedDistrict() {
    Cli r = Cli.run("diff", "--base", "jinan-shizhong-2005", "--candidate", candidate.toString(),
        "--as-of", "2005-11-30", "--generated", "200", "--seed", "7");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().startsWith("合成的区 synthetic district: 200 个社区 communities, seed 7"), r.out());
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("communities changing outcome: (\\d+) / 200").matcher(r.out());
    assertTrue(m.find(), r.out());
    int changed = Integer.parseInt(m.group(1));
    assertTrue(changed > 0 && changed < 100, r.out());
    assertEquals(List.of("RECRUIT_AGE"), r.out().lines().filter(l -> l.matches("[A-Z_]+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+"))
        .map(l -> l.split("\\s+")[0]).toList(), r.out());
    assertEquals(r.out(), Cli.run("diff", "--base", "jinan-shizhong-2005", "--candidate", candidate.toString(),
        "--as-of", "2005-11-30", "--generated", "200", "--seed", "7").out());
  }

  @Test
  @DisplayName("a folder and --generated together, or neither, is a usage error")
  void populationEitherOr() {
    assertEquals(2, Cli.run("diff", "--base", "jinan-shizhong-2005", "--candidate", "jinan-shizhong-2005",
        "--as-of", "2005-12-01", "--generated", "5", population.toString()).exitCode());
    assertEquals(2, Cli.run("diff", "--base", "jinan-shizhong-2005", "--candidate", "jinan-shizhong-2005",
        "--as-of", "2005-12-01").exitCode());
  }

  @Test
  @DisplayName("the same rule set twice: no change")
  void noChange() {
    Cli r = Cli.run("diff", "--base", "jinan-shizhong-2005", "--candidate", "jinan-shizhong-2005",
        "--as-of", "2005-12-01", population.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("communities changing outcome: 0 / 3") && r.out().contains("no change"), r.out());
  }

  @Test
  @DisplayName("a malformed community file is located on stderr and nothing is compared: exit 1")
  void badCommunityFile() throws IOException {
    Files.writeString(population.resolve("bad.yaml"), "id: c-bad\nname: 坏\ntype: NOWHERE\n");
    Cli r = Cli.run("diff", "--base", "jinan-shizhong-2005", "--candidate", candidate.toString(),
        "--as-of", "2005-12-01", population.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.err().contains(population.resolve("bad.yaml") + ":3:7:"), r.err());
    assertEquals("", r.out());
  }

  @Test
  @DisplayName("an unknown rule set lists the bundled ones; an empty folder is reported; a missing option is a usage error")
  void badArguments() throws IOException {
    Cli unknown = Cli.run("diff", "--base", "jinan", "--candidate", "jinan-shizhong-2005", "--as-of", "2005-12-01",
        population.toString());
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().contains("'jinan' is neither a rule set folder nor a bundled rule set")
        && unknown.err().contains("national-2018"), unknown.err());
    Cli empty = Cli.run("diff", "--base", "jinan-shizhong-2005", "--candidate", "jinan-shizhong-2005", "--as-of",
        "2005-12-01", Files.createDirectories(tmp.resolve("empty")).toString());
    assertEquals(1, empty.exitCode());
    assertTrue(empty.err().contains("holds no community files"), empty.err());
    Cli usage = Cli.run("diff", "--base", "jinan-shizhong-2005", population.toString());
    assertEquals(2, usage.exitCode());
  }
}
