package org.amodel.core.recruitment;

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

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.RecruitmentMethod;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StageResult;
import org.amodel.core.model.StationPost;
import org.amodel.core.model.Term;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.recruitment.ApplicantOutcome.Appointed;
import org.amodel.core.recruitment.ApplicantOutcome.NoOpening;
import org.amodel.core.recruitment.ApplicantOutcome.Stopped;
import org.amodel.core.recruitment.StopReason.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A seed recruitment announced 2005-09-01, reference date 2005-09-30, appointments from 2005-11-01. */
@DisplayName("RecruitmentProcess: where and why every applicant stopped")
class RecruitmentProcessTest {

  private final List<Person> people = new ArrayList<>();
  private final List<ApplicantRecord> applicants = new ArrayList<>();

  private Person person(String id, LocalDate born, EducationLevel education) {
    Person p = Person.of(id, "申请人" + id, born, education);
    people.add(p);
    return p;
  }

  /** An applicant aged 35 with college education. */
  private Person eligible(String id) {
    return person(id, LocalDate.of(1970, 3, 1), EducationLevel.COLLEGE);
  }

  private static List<StageResult> passing(String written, String interview) {
    return List.of(
        StageResult.passed(RecruitmentStage.QUALIFICATION_REVIEW, REVIEW),
        StageResult.scored(RecruitmentStage.WRITTEN_EXAM, EXAM, StageOutcome.PASSED, new BigDecimal(written)),
        StageResult.scored(RecruitmentStage.INTERVIEW, INTERVIEW, StageOutcome.PASSED, new BigDecimal(interview)),
        StageResult.passed(RecruitmentStage.ORGANISATIONAL_ASSESSMENT, ASSESSMENT));
  }

  private void apply(String id, List<StageResult> stages) {
    applicants.add(ApplicantRecord.of(id, stages));
  }

  private RecruitmentOutcome run(StationPost... posts) {
    Recruitment r = Recruitment.of("R1", RecruitmentMethod.OPEN, ANNOUNCED, REFERENCE, applicants);
    return RecruitmentProcess.run(r, people, Parameters.jinanShizhong2005(), Openings.of(APPOINTED, posts), COMMITTEE);
  }

  private static Stopped stopped(RecruitmentOutcome o, String id) {
    return assertInstanceOf(Stopped.class, o.outcomeOf(id).orElseThrow());
  }

  @Test
  @DisplayName("turning 41 on the reference date stops the applicant at the qualification review")
  void fortyOneOnReferenceDateStops() {
    person("a", REFERENCE.minusYears(41), EducationLevel.COLLEGE);
    apply("a", passing("80", "80"));
    Stopped s = stopped(run(StationPost.HEAD), "a");
    assertEquals(RecruitmentStage.QUALIFICATION_REVIEW, s.stage());
    assertEquals(List.of(Kind.TOO_OLD), s.reasons().stream().map(StopReason::kind).toList());
    assertEquals("于2005-09-30年满41周岁,超过40周岁", s.reasons().get(0).zh());
    assertEquals("aged 41 on 2005-09-30; at most 40", s.reasons().get(0).en());
  }

  @Test
  @DisplayName("turning 41 the day after the reference date is still 40 and is appointed")
  void fortyOneDayAfterReferenceDateIsForty() {
    person("a", REFERENCE.plusDays(1).minusYears(41), EducationLevel.COLLEGE);
    apply("a", passing("80", "80"));
    assertInstanceOf(Appointed.class, run(StationPost.HEAD).outcomeOf("a").orElseThrow());
  }

  @Test
  @DisplayName("turning 40 on the reference date is within 40岁以下")
  void fortyOnReferenceDateIsWithinLimit() {
    person("a", REFERENCE.minusYears(40), EducationLevel.COLLEGE);
    apply("a", passing("80", "80"));
    assertInstanceOf(Appointed.class, run(StationPost.HEAD).outcomeOf("a").orElseThrow());
  }

  @Test
  @DisplayName("senior secondary is below 大专 and stops; college and bachelor's pass")
  void educationBelowAtAndAboveMinimum() {
    person("below", LocalDate.of(1970, 3, 1), EducationLevel.SENIOR_SECONDARY);
    person("at", LocalDate.of(1970, 3, 1), EducationLevel.COLLEGE);
    person("above", LocalDate.of(1970, 3, 1), EducationLevel.BACHELOR);
    apply("below", passing("90", "90"));
    apply("at", passing("80", "80"));
    apply("above", passing("70", "70"));
    RecruitmentOutcome o = run(StationPost.HEAD, StationPost.DEPUTY_HEAD);
    Stopped s = stopped(o, "below");
    assertEquals(RecruitmentStage.QUALIFICATION_REVIEW, s.stage());
    assertTrue(s.hasReason(Kind.EDUCATION_BELOW_MINIMUM));
    assertEquals("education senior secondary; college or higher required", s.reasons().get(0).en());
    assertEquals(List.of("at", "above"), o.appointed().stream().map(Appointed::personId).toList());
  }

  @Test
  @DisplayName("too old and under-educated: both reasons are reported at the qualification review")
  void bothCriteriaReported() {
    person("a", LocalDate.of(1950, 1, 1), EducationLevel.PRIMARY);
    apply("a", passing("80", "80"));
    assertEquals(List.of(Kind.TOO_OLD, Kind.EDUCATION_BELOW_MINIMUM),
        stopped(run(StationPost.HEAD), "a").reasons().stream().map(StopReason::kind).toList());
  }

  @Test
  @DisplayName("a failed interview stops the applicant at the interview, with the score")
  void failedInterview() {
    eligible("a");
    apply("a", List.of(
        StageResult.passed(RecruitmentStage.QUALIFICATION_REVIEW, REVIEW),
        StageResult.scored(RecruitmentStage.WRITTEN_EXAM, EXAM, StageOutcome.PASSED, new BigDecimal("82")),
        StageResult.scored(RecruitmentStage.INTERVIEW, INTERVIEW, StageOutcome.FAILED, new BigDecimal("55.5"))));
    Stopped s = stopped(run(StationPost.HEAD), "a");
    assertEquals(RecruitmentStage.INTERVIEW, s.stage());
    assertEquals(List.of(Kind.FAILED), s.reasons().stream().map(StopReason::kind).toList());
    assertEquals("面试未通过(成绩55.5)", s.reasons().get(0).zh());
    assertEquals("stopped at the interview: failed the interview (score 55.5)", s.reasonEn());
  }

  @Test
  @DisplayName("an interview dated before the written exam stops the applicant there, without throwing")
  void stageDatedBeforePrevious() {
    eligible("a");
    apply("a", List.of(
        StageResult.passed(RecruitmentStage.QUALIFICATION_REVIEW, REVIEW),
        StageResult.scored(RecruitmentStage.WRITTEN_EXAM, EXAM, StageOutcome.PASSED, new BigDecimal("82")),
        StageResult.scored(RecruitmentStage.INTERVIEW, EXAM.minusDays(1), StageOutcome.PASSED, new BigDecimal("80")),
        StageResult.passed(RecruitmentStage.ORGANISATIONAL_ASSESSMENT, ASSESSMENT)));
    Stopped s = stopped(run(StationPost.HEAD), "a");
    assertEquals(RecruitmentStage.INTERVIEW, s.stage());
    assertEquals(List.of(Kind.DATED_BEFORE_PREVIOUS), s.reasons().stream().map(StopReason::kind).toList());
    assertEquals("面试日期2005-10-14早于笔试(2005-10-15)", s.reasons().get(0).zh());
  }

  @Test
  @DisplayName("an applicant who withdrew at the written exam stops there")
  void withdrawn() {
    eligible("a");
    apply("a", List.of(
        StageResult.passed(RecruitmentStage.QUALIFICATION_REVIEW, REVIEW),
        new StageResult(RecruitmentStage.WRITTEN_EXAM, EXAM, StageOutcome.WITHDREW, java.util.Optional.empty())));
    Stopped s = stopped(run(StationPost.HEAD), "a");
    assertEquals(RecruitmentStage.WRITTEN_EXAM, s.stage());
    assertEquals(List.of(Kind.WITHDREW), s.reasons().stream().map(StopReason::kind).toList());
  }

  @Test
  @DisplayName("a record that ends after the interview stops at the organisational assessment")
  void recordEnds() {
    eligible("a");
    apply("a", passing("80", "80").subList(0, 3));
    Stopped s = stopped(run(StationPost.HEAD), "a");
    assertEquals(RecruitmentStage.ORGANISATIONAL_ASSESSMENT, s.stage());
    assertTrue(s.hasReason(Kind.MISSING_STAGE));
  }

  @Test
  @DisplayName("an applicant the people list does not know is reported at the qualification review, not dropped")
  void unknownPerson() {
    apply("ghost", passing("99", "99"));
    RecruitmentOutcome o = run(StationPost.HEAD);
    assertEquals(1, o.applicants().size());
    assertTrue(stopped(o, "ghost").hasReason(Kind.UNKNOWN_PERSON));
  }

  @Test
  @DisplayName("equal scores: the higher interview score ranks first, then the earlier review, then the id")
  void tiesResolvedByStatedRule() {
    eligible("d");
    eligible("c");
    eligible("b");
    eligible("a");
    apply("d", passing("80", "80")); // 160, interview 80, reviewed REVIEW
    apply("c", passing("90", "70")); // 160, interview 70
    List<StageResult> early = new ArrayList<>(passing("80", "80"));
    early.set(0, StageResult.passed(RecruitmentStage.QUALIFICATION_REVIEW, REVIEW.minusDays(1)));
    apply("b", early); // 160, interview 80, reviewed a day earlier
    apply("a", passing("80.00", "80.0")); // 160, interview 80, reviewed REVIEW, id "a" before "d"
    RecruitmentOutcome o = run(StationPost.HEAD, StationPost.DEPUTY_HEAD, StationPost.STAFF, StationPost.STAFF);
    assertEquals(List.of("b", "a", "d", "c"), o.appointed().stream().map(Appointed::personId).toList());
    assertEquals(List.of(1, 2, 3, 4), o.appointed().stream().map(Appointed::rank).toList());
    assertEquals(StationPost.HEAD, o.appointed().get(0).appointment().post());
  }

  @Test
  @DisplayName("more passers than openings: the rest are ranked with no opening")
  void morePassersThanOpenings() {
    eligible("a");
    eligible("b");
    eligible("c");
    apply("a", passing("70", "70"));
    apply("b", passing("90", "90"));
    apply("c", passing("80", "80"));
    RecruitmentOutcome o = run(StationPost.HEAD, StationPost.DEPUTY_HEAD);
    assertEquals(List.of("b", "c"), o.appointed().stream().map(Appointed::personId).toList());
    NoOpening n = assertInstanceOf(NoOpening.class, o.outcomeOf("a").orElseThrow());
    assertEquals(3, n.rank());
    assertEquals("score 140, ranked 3 for 2 openings; no opening", n.reasonEn());
    assertEquals("综合成绩140,排名第3,岗位2个,无空缺岗位", n.reasonZh());
  }

  @Test
  @DisplayName("the appointment is by contract from the appointment day to the end of the committee's term")
  void termTiedToCommittee() {
    eligible("a");
    apply("a", passing("80", "80"));
    Appointed a = run(StationPost.HEAD).appointed().get(0);
    assertEquals(Term.of(APPOINTED, COMMITTEE.end()), a.appointment().term());
    assertEquals(java.util.Optional.of("R1"), a.appointment().recruitmentId());
  }

  @Test
  @DisplayName("a committee term longer than the years allowed caps the appointment at three years")
  void termCappedByParameters() {
    Term longCommittee = Term.of(LocalDate.of(2005, 7, 1), LocalDate.of(2010, 7, 1));
    assertEquals(Term.ofYears(APPOINTED, 3),
        RecruitmentProcess.term(Parameters.jinanShizhong2005(), APPOINTED, longCommittee));
  }

  @Test
  @DisplayName("run is the core's own stops, then the one ranking and appointment")
  void runIsStopsThenRankAndAppoint() {
    eligible("a");
    eligible("b");
    person("old", REFERENCE.minusYears(41), EducationLevel.COLLEGE);
    apply("a", passing("80", "80"));
    apply("b", passing("70", "70"));
    apply("old", passing("99", "99"));
    Recruitment r = Recruitment.of("R1", RecruitmentMethod.OPEN, ANNOUNCED, REFERENCE, applicants);
    List<Stopped> stops = RecruitmentProcess.stops(r, people, Parameters.jinanShizhong2005(), APPOINTED);
    assertEquals(List.of("old"), stops.stream().map(Stopped::personId).toList());
    assertEquals(run(StationPost.HEAD), RecruitmentProcess.rankAndAppoint(
        r, stops, Parameters.jinanShizhong2005(), Openings.of(APPOINTED, StationPost.HEAD), COMMITTEE));
  }

  @Test
  @DisplayName("stops decided elsewhere: the others are ranked and appointed as run would")
  void rankAndAppointTakesOtherStops() {
    eligible("a");
    eligible("b");
    apply("a", passing("90", "90"));
    apply("b", passing("70", "70"));
    Recruitment r = Recruitment.of("R1", RecruitmentMethod.OPEN, ANNOUNCED, REFERENCE, applicants);
    Stopped byOtherRules = new Stopped("a", RecruitmentStage.INTERVIEW,
        ImmutableList.of(new StopReason(Kind.FAILED, "面试未通过", "failed the interview")));
    RecruitmentOutcome o = RecruitmentProcess.rankAndAppoint(r, List.of(byOtherRules),
        Parameters.jinanShizhong2005(), Openings.of(APPOINTED, StationPost.HEAD), COMMITTEE);
    assertEquals(List.of("b", "a"), o.applicants().stream().map(ApplicantOutcome::personId).toList());
    assertEquals(1, o.appointed().get(0).rank());
    assertEquals(byOtherRules, o.outcomeOf("a").orElseThrow());
  }

  @Test
  @DisplayName("rankAndAppoint refuses a stop of someone who did not apply, a second stop, and an unrankable passer")
  void rankAndAppointRefusesBadStops() {
    eligible("a");
    apply("a", passing("80", "80").subList(0, 2));
    Recruitment r = Recruitment.of("R1", RecruitmentMethod.OPEN, ANNOUNCED, REFERENCE, applicants);
    Openings openings = Openings.of(APPOINTED, StationPost.HEAD);
    Stopped a = new Stopped("a", RecruitmentStage.INTERVIEW,
        ImmutableList.of(new StopReason(Kind.MISSING_STAGE, "记录中没有面试", "no interview")));
    Stopped stranger = new Stopped("z", a.stage(), a.reasons());
    var p = Parameters.jinanShizhong2005();
    assertThrows(IllegalArgumentException.class,
        () -> RecruitmentProcess.rankAndAppoint(r, List.of(a, stranger), p, openings, COMMITTEE));
    assertThrows(IllegalArgumentException.class,
        () -> RecruitmentProcess.rankAndAppoint(r, List.of(a, a), p, openings, COMMITTEE));
    IllegalArgumentException unrankable = assertThrows(IllegalArgumentException.class,
        () -> RecruitmentProcess.rankAndAppoint(r, List.of(), p, openings, COMMITTEE));
    assertTrue(unrankable.getMessage().startsWith("a is not stopped"), unrankable.getMessage());
  }
}
