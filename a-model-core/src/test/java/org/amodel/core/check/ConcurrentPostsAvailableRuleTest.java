package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.notice;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.CHAIR;
import static org.amodel.core.fixtures.SeedFixture.COMMITTEE_TERM;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.passedAssessment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Severity;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.Community;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.model.Post;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fixture's chair, 王秀英, is a full Party member; 刘建国 is secretary. */
@DisplayName("CONCURRENT_POSTS_AVAILABLE: a notice when a qualified chair is not also secretary")
class ConcurrentPostsAvailableRuleTest {
  private static final Subject CHAIR_SUBJECT = Subject.person(COMMUNITY_ID, CHAIR, Post.COMMITTEE_CHAIR);

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  private static Community chairAssessedOn(LocalDate date) {
    return SeedFixture.withAssessment(SeedFixture.community(), passedAssessment(CHAIR, date));
  }

  @Test
  @DisplayName("a chair never assessed gives no notice")
  void unassessedChairNoNotice() {
    assertNoFindings(check(SeedFixture.community()));
  }

  @Test
  @DisplayName("a full-member chair assessed on 2005-11-01 while someone else is secretary gives a notice")
  void assessedChairGivesNotice() {
    List<Finding> findings = check(chairAssessedOn(LocalDate.of(2005, 11, 1)));
    assertFindings(findings, notice(RuleId.CONCURRENT_POSTS_AVAILABLE, CHAIR_SUBJECT));
    Finding f = only(findings, RuleId.CONCURRENT_POSTS_AVAILABLE);
    assertEquals(Severity.NOTICE, f.severity());
    assertZhMentions(f, "主任王秀英是正式党员", "已于2005-11-01通过党工委考察", "可兼任书记(一肩挑)");
    assertEnMentions(f, "chair 王秀英 is a full Party member who passed the working committee's assessment on 2005-11-01",
        "someone else is secretary");
  }

  @Test
  @DisplayName("an assessment dated the day before the as-of date gives a notice; one dated on it or after does not"
      + " yet, as CONCURRENT_POSTS would refuse an appointment that day")
  void assessmentAroundAsOf() {
    assertFindings(check(chairAssessedOn(AS_OF.minusDays(1))),
        notice(RuleId.CONCURRENT_POSTS_AVAILABLE, CHAIR_SUBJECT));
    assertNoFindings(check(chairAssessedOn(AS_OF)));
    assertNoFindings(check(chairAssessedOn(AS_OF.plusDays(1))));
  }

  @Test
  @DisplayName("a failed assessment or one by another working committee gives no notice")
  void failedOrForeignAssessmentNoNotice() {
    LocalDate date = LocalDate.of(2005, 11, 1);
    assertNoFindings(check(SeedFixture.withAssessment(SeedFixture.community(),
        new Assessment("a-failed", CHAIR, SeedFixture.WORKING_COMMITTEE_ID, date, AssessmentOutcome.FAILED))));
    assertNoFindings(check(SeedFixture.withAssessment(SeedFixture.community(),
        new Assessment("a-foreign", CHAIR, "wc-sihuicun", date, AssessmentOutcome.PASSED))));
  }

  @Test
  @DisplayName("an assessed chair still probationary on the as-of date gives no notice; full from that date, a notice")
  void membershipOnAsOf() {
    Community assessed = chairAssessedOn(LocalDate.of(2005, 11, 1));
    Community probationary = SeedFixture.withPerson(assessed, SeedFixture.person(CHAIR)
        .withPartyMembership(PartyMembership.full(LocalDate.of(2004, 12, 1), AS_OF.plusDays(1))));
    assertNoFindings(check(probationary));

    Community fullToday = SeedFixture.withPerson(assessed, SeedFixture.person(CHAIR)
        .withPartyMembership(PartyMembership.full(LocalDate.of(2004, 12, 1), AS_OF)));
    assertFindings(check(fullToday), notice(RuleId.CONCURRENT_POSTS_AVAILABLE, CHAIR_SUBJECT));
  }

  @Test
  @DisplayName("a chair who already is secretary gives no notice")
  void chairAlreadySecretaryNoNotice() {
    Community c = SeedFixture.withSecretary(
        chairAssessedOn(COMMITTEE_TERM.start().minusDays(1)), CHAIR, COMMITTEE_TERM.start());
    assertNoFindings(check(c));
  }

  @Test
  @DisplayName("a community without a Party organisation gets no notice, only the structure finding")
  void noPartyOrganisationNoNotice() {
    Community c = chairAssessedOn(LocalDate.of(2005, 11, 1)).toBuilder().partyOrganisations(List.of()).build();
    assertFindings(check(c), violation(RuleId.STRUCTURE_TRINITY, Subject.community(COMMUNITY_ID)));
  }
}
