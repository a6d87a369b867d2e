package org.amodel.rules.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.Post;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("RuleSetDiff: who changes outcome when the recruit age limit goes from 40 to 45")
class RuleSetDiffTest {
  private static final Path BUNDLED = Path.of("src", "main", "resources", "org", "amodel", "rules", "sets");

  @TempDir static Path tmp;
  private static RuleSet seed;
  private static RuleSet age45;

  @BeforeAll
  static void load() throws IOException {
    seed = RuleSetLoaders.standard().bundled("jinan-shizhong-2005");
    Path copy = tmp.resolve("jinan-shizhong-2005");
    try (Stream<Path> files = Files.walk(BUNDLED.resolve("jinan-shizhong-2005"))) {
      for (Path p : files.toList()) {
        Path to = copy.resolve(BUNDLED.resolve("jinan-shizhong-2005").relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Path parameters = copy.resolve("parameters.yaml");
    String text = Files.readString(parameters);
    String before = "recruit.age.max:\n  - from: 2005-05-01\n    value: 40";
    assertTrue(text.contains(before));
    Files.writeString(parameters, text.replace(before, "recruit.age.max:\n  - from: 2005-05-01\n    value: 45"));
    age45 = RuleSetLoaders.standard().folder(copy);
  }

  /** The fixture with its station head born so as to be {@code age} on the recruitment's reference date. */
  private static Community headAged(String id, int age) {
    Community c = SeedFixture.community().withId(id);
    return SeedFixture.withPerson(c, SeedFixture.person(c, SeedFixture.HEAD)
        .withBirthDate(SeedFixture.REFERENCE_DATE.minusYears(age)));
  }

  @Test
  @DisplayName("a rule set compared with itself changes nothing")
  void sameRuleSet() {
    DiffReport r = RuleSetDiff.compare(seed, seed, List.of(headAged("c-43", 43), SeedFixture.community()),
        SeedFixture.AS_OF);
    assertTrue(r.unchanged());
    assertEquals(0, r.changedPersons());
    assertTrue(r.byRule().isEmpty());
  }

  @Test
  @DisplayName("a head of 43 stops breaking RECRUIT_AGE; one of 40 or 47 does not change; the smallest example is shown")
  void ageLimitRaised() {
    Community clean = SeedFixture.community().withId("c-clean");
    Community at40 = headAged("c-40", 40);
    Community at43 = headAged("c-43", 43);
    Community at44Bigger = SeedFixture.withPeopleAdded(headAged("c-44", 44), SeedFixture.candidate("extra", "新居民"));
    Community at47 = headAged("c-47", 47);
    DiffReport r = RuleSetDiff.compare(seed, age45, List.of(clean, at40, at44Bigger, at43, at47), SeedFixture.AS_OF);
    assertEquals(5, r.communities());
    assertEquals(2, r.changedCommunities());
    assertEquals(2, r.changedPersons());
    assertEquals(List.of(RuleId.RECRUIT_AGE), List.copyOf(r.byRule().keySet()));
    RuleChange age = r.byRule().get(RuleId.RECRUIT_AGE);
    assertEquals(2, age.communities());
    assertEquals(2, age.persons());
    assertEquals(2, age.findingsGone());
    assertEquals(0, age.findingsAdded());
    assertEquals("c-43", age.example().communityId(), "c-44 has one person more");
    assertEquals(List.of(Subject.person("c-43", SeedFixture.HEAD, Post.STATION_HEAD)),
        age.example().gone().stream().map(f -> f.subject()).toList());
    assertEquals(List.of(), age.example().added());
  }
}
