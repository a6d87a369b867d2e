package org.amodel.rules.formats;

import static org.amodel.rules.formats.FormatSets.assertProblem;
import static org.amodel.rules.formats.FormatSets.idAndSubject;
import static org.amodel.rules.formats.FormatSets.idsAndSubjects;
import static org.amodel.rules.formats.FormatSets.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Post;
import org.amodel.core.model.StationPost;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetCompiler.BuildMode;
import org.amodel.rules.ruleset.RuleSetProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules written as sentences of the bundled vocabularies ({@code amodel-zh.dsl}, {@code
 * amodel-en.dsl}): they compile in both build modes, carry their id, severity and basis, fire on
 * the community that breaks them, and a sentence outside the vocabulary or an unsafe expansion is
 * refused at its line.
 */
@DisplayName("Rules in sentences (*.dslr with a *.dsl vocabulary)")
class SentencesTest {
  private static final String STATION = "rules/station.dslr";

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"sentences-zh, CLASSIC", "sentences-zh, EXECUTABLE_MODEL", "sentences-en, CLASSIC",
      "sentences-en, EXECUTABLE_MODEL"})
  @DisplayName("a five-person station, a member over 40 and one without college are each reported")
  void brokenCommunity(String id, BuildMode mode) {
    RuleSet rules = FormatSets.load(id, mode);
    assertEquals(6, rules.ruleNames().size(), rules.ruleNames()::toString);
    assertEquals(List.of(), rules.evaluate(SeedFixture.community(), SeedFixture.AS_OF).findings());

    Community c = SeedFixture.withRecruit(SeedFixture.community(),
        SeedFixture.candidate("extra", "多一人"), StationPost.STAFF);
    c = c.withPerson(SeedFixture.person(c, SeedFixture.HEAD).withBirthDate(LocalDate.of(1950, 3, 1)));
    c = c.withPerson(SeedFixture.person(c, SeedFixture.STAFF_2).withEducation(EducationLevel.SENIOR_SECONDARY));
    Subject station = Subject.of(SeedFixture.COMMUNITY_ID, SubjectKind.SERVICE_STATION, SeedFixture.STATION_ID);
    assertEquals(List.of(
            idAndSubject("RECRUIT_AGE", person(SeedFixture.HEAD, Post.STATION_HEAD)),
            idAndSubject("RECRUIT_EDUCATION", person(SeedFixture.STAFF_2, Post.STATION_STAFF)),
            idAndSubject("STATION_POSTS", station),
            idAndSubject("STATION_SIZE", station)),
        idsAndSubjects(rules.evaluate(c, SeedFixture.AS_OF).findings()));
  }

  @Test
  @DisplayName("a sentence rule's metadata sentences become @id, @severity, @basis and @basisFrom")
  void metadata() {
    RuleSet rules = FormatSets.load("sentences-zh", BuildMode.CLASSIC);
    var rule = rules.kieBase().getRule("sentences_zh", "服务站站长人数不符");
    assertEquals("STATION_POSTS", String.valueOf(rule.getMetaData().get("id")));
    assertEquals("VIOLATION", String.valueOf(rule.getMetaData().get("severity")));
    assertTrue(String.valueOf(rule.getMetaData().get("basis")).contains("设站长1人"));
    assertTrue(String.valueOf(rule.getMetaData().get("basisFrom")).contains("station.heads.max"));
  }

  @Test
  @DisplayName("a sentence outside the vocabulary is reported at its line, with the nearest sentence")
  void unknownSentence(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("sentences-zh", root);
    replace(set.resolve(STATION), "  服务站人数少于 3 人或多于 4 人\n", "  服务站的人太多了\n");
    RuleSetProblem p = FormatSets.onlyProblem(set);
    assertProblem(p, STATION, 16, 3, "this sentence is not in the vocabulary (amodel-zh.dsl): '服务站的人太多了'",
        "the nearest sentence is '服务站人数");
  }

  @Test
  @DisplayName("an English sentence outside the vocabulary is reported at its line")
  void unknownEnglishSentence(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("sentences-en", root);
    replace(set.resolve("rules/recruitment.dslr"), "  Report the member's age\n", "  Tell the mayor\n");
    RuleSetProblem p = FormatSets.onlyProblem(set);
    assertProblem(p, "rules/recruitment.dslr", 19, 3, "not in the vocabulary (amodel-en.dsl): 'Tell the mayor'");
  }

  @Test
  @DisplayName("System.exit smuggled in through a rule set's own vocabulary is refused at the sentence's line")
  void unsafeVocabulary(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("sentences-zh", root);
    Files.writeString(set.resolve("rules/district.dsl"),
        "[then]报告并结束=findings.station(drools, $s, \"a\", \"b\"); System.exit(0);\n", StandardCharsets.UTF_8);
    String text = Files.readString(set.resolve(STATION), StandardCharsets.UTF_8)
        .replace("expander amodel-zh.dsl;", "expander amodel-zh.dsl;\nexpander district.dsl;")
        .replace("  报告服务站人数\n", "  报告并结束\n");
    Files.writeString(set.resolve(STATION), text, StandardCharsets.UTF_8);
    List<RuleSetProblem> problems = FormatSets.problems(set, BuildMode.CLASSIC);
    assertEquals(1, problems.size(), problems::toString);
    assertProblem(problems.get(0), STATION, 19, 3, "System", "(the sentence '报告并结束' reads in DRL:");
  }

  @Test
  @DisplayName("System.exit on a line of plain DRL ('>') in a .dslr is refused at its line")
  void unsafeRawLine(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("sentences-en", root);
    replace(set.resolve(STATION), "  Report the station's size\n", "  Report the station's size\n  >System.exit(0);\n");
    List<RuleSetProblem> problems = FormatSets.problems(set, BuildMode.CLASSIC);
    assertEquals(1, problems.size(), problems::toString);
    assertProblem(problems.get(0), STATION, 19, 3, "System");
  }

  @Test
  @DisplayName("a .dslr that names no vocabulary, or one that does not exist, is refused")
  void missingVocabulary(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("sentences-zh", root);
    replace(set.resolve(STATION), "expander amodel-zh.dsl;", "expander amodel-fr.dsl;");
    RuleSetProblem p = FormatSets.onlyProblem(set);
    assertProblem(p, STATION, 3, 10, "'expander amodel-fr.dsl' names no vocabulary", "amodel-zh.dsl, amodel-en.dsl");

    replace(set.resolve(STATION), "expander amodel-fr.dsl;", "");
    assertProblem(FormatSets.onlyProblem(set), STATION, 1, 1, "names no vocabulary");
  }

  @Test
  @DisplayName("a vocabulary with Chinese punctuation is reported at its line: Drools' DSL reader refuses it")
  void chinesePunctuationInVocabulary(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("sentences-zh", root);
    Files.writeString(set.resolve("rules/district.dsl"), "# 本区句式\n[then]报告\uFF0C完毕=findings.x();\n",
        StandardCharsets.UTF_8);
    RuleSetProblem p = FormatSets.onlyProblem(set);
    assertEquals("rules/district.dsl", p.file());
    assertEquals(2, p.line());
    assertTrue(p.message().contains("no Chinese punctuation"), p::toString);
  }

  @Test
  @DisplayName("a rule set's own vocabulary in rules/ extends the bundled one, with a Chinese comma written \\uFF0C")
  void ownVocabulary(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("sentences-zh", root);
    Files.writeString(set.resolve("rules/district.dsl"),
        "[when]服务站人数不在\\s*{min:\\d+}\\s*至\\s*{max:\\d+}\\s*人之间[,\\uFF0C]?=服务站人数少于 {min} 人或多于 {max} 人\n",
        StandardCharsets.UTF_8);
    String text = Files.readString(set.resolve(STATION), StandardCharsets.UTF_8)
        .replace("expander amodel-zh.dsl;", "expander district.dsl;\nexpander amodel-zh.dsl;")
        .replace("  服务站人数少于 3 人或多于 4 人\n", "  服务站人数不在 3 至 4 人之间,\n");
    Files.writeString(set.resolve(STATION), text, StandardCharsets.UTF_8);
    Community five = SeedFixture.withRecruit(SeedFixture.community(), SeedFixture.candidate("extra", "多一人"),
        StationPost.STAFF);
    RuleSet rules = org.amodel.rules.engine.RuleSetLoaders.standard().folder(set);
    List<String> found = idsAndSubjects(rules.evaluate(five, SeedFixture.AS_OF).findings());
    assertTrue(found.contains(idAndSubject("STATION_SIZE",
        Subject.of(SeedFixture.COMMUNITY_ID, SubjectKind.SERVICE_STATION, SeedFixture.STATION_ID))), found::toString);
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), () -> file + " has no " + from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
