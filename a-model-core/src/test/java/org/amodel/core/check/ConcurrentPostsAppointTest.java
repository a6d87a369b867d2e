package org.amodel.core.check;

import static org.amodel.core.check.ConcurrentPostsFixture.CHAIR_AS_SECRETARY;
import static org.amodel.core.check.ConcurrentPostsFixture.DATE;
import static org.amodel.core.check.ConcurrentPostsFixture.chairAssessedOn;
import static org.amodel.core.check.ConcurrentPostsFixture.chairFullFrom;
import static org.amodel.core.check.ConcurrentPostsFixture.elected;
import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.CHAIR;
import static org.amodel.core.fixtures.SeedFixture.COMMITTEE_TERM;
import static org.amodel.core.fixtures.SeedFixture.WORKING_COMMITTEE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.check.ConcurrentAppointment.Appointed;
import org.amodel.core.check.ConcurrentAppointment.Refused;
import org.amodel.core.check.Disqualification.Kind;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Appointment;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.Community;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Making 王秀英, chair of the sixth committee, Party secretary too from 2005-10-08 ({@link
 * ConcurrentPostsFixture}); each result is checked with the reference checker.
 */
@DisplayName("ConcurrentPosts.appoint: the chair becomes secretary too, or a refusal naming every reason and the finding")
class ConcurrentPostsAppointTest {
  private static final ConcurrentPosts SEED = ConcurrentPosts.seed();

  private static ConcurrentAppointment appoint(Community c) {
    return SEED.appoint(c, elected(), DATE);
  }

  /** Returns {@code c} with the new committee and the chair made secretary from the date regardless. */
  private static Community appointedByHand(Community c) {
    return SeedFixture.withSecretary(ConcurrentPosts.withElectedCommittee(c, elected()), CHAIR, DATE);
  }

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, DATE);
  }

  private static List<Kind> kinds(Refused r) {
    return r.disqualifications().stream().map(Disqualification::kind).toList();
  }

  @Test
  @DisplayName("a full-member chair assessed the day before is appointed from the date, and the community breaks no rule")
  void assessedTheDayBeforeIsAppointed() {
    Appointed a = assertInstanceOf(Appointed.class, appoint(chairAssessedOn(DATE.minusDays(1))));
    assertTrue(a.appointed());
    assertEquals(CHAIR, a.personId());
    assertEquals(DATE, a.since());
    assertEquals(Appointment.of(CHAIR, DATE), a.community().partyOrganisations().get(0).secretary());
    assertEquals(List.of(elected()), a.community().residentsCommittees());
    assertNoFindings(check(a.community()));
  }

  @Test
  @DisplayName("a chair assessed on the day itself is refused; appointed by hand, the checker reports CONCURRENT_POSTS about her, the refusal's finding")
  void assessedTheSameDayIsRefused() {
    Community c = chairAssessedOn(DATE);
    Refused r = assertInstanceOf(Refused.class, appoint(c));
    assertFalse(r.appointed());
    assertEquals(CHAIR, r.personId());
    assertEquals(DATE, r.since());
    assertEquals(List.of(Kind.NO_PASSED_ASSESSMENT), kinds(r));
    assertEquals(RuleId.CONCURRENT_POSTS, r.finding().ruleId());
    assertEquals(CHAIR_AS_SECRETARY, r.finding().subject());
    assertZhMentions(r.finding(), "王秀英在2005-10-08兼任书记、主任前没有通过党工委" + WORKING_COMMITTEE_ID + "的考察");

    List<Finding> byHand = check(appointedByHand(c));
    assertFindings(byHand, violation(RuleId.CONCURRENT_POSTS, CHAIR_AS_SECRETARY));
    assertEquals(List.of(r.finding()), byHand);
  }

  @Test
  @DisplayName("a probationary member who becomes full on the day is appointed; full the day after, refused")
  void probationaryAroundTheDay() {
    Community assessed = chairAssessedOn(LocalDate.of(2005, 9, 30));
    Appointed a = assertInstanceOf(Appointed.class, appoint(chairFullFrom(assessed, DATE)));
    assertNoFindings(check(a.community()));

    Community lateFull = chairFullFrom(assessed, DATE.plusDays(1));
    Refused r = assertInstanceOf(Refused.class, appoint(lateFull));
    assertEquals(List.of(Kind.PROBATIONARY_MEMBER), kinds(r));
    assertEnMentions(r.finding(), "王秀英 was a probationary Party member on 2005-10-08 when taking both posts");
    List<Finding> byHand = check(appointedByHand(lateFull));
    assertFindings(byHand,
        violation(RuleId.CONCURRENT_POSTS, CHAIR_AS_SECRETARY),
        violation(RuleId.SECRETARY_MEMBERSHIP, CHAIR_AS_SECRETARY));
  }

  @Test
  @DisplayName("a failed assessment is refused")
  void failedAssessmentIsRefused() {
    Community c = SeedFixture.withAssessment(SeedFixture.community(),
        new Assessment("a-failed", CHAIR, WORKING_COMMITTEE_ID, LocalDate.of(2005, 9, 30), AssessmentOutcome.FAILED));
    Refused r = assertInstanceOf(Refused.class, appoint(c));
    assertEquals(List.of(Kind.NO_PASSED_ASSESSMENT), kinds(r));
    assertFindings(check(appointedByHand(c)), violation(RuleId.CONCURRENT_POSTS, CHAIR_AS_SECRETARY));
  }

  @Test
  @DisplayName("a non-member is refused with one finding naming both reasons")
  void nonMemberIsRefusedForBothReasons() {
    Community c = SeedFixture.withPerson(SeedFixture.community(), SeedFixture.person(CHAIR).withoutPartyMembership());
    Refused r = assertInstanceOf(Refused.class, appoint(c));
    assertEquals(List.of(Kind.NOT_A_PARTY_MEMBER, Kind.NO_PASSED_ASSESSMENT), kinds(r));
    assertEnMentions(r.finding(), "王秀英 was not a Party member on 2005-10-08", "had no passed assessment");
  }

  @Test
  @DisplayName("with concurrent.assessmentRequired off an unassessed full member is appointed, and the checker under those parameters agrees")
  void assessmentNotRequiredIsAppointed() {
    DistrictParameters noAssessment = Parameters.jinanShizhong2005().toBuilder()
        .set(Parameters.CONCURRENT_ASSESSMENT_REQUIRED, Parameters.SEED_REFORM, false, "test: no assessment required")
        .build();
    Appointed a = assertInstanceOf(Appointed.class,
        ConcurrentPosts.of(noAssessment).appoint(SeedFixture.community(), elected(), DATE));
    assertNoFindings(ReferenceChecker.of(noAssessment).check(a.community(), DATE));
    assertFindings(check(a.community()), violation(RuleId.CONCURRENT_POSTS, CHAIR_AS_SECRETARY));
  }

  @Test
  @DisplayName("a chair already secretary and soundly so is left as she is, since the day she took both posts")
  void alreadyHeldIsLeftAlone() {
    LocalDate start = COMMITTEE_TERM.start();
    Community c = SeedFixture.withSecretary(chairAssessedOn(start.minusDays(1)), CHAIR, start);
    Appointed a = assertInstanceOf(Appointed.class, appoint(c));
    assertEquals(start, a.since());
    assertEquals(Appointment.of(CHAIR, start), a.community().partyOrganisations().get(0).secretary());
    assertSame(SeedFixture.community().subdistrictOffice(), a.community().subdistrictOffice());
    assertNoFindings(check(a.community()));
  }

  @Test
  @DisplayName("a chair already secretary but assessed only on the day she took both posts is refused: no community that breaks CONCURRENT_POSTS")
  void alreadyHeldUnsoundlyIsRefused() {
    LocalDate start = COMMITTEE_TERM.start();
    Community c = SeedFixture.withSecretary(chairAssessedOn(start), CHAIR, start);
    Refused r = assertInstanceOf(Refused.class, appoint(c));
    assertEquals(start, r.since());
    assertEquals(List.of(Kind.NO_PASSED_ASSESSMENT), kinds(r));
    assertEquals(List.of(r.finding()), check(ConcurrentPosts.withElectedCommittee(c, elected())));
  }
}
