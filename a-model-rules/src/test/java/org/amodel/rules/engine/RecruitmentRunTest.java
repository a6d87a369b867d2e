package org.amodel.rules.engine;

import static org.amodel.core.fixtures.RecruitmentFixture.ANNOUNCED;
import static org.amodel.core.fixtures.RecruitmentFixture.APPOINTED;
import static org.amodel.core.fixtures.RecruitmentFixture.ASSESSMENT;
import static org.amodel.core.fixtures.RecruitmentFixture.COMMITTEE;
import static org.amodel.core.fixtures.RecruitmentFixture.EXAM;
import static org.amodel.core.fixtures.RecruitmentFixture.INTERVIEW;
import static org.amodel.core.fixtures.RecruitmentFixture.REFERENCE;
import static org.amodel.core.fixtures.RecruitmentFixture.REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.RecruitmentMethod;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StageResult;
import org.amodel.core.model.StationPost;
import org.amodel.core.recruitment.ApplicantOutcome.Appointed;
import org.amodel.core.recruitment.ApplicantOutcome.Stopped;
import org.amodel.core.recruitment.Openings;
import org.amodel.core.recruitment.RecruitmentOutcome;
import org.amodel.core.recruitment.RecruitmentProcess;
import org.amodel.core.recruitment.StopReason;
import org.amodel.core.recruitment.StopReason.Kind;
import org.amodel.rules.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recruitments run through the engine (the DRL of {@code recruitment-process.drl} deciding the stops):
 * a seed-district recruitment announced 2005-09-01, reference date 2005-09-30, appointments from
 * 2005-11-01.
 */
@DisplayName("RuleEngine.runRecruitment: where the rule files stop each applicant")
class RecruitmentRunTest {
  static final Openings ONE_HEAD = Openings.of(APPOINTED, StationPost.HEAD);

  private static RuleEngine engine;

  private final List<Person> people = new ArrayList<>();
  private final List<ApplicantRecord> applicants = new ArrayList<>();

  @BeforeAll
  static void compileOnce() {
    engine = RuleEngine.withBundledRuleSets();
  }

  private void person(String id, LocalDate born, EducationLevel education) {
    people.add(Person.of(id, "申请人" + id, born, education));
  }

  private void eligible(String id) {
    person(id, LocalDate.of(1970, 3, 1), EducationLevel.COLLEGE);
  }

  private static List<StageResult> passing(LocalDate review, LocalDate exam, LocalDate interview, LocalDate assessment) {
    return List.of(
        StageResult.passed(RecruitmentStage.QUALIFICATION_REVIEW, review),
        StageResult.scored(RecruitmentStage.WRITTEN_EXAM, exam, StageOutcome.PASSED, new BigDecimal("80")),
        StageResult.scored(RecruitmentStage.INTERVIEW, interview, StageOutcome.PASSED, new BigDecimal("80")),
        StageResult.passed(RecruitmentStage.ORGANISATIONAL_ASSESSMENT, assessment));
  }

  private void apply(String id) {
    apply(id, passing(REVIEW, EXAM, INTERVIEW, ASSESSMENT));
  }

  private void apply(String id, List<StageResult> stages) {
    applicants.add(ApplicantRecord.of(id, stages));
  }

  private Recruitment recruitment() {
    return Recruitment.of("R1", RecruitmentMethod.OPEN, ANNOUNCED, REFERENCE, applicants);
  }

  private RecruitmentRun run(String district) {
    return engine.runRecruitment(district, recruitment(), people, ONE_HEAD, COMMITTEE);
  }

  private RecruitmentOutcome seed() {
    return run("jinan-shizhong").outcome();
  }

  private static Stopped stopped(RecruitmentOutcome o, String id) {
    return assertInstanceOf(Stopped.class, o.outcomeOf(id).orElseThrow());
  }

  private static List<Kind> kinds(Stopped s) {
    return s.reasons().stream().map(StopReason::kind).toList();
  }

  @Nested
  @DisplayName("RECRUIT_AGE: 40岁以下 includes 40")
  class Age {
    @Test
    @DisplayName("35 on the reference date passes and is appointed")
    void holds() {
      eligible("a");
      apply("a");
      assertInstanceOf(Appointed.class, seed().outcomeOf("a").orElseThrow());
    }

    @Test
    @DisplayName("exactly 40 on the reference date passes")
    void fortyOnTheReferenceDatePasses() {
      person("a", REFERENCE.minusYears(40), EducationLevel.COLLEGE);
      apply("a");
      assertInstanceOf(Appointed.class, seed().outcomeOf("a").orElseThrow());
    }

    @Test
    @DisplayName("turning 41 on the reference date stops at the qualification review, with the core's message")
    void fortyOneOnTheReferenceDateStops() {
      person("a", REFERENCE.minusYears(41), EducationLevel.COLLEGE);
      apply("a");
      Stopped s = stopped(seed(), "a");
      assertEquals(RecruitmentStage.QUALIFICATION_REVIEW, s.stage());
      assertEquals(List.of(Kind.TOO_OLD), kinds(s));
      assertEquals("于2005-09-30年满41周岁,超过40周岁", s.reasons().get(0).zh());
      assertEquals("aged 41 on 2005-09-30; at most 40", s.reasons().get(0).en());
    }

    @Test
    @DisplayName("51 stops in the seed district, but Shenzhen and the national rules set no age limit")
    void breaksOnlyWhereALimitIsSet() {
      person("a", LocalDate.of(1954, 1, 1), EducationLevel.COLLEGE);
      apply("a");
      assertEquals(List.of(Kind.TOO_OLD), kinds(stopped(seed(), "a")));
      assertInstanceOf(Appointed.class, run("shenzhen").outcome().outcomeOf("a").orElseThrow());
      assertInstanceOf(Appointed.class, run("national").outcome().outcomeOf("a").orElseThrow());
    }

    @Test
    @DisplayName("the trace names the rule and its rule id")
    void traced() {
      person("a", REFERENCE.minusYears(41), EducationLevel.COLLEGE);
      apply("a");
      RecruitmentRun run = run("jinan-shizhong");
      assertEquals("jinan-shizhong-2005", run.ruleSetId());
      assertEquals(1, run.trace().size());
      assertEquals(RuleId.of("RECRUIT_AGE"), run.trace().get(0).ruleId());
      assertEquals("Applicant was over the age limit on the reference date", run.trace().get(0).ruleName());
    }
  }

  @Nested
  @DisplayName("RECRUIT_EDUCATION: 大专以上 includes 大专")
  class Education {
    @Test
    @DisplayName("college passes, a bachelor's passes, senior secondary stops at the qualification review")
    void atAboveAndBelowTheMinimum() {
      person("at", LocalDate.of(1970, 3, 1), EducationLevel.COLLEGE);
      person("above", LocalDate.of(1970, 3, 1), EducationLevel.BACHELOR);
      person("below", LocalDate.of(1970, 3, 1), EducationLevel.SENIOR_SECONDARY);
      apply("at");
      apply("above");
      apply("below");
      RecruitmentOutcome o = engine.runRecruitment("jinan-shizhong", recruitment(), people,
          Openings.of(APPOINTED, StationPost.HEAD, StationPost.DEPUTY_HEAD), COMMITTEE).outcome();
      assertEquals(List.of("above", "at"), o.appointed().stream().map(Appointed::personId).toList());
      Stopped s = stopped(o, "below");
      assertEquals(RecruitmentStage.QUALIFICATION_REVIEW, s.stage());
      assertEquals(List.of(Kind.EDUCATION_BELOW_MINIMUM), kinds(s));
      assertEquals("education senior secondary; college or higher required", s.reasons().get(0).en());
    }

    @Test
    @DisplayName("too old and under-educated: both reasons at the qualification review")
    void bothCriteria() {
      person("a", LocalDate.of(1950, 1, 1), EducationLevel.PRIMARY);
      apply("a");
      assertEquals(List.of(Kind.TOO_OLD, Kind.EDUCATION_BELOW_MINIMUM), kinds(stopped(seed(), "a")));
    }

    @Test
    @DisplayName("an under-educated applicant whose review is also recorded as failed stops for the criterion alone, as in the core")
    void criteriaBeforeTheRecord() {
      person("a", LocalDate.of(1970, 3, 1), EducationLevel.PRIMARY);
      apply("a", List.of(new StageResult(RecruitmentStage.QUALIFICATION_REVIEW, REVIEW, StageOutcome.FAILED,
          Optional.empty())));
      Stopped s = stopped(seed(), "a");
      assertEquals(List.of(Kind.EDUCATION_BELOW_MINIMUM), kinds(s));
      assertEquals(s, stopped(RecruitmentProcess.run(recruitment(), people,
          engine.ruleSet("jinan-shizhong").orElseThrow().parameters(), ONE_HEAD, COMMITTEE), "a"));
    }
  }

  @Nested
  @DisplayName("RECRUIT_PROCESS: the four stages in order")
  class StageOrder {
    @Test
    @DisplayName("an interview dated before the written exam stops there, in every bundled rule set")
    void datedBeforePreviousStops() {
      eligible("a");
      apply("a", passing(REVIEW, EXAM, EXAM.minusDays(1), ASSESSMENT));
      for (String district : List.of("national", "jinan-shizhong", "shenzhen")) {
        Stopped s = stopped(run(district).outcome(), "a");
        assertEquals(RecruitmentStage.INTERVIEW, s.stage(), district);
        assertEquals(List.of(Kind.DATED_BEFORE_PREVIOUS), kinds(s), district);
        assertEquals("面试日期2005-10-14早于笔试(2005-10-15)", s.reasons().get(0).zh(), district);
      }
    }

    @Test
    @DisplayName("every stage on the same day as the one before it passes")
    void sameDayPasses() {
      eligible("a");
      apply("a", passing(REVIEW, REVIEW, REVIEW, REVIEW));
      assertInstanceOf(Appointed.class, seed().outcomeOf("a").orElseThrow());
    }

    @Test
    @DisplayName("a qualification review dated before the announcement stops there; on the announcement's day it passes")
    void reviewAgainstTheAnnouncement() {
      eligible("early");
      eligible("onTheDay");
      apply("early", passing(ANNOUNCED.minusDays(1), EXAM, INTERVIEW, ASSESSMENT));
      apply("onTheDay", passing(ANNOUNCED, EXAM, INTERVIEW, ASSESSMENT));
      RecruitmentOutcome o = seed();
      Stopped s = stopped(o, "early");
      assertEquals(RecruitmentStage.QUALIFICATION_REVIEW, s.stage());
      assertEquals(List.of(Kind.DATED_BEFORE_PREVIOUS), kinds(s));
      assertInstanceOf(Appointed.class, o.outcomeOf("onTheDay").orElseThrow());
    }

    @Test
    @DisplayName("a record that goes on after the fourth stage stops at the extra stage, after any earlier stop")
    void extraStage() {
      eligible("a");
      List<StageResult> stages = new ArrayList<>(passing(REVIEW, EXAM, INTERVIEW, ASSESSMENT));
      stages.add(StageResult.passed(RecruitmentStage.QUALIFICATION_REVIEW, ASSESSMENT));
      apply("a", stages);
      Stopped s = stopped(seed(), "a");
      assertEquals(RecruitmentStage.QUALIFICATION_REVIEW, s.stage());
      assertEquals(List.of(Kind.EXTRA_STAGE), kinds(s));
    }
  }

  @Nested
  @DisplayName("bad input and rule sets without the recruitment rules")
  class Refusals {
    @Test
    @DisplayName("two people with one id, or appointments outside the committee's term: IllegalArgumentException, as in the core")
    void badInput() {
      eligible("a");
      eligible("a");
      apply("a");
      assertThrows(IllegalArgumentException.class, () -> run("jinan-shizhong"));
      people.remove(1);
      assertThrows(IllegalArgumentException.class, () -> engine.runRecruitment("jinan-shizhong", recruitment(), people,
          Openings.of(COMMITTEE.end().plusDays(1), StationPost.HEAD), COMMITTEE));
    }

    @Test
    @DisplayName("a rule set with no recruitment-process file: IllegalStateException naming it")
    void ruleSetWithoutTheRules(@TempDir Path dir) {
      RuleSet own = RuleSetLoaders.standard().folder(TestRuleSets.write(dir, "1.0.0", 1, ""));
      eligible("a");
      apply("a");
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> own.runRecruitment(recruitment(), people, ONE_HEAD, COMMITTEE));
      assertTrue(e.getMessage().contains("test-households 1.0.0 has no recruitment-process rules"), e.getMessage());
    }
  }
}
