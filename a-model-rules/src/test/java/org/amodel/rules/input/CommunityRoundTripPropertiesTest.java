package org.amodel.rules.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.generators.Breakers;
import org.amodel.core.generators.CommunityGenerators;
import org.amodel.core.model.Community;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Forum;
import org.amodel.core.model.ForumKind;
import org.amodel.core.model.Person;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StageResult;
import org.amodel.core.model.Suggestion;
import org.amodel.core.model.UnitResource;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.properties.Examples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writing a community and reading the text back gives an equal community, in both formats: on
 * generated valid communities, on communities that break district rules (they are still valid
 * models, of more varied shapes), and on texts that YAML would otherwise read as something else.
 * Run with {@code -Damodel.examples=100000} for a longer search.
 */
@DisplayName("A written community reads back equal")
class CommunityRoundTripPropertiesTest {
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();

  private static Community roundTrip(Community c, FileFormat format) {
    String text = CommunityFiles.write(c, format);
    return CommunityFiles.read(format == FileFormat.YAML ? "community.yaml" : "community.json", text);
  }

  private static void assertRoundTrips(Community c) {
    assertEquals(c, roundTrip(c, FileFormat.YAML), "through YAML");
    assertEquals(c, roundTrip(c, FileFormat.JSON), "through JSON");
  }

  @Test
  @DisplayName("generated valid communities, through YAML and through JSON")
  void validCommunities() {
    Examples.qt().forAll(CommunityGenerators.valid(SEED)).checkAssert(s -> assertRoundTrips(s.community()));
  }

  /**
   * Broken communities add shapes the valid ones lack (appointments without a recruitment, stations
   * without an assembly, two committees, designated recruitments), not volume: a tenth of the
   * examples, since each community of up to 700 households takes a while to write and read as YAML.
   */
  @Test
  @DisplayName("communities broken several times over by the rule breakers, through YAML and through JSON")
  void brokenCommunities() {
    Examples.qt().withExamples(Math.max(1, Examples.count() / 10)).forAll(Breakers.mixture(SEED))
        .checkAssert(m -> assertRoundTrips(m.scenario().community()));
  }

  @ParameterizedTest
  @EnumSource(FileFormat.class)
  @DisplayName("texts that look like numbers, dates, booleans, nulls or YAML syntax, and scores of any scale")
  void trickyValues(FileFormat format) {
    List<String> texts = List.of("007", "1.50", "2005-09-01", "true", "yes", "no", "on", "off", "null", "~",
        "- a", "a: b", "#c", " leading", "trailing ", "two\nlines", "quote \" and ' marks", "[x]", "{y}", "*z",
        "&a", "!tag", "%d", "@at", "`tick`", "|", ">", "0x1F", "1e3", ".inf", "NaN", "李明: 主任");
    Community c = SeedFixture.community();
    for (int i = 0; i < texts.size(); i++) {
      c = SeedFixture.withPeopleAdded(c, Person.of("t" + i, texts.get(i), LocalDate.of(1970, 1, 1), EducationLevel.COLLEGE));
    }
    Community withScores = c.toBuilder().recruitments(c.recruitments().stream().map(r -> r.withApplicants(
        r.applicants().stream().map(a -> org.amodel.core.model.ApplicantRecord.of(a.personId(), List.of(
            StageResult.scored(RecruitmentStage.WRITTEN_EXAM, LocalDate.of(2005, 7, 16), StageOutcome.PASSED,
                new BigDecimal("85.50")),
            StageResult.scored(RecruitmentStage.INTERVIEW, LocalDate.of(2005, 7, 30), StageOutcome.FAILED,
                new BigDecimal("100")),
            StageResult.scored(RecruitmentStage.INTERVIEW, LocalDate.of(2005, 7, 31), StageOutcome.WITHDREW,
                new BigDecimal("0.125"))))).toList())).toList()).build();
    assertEquals(withScores, roundTrip(withScores, format));
  }

  @ParameterizedTest
  @EnumSource(FileFormat.class)
  @DisplayName("forums of every kind with solved and unsolved suggestions, and unit resources, lose nothing")
  void forumsAndUnitResources(FileFormat format) {
    LocalDate held = LocalDate.of(2005, 10, 12);
    Community c = SeedFixture.community().toBuilder()
        .forums(List.of(
            Forum.of("forum-1", ForumKind.COMMUNITY_FORUM, held, "小区环境整治", 1, List.of()),
            Forum.of("forum-2", ForumKind.COMMUNITY_DIALOGUE, held, "007", 120, List.of(
                Suggestion.solvedOn("s1", "小区路灯不亮", held),
                Suggestion.solvedOn("s2", "true", held.plusDays(40)),
                Suggestion.unsolved("s3", "增设停车位: 东门"))),
            Forum.of("forum-3", ForumKind.RESIDENTS_TALK, held.plusDays(1), "- 楼道", 45, List.of(
                Suggestion.unsolved("s1", "2005-09-01")))))
        .unitResources(List.of(
            new UnitResource("res-1", "济南市某小学", "操场", LocalDate.of(2005, 11, 1)),
            new UnitResource("res-2", "市中区人民医院", "会议室", LocalDate.of(2006, 3, 1))))
        .build();
    assertEquals(c, roundTrip(c, format));
  }
}
