package org.amodel.core.check;

import static org.amodel.core.check.ConcurrentPostsFixture.CHAIR_AS_CHAIR;
import static org.amodel.core.check.ConcurrentPostsFixture.DATE;
import static org.amodel.core.check.ConcurrentPostsFixture.chairAssessedOn;
import static org.amodel.core.check.ConcurrentPostsFixture.chairFullFrom;
import static org.amodel.core.check.ConcurrentPostsFixture.elected;
import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.notice;
import static org.amodel.core.fixtures.SeedFixture.CHAIR;
import static org.amodel.core.fixtures.SeedFixture.COMMITTEE_TERM;
import static org.amodel.core.fixtures.SeedFixture.SECRETARY;
import static org.amodel.core.fixtures.SeedFixture.WORKING_COMMITTEE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amodel.core.check.ConcurrentPostsOutcome.AlreadyHeld;
import org.amodel.core.check.ConcurrentPostsOutcome.Available;
import org.amodel.core.check.ConcurrentPostsOutcome.NotQualified;
import org.amodel.core.check.Disqualification.Kind;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Severity;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.Community;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the sixth election means for the two posts: 王秀英, the new chair, against 刘建国, secretary, on
 * 2005-10-08 ({@link ConcurrentPostsFixture}).
 */
@DisplayName("ConcurrentPosts.outcome: already held, available (with the checker's own notice) or not qualified, with every reason")
class ConcurrentPostsOutcomeTest {
  private static final ConcurrentPosts SEED = ConcurrentPosts.seed();

  private static ConcurrentPostsOutcome outcome(Community c) {
    return SEED.outcome(c, elected(), DATE);
  }

  /** Returns what the reference checker says as of {@link ConcurrentPostsFixture#DATE} with the new committee in place. */
  private static List<Finding> checkWithElected(Community c, DistrictParameters parameters) {
    return ReferenceChecker.of(parameters).check(ConcurrentPosts.withElectedCommittee(c, elected()), DATE);
  }

  private static List<Kind> kinds(NotQualified n) {
    return n.disqualifications().stream().map(Disqualification::kind).toList();
  }

  @Test
  @DisplayName("a full-member chair assessed on 2005-09-30 is available, and the notice is the reference checker's finding")
  void assessedChairIsAvailable() {
    Community c = chairAssessedOn(LocalDate.of(2005, 9, 30));
    Available a = assertInstanceOf(Available.class, outcome(c));
    assertEquals(CHAIR, a.chairId());
    assertEquals(SECRETARY, a.secretaryId());
    Finding notice = a.notice().orElseThrow();
    assertEquals(RuleId.CONCURRENT_POSTS_AVAILABLE, notice.ruleId());
    assertEquals(Severity.NOTICE, notice.severity());
    assertEquals(CHAIR_AS_CHAIR, notice.subject());
    assertZhMentions(notice, "主任王秀英是正式党员", "已于2005-09-30通过党工委考察");
    List<Finding> checked = checkWithElected(c, Parameters.jinanShizhong2005());
    assertFindings(checked, notice(RuleId.CONCURRENT_POSTS_AVAILABLE, CHAIR_AS_CHAIR));
    assertEquals(List.of(notice), checked);
  }

  @Test
  @DisplayName("an assessment dated the day before the date makes the chair available")
  void assessedTheDayBeforeIsAvailable() {
    Available a = assertInstanceOf(Available.class, outcome(chairAssessedOn(DATE.minusDays(1))));
    assertEnMentions(a.notice().orElseThrow(), "passed the working committee's assessment on 2005-10-07");
  }

  @Test
  @DisplayName("an assessment dated the same day as the date does not count: not qualified, no passed assessment before 2005-10-08")
  void assessedTheSameDayIsNotQualified() {
    Community c = chairAssessedOn(DATE);
    NotQualified n = assertInstanceOf(NotQualified.class, outcome(c));
    assertEquals(List.of(Kind.NO_PASSED_ASSESSMENT), kinds(n));
    Disqualification d = n.disqualifications().get(0);
    assertEquals(CHAIR, d.personId());
    assertEquals(DATE, d.day());
    assertEquals("王秀英在2005-10-08兼任书记、主任前没有通过党工委" + WORKING_COMMITTEE_ID + "的考察", d.messageZh());
    assertEquals("王秀英 had no passed assessment by working committee " + WORKING_COMMITTEE_ID
        + " dated before 2005-10-08, when taking both posts", d.messageEn());
    assertNoFindings(checkWithElected(c, Parameters.jinanShizhong2005()));
  }

  @Test
  @DisplayName("a probationary member who becomes full on the date qualifies; full only the day after, not: a probationary member on 2005-10-08")
  void probationaryAroundTheDate() {
    Community assessed = chairAssessedOn(LocalDate.of(2005, 9, 30));
    assertInstanceOf(Available.class, outcome(chairFullFrom(assessed, DATE)));

    NotQualified n = assertInstanceOf(NotQualified.class, outcome(chairFullFrom(assessed, DATE.plusDays(1))));
    assertEquals(List.of(Kind.PROBATIONARY_MEMBER), kinds(n));
    assertEquals("王秀英在2005-10-08兼任书记、主任时为预备党员,应为正式党员", n.disqualifications().get(0).messageZh());
    assertEquals("王秀英 was a probationary Party member on 2005-10-08 when taking both posts; a full Party member required",
        n.disqualifications().get(0).messageEn());
  }

  @Test
  @DisplayName("a non-member chair never assessed is not qualified for both reasons, membership first")
  void nonMemberUnassessedHasTwoReasons() {
    Community c = SeedFixture.withPerson(SeedFixture.community(), SeedFixture.person(CHAIR).withoutPartyMembership());
    NotQualified n = assertInstanceOf(NotQualified.class, outcome(c));
    assertEquals(List.of(Kind.NOT_A_PARTY_MEMBER, Kind.NO_PASSED_ASSESSMENT), kinds(n));
    assertTrue(n.disqualifications().get(0).messageEn().startsWith("王秀英 was not a Party member on 2005-10-08"),
        n.disqualifications().get(0).messageEn());
    assertEquals("王秀英在2005-10-08兼任书记、主任时为非党员,应为正式党员", n.disqualifications().get(0).messageZh());
  }

  @Test
  @DisplayName("a failed assessment does not count: not qualified")
  void failedAssessmentIsNotQualified() {
    Community c = SeedFixture.withAssessment(SeedFixture.community(),
        new Assessment("a-failed", CHAIR, WORKING_COMMITTEE_ID, LocalDate.of(2005, 9, 30), AssessmentOutcome.FAILED));
    assertEquals(List.of(Kind.NO_PASSED_ASSESSMENT), kinds(assertInstanceOf(NotQualified.class, outcome(c))));
  }

  @Test
  @DisplayName("with concurrent.assessmentRequired off an unassessed full member is available, without a notice: the notice names an assessment")
  void assessmentNotRequired() {
    DistrictParameters noAssessment = Parameters.jinanShizhong2005().toBuilder()
        .set(Parameters.CONCURRENT_ASSESSMENT_REQUIRED, Parameters.SEED_REFORM, false, "test: no assessment required")
        .build();
    ConcurrentPosts posts = ConcurrentPosts.of(noAssessment);
    Available a = assertInstanceOf(Available.class, posts.outcome(SeedFixture.community(), elected(), DATE));
    assertEquals(Optional.empty(), a.notice());
    assertNoFindings(checkWithElected(SeedFixture.community(), noAssessment));

    Community probationary = chairFullFrom(SeedFixture.community(), DATE.plusDays(1));
    NotQualified n = assertInstanceOf(NotQualified.class, posts.outcome(probationary, elected(), DATE));
    assertEquals(List.of(Kind.PROBATIONARY_MEMBER), kinds(n));
  }

  @Test
  @DisplayName("with concurrent.encouraged off an assessed chair is available without a notice")
  void notEncouraged() {
    DistrictParameters notEncouraged = Parameters.jinanShizhong2005().toBuilder()
        .set(Parameters.CONCURRENT_ENCOURAGED, Parameters.SEED_REFORM, false, "test: not encouraged").build();
    Community c = chairAssessedOn(LocalDate.of(2005, 9, 30));
    Available a = assertInstanceOf(Available.class, ConcurrentPosts.of(notEncouraged).outcome(c, elected(), DATE));
    assertEquals(Optional.empty(), a.notice());
    assertNoFindings(checkWithElected(c, notEncouraged));
  }

  @Test
  @DisplayName("a chair already secretary since the term began, assessed before it, already holds both posts soundly")
  void alreadyHeldSoundly() {
    LocalDate start = COMMITTEE_TERM.start();
    Community c = SeedFixture.withSecretary(chairAssessedOn(start.minusDays(1)), CHAIR, start);
    AlreadyHeld h = assertInstanceOf(AlreadyHeld.class, outcome(c));
    assertEquals(start, h.since());
    assertTrue(h.sound());
  }

  @Test
  @DisplayName("a chair already secretary, assessed only on the day they took both posts, already holds them, with the reason it breaks CONCURRENT_POSTS")
  void alreadyHeldUnsoundly() {
    LocalDate start = COMMITTEE_TERM.start();
    Community c = SeedFixture.withSecretary(chairAssessedOn(start), CHAIR, start);
    AlreadyHeld h = assertInstanceOf(AlreadyHeld.class, outcome(c));
    assertEquals(List.of(Kind.NO_PASSED_ASSESSMENT), h.disqualifications().stream().map(Disqualification::kind).toList());
    assertEquals(start, h.disqualifications().get(0).day());
  }
}
