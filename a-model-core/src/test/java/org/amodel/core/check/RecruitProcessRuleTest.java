package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.ANNOUNCED;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.COMMITTEE_TERM;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.DEPUTY_HEAD;
import static org.amodel.core.fixtures.SeedFixture.HEAD;
import static org.amodel.core.fixtures.SeedFixture.INTERVIEW_ON;
import static org.amodel.core.fixtures.SeedFixture.ORGANISATIONAL_ASSESSMENT_ON;
import static org.amodel.core.fixtures.SeedFixture.QUALIFICATION_REVIEW_ON;
import static org.amodel.core.fixtures.SeedFixture.STAFF_1;
import static org.amodel.core.fixtures.SeedFixture.STAFF_2;
import static org.amodel.core.fixtures.SeedFixture.WRITTEN_EXAM_ON;
import static org.amodel.core.fixtures.SeedFixture.appointment;
import static org.amodel.core.model.RecruitmentStage.INTERVIEW;
import static org.amodel.core.model.RecruitmentStage.ORGANISATIONAL_ASSESSMENT;
import static org.amodel.core.model.RecruitmentStage.QUALIFICATION_REVIEW;
import static org.amodel.core.model.RecruitmentStage.WRITTEN_EXAM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Community;
import org.amodel.core.model.Post;
import org.amodel.core.model.RecruitmentMethod;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StageResult;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.model.StationPost;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The fixture's recruitment was announced on 2005-06-01; its stages were on 2005-07-05, 07-16,
 * 07-30 and 08-15; the appointments began on 2005-09-01.
 */
@DisplayName("RECRUIT_PROCESS: a station member passed the four stages of an open recruitment in order")
class RecruitProcessRuleTest {
  private static final Subject HEAD_SUBJECT = Subject.person(COMMUNITY_ID, HEAD, Post.STATION_HEAD);

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  private static Community headRecord(StageResult... stages) {
    return SeedFixture.withApplicantRecord(SeedFixture.community(), ApplicantRecord.of(HEAD, List.of(stages)));
  }

  private static StageResult passed(RecruitmentStage stage, LocalDate date) {
    return StageResult.passed(stage, date);
  }

  @Test
  @DisplayName("four stages passed in order after the announcement and before the appointment hold")
  void openRecruitmentInOrderHolds() {
    assertNoFindings(check(SeedFixture.community()));
  }

  @Test
  @DisplayName("an internal selection breaks it for every member it appointed")
  void internalSelectionBreaks() {
    Community c = SeedFixture.withRecruitment(SeedFixture.community(),
        SeedFixture.recruitment(SeedFixture.community()).withMethod(RecruitmentMethod.INTERNAL));
    List<Finding> findings = check(c);
    assertFindings(findings,
        violation(RuleId.RECRUIT_PROCESS, HEAD_SUBJECT),
        violation(RuleId.RECRUIT_PROCESS, Subject.person(COMMUNITY_ID, DEPUTY_HEAD, Post.STATION_DEPUTY_HEAD)),
        violation(RuleId.RECRUIT_PROCESS, Subject.person(COMMUNITY_ID, STAFF_1, Post.STATION_STAFF)),
        violation(RuleId.RECRUIT_PROCESS, Subject.person(COMMUNITY_ID, STAFF_2, Post.STATION_STAFF)));
    Finding head = findings.stream().filter(f -> f.subject().equals(HEAD_SUBJECT)).findFirst().orElseThrow();
    assertZhMentions(head, "招聘recruit-2005的方式为内部选拔", "应为公开招聘");
    assertEnMentions(head, "recruitment recruit-2005 was internal selection; open recruitment required");
  }

  @Test
  @DisplayName("a member appointed without any recruitment breaks it")
  void noRecruitmentBreaks() {
    Community c = SeedFixture.withStationAppointments(SeedFixture.community(), List.of(
        StationAppointment.unrecruited(HEAD, StationPost.HEAD, COMMITTEE_TERM),
        appointment(DEPUTY_HEAD, StationPost.DEPUTY_HEAD),
        appointment(STAFF_1, StationPost.STAFF),
        appointment(STAFF_2, StationPost.STAFF)));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.RECRUIT_PROCESS, HEAD_SUBJECT));
    assertZhMentions(only(findings, RuleId.RECRUIT_PROCESS), "李明没有招聘记录");
    assertEnMentions(only(findings, RuleId.RECRUIT_PROCESS), "李明 has no recruitment record");
  }

  @Test
  @DisplayName("a member who never applied to the recruitment named in the appointment breaks it")
  void notAnApplicantBreaks() {
    Community base = SeedFixture.community();
    var recruitment = SeedFixture.recruitment(base);
    Community c = SeedFixture.withRecruitment(base, recruitment.withApplicants(
        recruitment.applicants().stream().filter(a -> !a.personId().equals(HEAD)).toList()));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.RECRUIT_PROCESS, HEAD_SUBJECT));
    assertZhMentions(only(findings, RuleId.RECRUIT_PROCESS), "不在招聘recruit-2005的报名记录中");
    assertEnMentions(only(findings, RuleId.RECRUIT_PROCESS), "is not among the applicants of recruitment recruit-2005");
  }

  @Test
  @DisplayName("the written exam before the qualification review breaks it")
  void stagesOutOfOrderBreak() {
    Community c = headRecord(
        passed(WRITTEN_EXAM, WRITTEN_EXAM_ON),
        passed(QUALIFICATION_REVIEW, QUALIFICATION_REVIEW_ON),
        passed(INTERVIEW, INTERVIEW_ON),
        passed(ORGANISATIONAL_ASSESSMENT, ORGANISATIONAL_ASSESSMENT_ON));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.RECRUIT_PROCESS, HEAD_SUBJECT));
    assertZhMentions(only(findings, RuleId.RECRUIT_PROCESS), "第1个程序应为资格审查,记录为笔试");
    assertEnMentions(only(findings, RuleId.RECRUIT_PROCESS),
        "stage 1 should be the qualification review but the record has the written exam");
  }

  @Test
  @DisplayName("a record without the organisational assessment breaks it")
  void missingStageBreaks() {
    Community c = headRecord(
        passed(QUALIFICATION_REVIEW, QUALIFICATION_REVIEW_ON),
        passed(WRITTEN_EXAM, WRITTEN_EXAM_ON),
        passed(INTERVIEW, INTERVIEW_ON));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.RECRUIT_PROCESS, HEAD_SUBJECT));
    assertZhMentions(only(findings, RuleId.RECRUIT_PROCESS), "第4个程序应为组织考核,记录为无");
    assertEnMentions(only(findings, RuleId.RECRUIT_PROCESS),
        "stage 4 should be the organisational assessment but the record has nothing");
  }

  @Test
  @DisplayName("a stage recorded twice breaks it")
  void extraStageBreaks() {
    Community c = headRecord(
        passed(QUALIFICATION_REVIEW, QUALIFICATION_REVIEW_ON),
        passed(WRITTEN_EXAM, WRITTEN_EXAM_ON),
        passed(INTERVIEW, INTERVIEW_ON),
        passed(ORGANISATIONAL_ASSESSMENT, ORGANISATIONAL_ASSESSMENT_ON),
        passed(INTERVIEW, ORGANISATIONAL_ASSESSMENT_ON));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.RECRUIT_PROCESS, HEAD_SUBJECT));
    assertZhMentions(only(findings, RuleId.RECRUIT_PROCESS), "多余的程序面试");
    assertEnMentions(only(findings, RuleId.RECRUIT_PROCESS), "extra stage after the last one: interview");
  }

  @Test
  @DisplayName("a failed interview breaks it, naming the outcome; a scored pass holds")
  void failedStageBreaks() {
    Community failed = headRecord(
        passed(QUALIFICATION_REVIEW, QUALIFICATION_REVIEW_ON),
        passed(WRITTEN_EXAM, WRITTEN_EXAM_ON),
        StageResult.scored(INTERVIEW, INTERVIEW_ON, StageOutcome.FAILED, new BigDecimal("58.5")),
        passed(ORGANISATIONAL_ASSESSMENT, ORGANISATIONAL_ASSESSMENT_ON));
    List<Finding> findings = check(failed);
    assertFindings(findings, violation(RuleId.RECRUIT_PROCESS, HEAD_SUBJECT));
    assertZhMentions(only(findings, RuleId.RECRUIT_PROCESS), "面试未通过(FAILED)");
    assertEnMentions(only(findings, RuleId.RECRUIT_PROCESS), "did not pass the interview (FAILED)");

    Community scored = headRecord(
        passed(QUALIFICATION_REVIEW, QUALIFICATION_REVIEW_ON),
        StageResult.scored(WRITTEN_EXAM, WRITTEN_EXAM_ON, StageOutcome.PASSED, new BigDecimal("86")),
        StageResult.scored(INTERVIEW, INTERVIEW_ON, StageOutcome.PASSED, new BigDecimal("91.5")),
        passed(ORGANISATIONAL_ASSESSMENT, ORGANISATIONAL_ASSESSMENT_ON));
    assertNoFindings(check(scored));
  }

  @Test
  @DisplayName("a withdrawal at the written exam breaks it")
  void withdrawalBreaks() {
    Community c = headRecord(
        passed(QUALIFICATION_REVIEW, QUALIFICATION_REVIEW_ON),
        new StageResult(WRITTEN_EXAM, WRITTEN_EXAM_ON, StageOutcome.WITHDREW, Optional.empty()),
        passed(INTERVIEW, INTERVIEW_ON),
        passed(ORGANISATIONAL_ASSESSMENT, ORGANISATIONAL_ASSESSMENT_ON));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.RECRUIT_PROCESS, HEAD_SUBJECT));
    assertEnMentions(only(findings, RuleId.RECRUIT_PROCESS), "did not pass the written exam (WITHDREW)");
  }

  @Test
  @DisplayName("a qualification review on the day of the announcement holds; the day before breaks it")
  void firstStageAgainstAnnouncement() {
    Community sameDay = headRecord(
        passed(QUALIFICATION_REVIEW, ANNOUNCED),
        passed(WRITTEN_EXAM, WRITTEN_EXAM_ON),
        passed(INTERVIEW, INTERVIEW_ON),
        passed(ORGANISATIONAL_ASSESSMENT, ORGANISATIONAL_ASSESSMENT_ON));
    assertNoFindings(check(sameDay));

    Community dayBefore = headRecord(
        passed(QUALIFICATION_REVIEW, ANNOUNCED.minusDays(1)),
        passed(WRITTEN_EXAM, WRITTEN_EXAM_ON),
        passed(INTERVIEW, INTERVIEW_ON),
        passed(ORGANISATIONAL_ASSESSMENT, ORGANISATIONAL_ASSESSMENT_ON));
    List<Finding> findings = check(dayBefore);
    assertFindings(findings, violation(RuleId.RECRUIT_PROCESS, HEAD_SUBJECT));
    assertZhMentions(only(findings, RuleId.RECRUIT_PROCESS), "资格审查日期2005-05-31早于招聘公告(2005-06-01)");
    assertEnMentions(only(findings, RuleId.RECRUIT_PROCESS),
        "the qualification review on 2005-05-31 is dated before the announcement (2005-06-01)");
  }

  @Test
  @DisplayName("a written exam on the day of the review holds; the day before the review breaks it")
  void stageAgainstPreviousStage() {
    Community sameDay = headRecord(
        passed(QUALIFICATION_REVIEW, QUALIFICATION_REVIEW_ON),
        passed(WRITTEN_EXAM, QUALIFICATION_REVIEW_ON),
        passed(INTERVIEW, INTERVIEW_ON),
        passed(ORGANISATIONAL_ASSESSMENT, ORGANISATIONAL_ASSESSMENT_ON));
    assertNoFindings(check(sameDay));

    Community dayBefore = headRecord(
        passed(QUALIFICATION_REVIEW, QUALIFICATION_REVIEW_ON),
        passed(WRITTEN_EXAM, QUALIFICATION_REVIEW_ON.minusDays(1)),
        passed(INTERVIEW, INTERVIEW_ON),
        passed(ORGANISATIONAL_ASSESSMENT, ORGANISATIONAL_ASSESSMENT_ON));
    List<Finding> findings = check(dayBefore);
    assertFindings(findings, violation(RuleId.RECRUIT_PROCESS, HEAD_SUBJECT));
    assertEnMentions(only(findings, RuleId.RECRUIT_PROCESS),
        "the written exam on 2005-07-04 is dated before the qualification review (2005-07-05)");
  }

  @Test
  @DisplayName("an organisational assessment on the appointment's first day holds; the day after breaks it")
  void appointmentAgainstLastStage() {
    LocalDate firstDay = COMMITTEE_TERM.start();
    Community sameDay = headRecord(
        passed(QUALIFICATION_REVIEW, QUALIFICATION_REVIEW_ON),
        passed(WRITTEN_EXAM, WRITTEN_EXAM_ON),
        passed(INTERVIEW, INTERVIEW_ON),
        passed(ORGANISATIONAL_ASSESSMENT, firstDay));
    assertNoFindings(check(sameDay));

    Community dayAfter = headRecord(
        passed(QUALIFICATION_REVIEW, QUALIFICATION_REVIEW_ON),
        passed(WRITTEN_EXAM, WRITTEN_EXAM_ON),
        passed(INTERVIEW, INTERVIEW_ON),
        passed(ORGANISATIONAL_ASSESSMENT, firstDay.plusDays(1)));
    List<Finding> findings = check(dayAfter);
    assertFindings(findings, violation(RuleId.RECRUIT_PROCESS, HEAD_SUBJECT));
    assertZhMentions(only(findings, RuleId.RECRUIT_PROCESS), "聘任之日2005-09-01早于组织考核(2005-09-02)");
    assertEnMentions(only(findings, RuleId.RECRUIT_PROCESS),
        "appointed on 2005-09-01, before the organisational assessment (2005-09-02)");
  }
}
