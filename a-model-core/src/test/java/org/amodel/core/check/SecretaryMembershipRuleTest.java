package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.SECRETARY;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.model.Post;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SECRETARY_MEMBERSHIP: the Party secretary is a full Party member on the as-of date")
class SecretaryMembershipRuleTest {
  private static final Subject SECRETARY_SUBJECT = Subject.person(COMMUNITY_ID, SECRETARY, Post.PARTY_SECRETARY);
  private static final LocalDate ADMITTED = LocalDate.of(2004, 11, 1);

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  private static Community secretaryWith(PartyMembership membership) {
    return SeedFixture.withPerson(SeedFixture.community(),
        SeedFixture.person(SECRETARY).withPartyMembership(membership));
  }

  @Test
  @DisplayName("a full member since 1986 holds")
  void longTimeFullMemberHolds() {
    assertNoFindings(check(SeedFixture.community()));
  }

  @Test
  @DisplayName("a secretary who becomes a full member on the as-of date holds")
  void fullFromAsOfHolds() {
    assertNoFindings(check(secretaryWith(PartyMembership.full(ADMITTED, AS_OF))));
  }

  @Test
  @DisplayName("a secretary who becomes a full member the day after the as-of date is still probationary and breaks it")
  void fullFromTomorrowBreaks() {
    List<Finding> findings = check(secretaryWith(PartyMembership.full(ADMITTED, AS_OF.plusDays(1))));
    assertFindings(findings, violation(RuleId.SECRETARY_MEMBERSHIP, SECRETARY_SUBJECT));
    Finding f = only(findings, RuleId.SECRETARY_MEMBERSHIP);
    assertZhMentions(f, "书记刘建国在2005-12-01为预备党员", "应为正式党员");
    assertEnMentions(f, "secretary 刘建国 is a probationary Party member on 2005-12-01; a full Party member required");
  }

  @Test
  @DisplayName("a probationary member breaks it")
  void probationaryBreaks() {
    assertFindings(check(secretaryWith(PartyMembership.probationary(ADMITTED))),
        violation(RuleId.SECRETARY_MEMBERSHIP, SECRETARY_SUBJECT));
  }

  @Test
  @DisplayName("a secretary who is not a Party member breaks it")
  void nonMemberBreaks() {
    Community c = SeedFixture.withPerson(SeedFixture.community(),
        SeedFixture.person(SECRETARY).withoutPartyMembership());
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.SECRETARY_MEMBERSHIP, SECRETARY_SUBJECT));
    assertZhMentions(only(findings, RuleId.SECRETARY_MEMBERSHIP), "为非党员");
    assertEnMentions(only(findings, RuleId.SECRETARY_MEMBERSHIP), "secretary 刘建国 is not a Party member on 2005-12-01");
  }

  @Test
  @DisplayName("a secretary admitted only after the as-of date is not yet a member and breaks it")
  void admittedLaterBreaks() {
    List<Finding> findings = check(secretaryWith(PartyMembership.probationary(AS_OF.plusDays(1))));
    assertFindings(findings, violation(RuleId.SECRETARY_MEMBERSHIP, SECRETARY_SUBJECT));
    assertEnMentions(only(findings, RuleId.SECRETARY_MEMBERSHIP), "is not a Party member");
  }
}
