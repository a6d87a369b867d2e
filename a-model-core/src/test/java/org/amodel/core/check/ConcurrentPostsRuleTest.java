package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.CHAIR;
import static org.amodel.core.fixtures.SeedFixture.COMMITTEE_TERM;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.passedAssessment;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.Community;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.model.Post;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * In these cases the chair, 王秀英 (a full Party member since 1981, chair since 2005-09-01), also
 * becomes Party secretary; the day she comes to hold both posts is the later of the two
 * appointments.
 */
@DisplayName("CONCURRENT_POSTS: secretary and chair in one person need full membership and an earlier passed assessment")
class ConcurrentPostsRuleTest {
  private static final Subject CHAIR_AS_SECRETARY = Subject.person(COMMUNITY_ID, CHAIR, Post.PARTY_SECRETARY);
  private static final LocalDate BOTH_FROM = COMMITTEE_TERM.start();

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  /** The fixture with the chair also secretary from 2005-09-01. */
  private static Community chairIsSecretary() {
    return SeedFixture.withSecretary(SeedFixture.community(), CHAIR, BOTH_FROM);
  }

  private static Community chairIsSecretaryAssessedOn(LocalDate date) {
    return SeedFixture.withAssessment(chairIsSecretary(), passedAssessment(CHAIR, date));
  }

  @Test
  @DisplayName("without concurrent posts it has nothing to say")
  void separatePostsHold() {
    assertNoFindings(check(SeedFixture.community()));
  }

  @Test
  @DisplayName("an assessment passed the day before the concurrent appointment holds")
  void assessedTheDayBeforeHolds() {
    assertNoFindings(check(chairIsSecretaryAssessedOn(BOTH_FROM.minusDays(1))));
  }

  @Test
  @DisplayName("an assessment on the day of the concurrent appointment breaks it: it must be strictly before")
  void assessedTheSameDayBreaks() {
    List<Finding> findings = check(chairIsSecretaryAssessedOn(BOTH_FROM));
    assertFindings(findings, violation(RuleId.CONCURRENT_POSTS, CHAIR_AS_SECRETARY));
    Finding f = only(findings, RuleId.CONCURRENT_POSTS);
    assertZhMentions(f, "王秀英在2005-09-01兼任书记、主任前没有通过党工委wc-ganshiqiao的考察");
    assertEnMentions(f, "王秀英 had no passed assessment by working committee wc-ganshiqiao dated before 2005-09-01");
  }

  @Test
  @DisplayName("an assessment the day after the concurrent appointment breaks it")
  void assessedTheDayAfterBreaks() {
    assertFindings(check(chairIsSecretaryAssessedOn(BOTH_FROM.plusDays(1))),
        violation(RuleId.CONCURRENT_POSTS, CHAIR_AS_SECRETARY));
  }

  @Test
  @DisplayName("no assessment at all breaks it")
  void noAssessmentBreaks() {
    assertFindings(check(chairIsSecretary()), violation(RuleId.CONCURRENT_POSTS, CHAIR_AS_SECRETARY));
  }

  @Test
  @DisplayName("a failed assessment, or one by another subdistrict's working committee, does not count")
  void failedOrForeignAssessmentBreaks() {
    LocalDate before = BOTH_FROM.minusDays(10);
    Community failed = SeedFixture.withAssessment(chairIsSecretary(),
        new Assessment("a-failed", CHAIR, SeedFixture.WORKING_COMMITTEE_ID, before, AssessmentOutcome.FAILED));
    assertFindings(check(failed), violation(RuleId.CONCURRENT_POSTS, CHAIR_AS_SECRETARY));

    Community foreign = SeedFixture.withAssessment(chairIsSecretary(),
        new Assessment("a-foreign", CHAIR, "wc-sihuicun", before, AssessmentOutcome.PASSED));
    assertFindings(check(foreign), violation(RuleId.CONCURRENT_POSTS, CHAIR_AS_SECRETARY));
  }

  @Test
  @DisplayName("the concurrent appointment dates from the later post: assessed after becoming chair but before becoming secretary holds")
  void laterOfTheTwoAppointmentsCounts() {
    LocalDate secretaryFrom = LocalDate.of(2005, 11, 1);
    Community c = SeedFixture.withAssessment(
        SeedFixture.withSecretary(SeedFixture.community(), CHAIR, secretaryFrom),
        passedAssessment(CHAIR, secretaryFrom.minusDays(1)));
    assertNoFindings(check(c));

    Community sameDay = SeedFixture.withAssessment(
        SeedFixture.withSecretary(SeedFixture.community(), CHAIR, secretaryFrom),
        passedAssessment(CHAIR, secretaryFrom));
    List<Finding> findings = check(sameDay);
    assertFindings(findings, violation(RuleId.CONCURRENT_POSTS, CHAIR_AS_SECRETARY));
    assertEnMentions(only(findings, RuleId.CONCURRENT_POSTS), "dated before 2005-11-01");
  }

  @Test
  @DisplayName("a chair who was still probationary on the day of the concurrent appointment breaks it, though full by the as-of date")
  void probationaryOnTheDayBreaks() {
    Community c = SeedFixture.withPerson(chairIsSecretaryAssessedOn(BOTH_FROM.minusDays(1)),
        SeedFixture.person(CHAIR).withPartyMembership(
            PartyMembership.full(LocalDate.of(2004, 9, 1), BOTH_FROM.plusDays(1))));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.CONCURRENT_POSTS, CHAIR_AS_SECRETARY));
    Finding f = only(findings, RuleId.CONCURRENT_POSTS);
    assertZhMentions(f, "王秀英在2005-09-01兼任书记、主任时为预备党员,应为正式党员");
    assertEnMentions(f, "王秀英 was a probationary Party member on 2005-09-01 when taking both posts");
  }

  @Test
  @DisplayName("a chair who became a full member on the day of the concurrent appointment holds")
  void fullOnTheDayHolds() {
    Community c = SeedFixture.withPerson(chairIsSecretaryAssessedOn(BOTH_FROM.minusDays(1)),
        SeedFixture.person(CHAIR).withPartyMembership(PartyMembership.full(LocalDate.of(2004, 9, 1), BOTH_FROM)));
    assertNoFindings(check(c));
  }

  @Test
  @DisplayName("a non-member chair as secretary breaks it and SECRETARY_MEMBERSHIP too")
  void nonMemberBreaksBothRules() {
    Community c = SeedFixture.withPerson(chairIsSecretaryAssessedOn(BOTH_FROM.minusDays(1)),
        SeedFixture.person(CHAIR).withoutPartyMembership());
    List<Finding> findings = check(c);
    assertFindings(findings,
        violation(RuleId.CONCURRENT_POSTS, CHAIR_AS_SECRETARY),
        violation(RuleId.SECRETARY_MEMBERSHIP, CHAIR_AS_SECRETARY));
    assertEnMentions(only(findings, RuleId.CONCURRENT_POSTS), "王秀英 was not a Party member on 2005-09-01");
  }

  @Test
  @DisplayName("probationary and unassessed are one finding naming both")
  void bothProblemsAreOneFinding() {
    Community c = SeedFixture.withPerson(chairIsSecretary(),
        SeedFixture.person(CHAIR).withPartyMembership(
            PartyMembership.full(LocalDate.of(2004, 9, 1), BOTH_FROM.plusDays(1))));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.CONCURRENT_POSTS, CHAIR_AS_SECRETARY));
    assertEnMentions(only(findings, RuleId.CONCURRENT_POSTS), "probationary Party member", "no passed assessment");
  }
}
