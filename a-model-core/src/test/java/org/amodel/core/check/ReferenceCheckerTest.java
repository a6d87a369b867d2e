package org.amodel.core.check;

import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Person;
import org.amodel.core.model.Post;
import org.amodel.core.model.StationPost;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The reference checker")
class ReferenceCheckerTest {

  /** A community breaking several rules at once, in several subjects. */
  private static Community brokenInSeveralWays() {
    Community c = SeedFixture.withRecruit(SeedFixture.community(),
        SeedFixture.candidate("staff-3", "刘洋"), StationPost.STAFF);
    c = SeedFixture.withPerson(c, SeedFixture.person(SeedFixture.HEAD).withEducation(EducationLevel.PRIMARY));
    return SeedFixture.withHouseholdCount(c, 99);
  }

  @Test
  @DisplayName("implements the sixteen rules of the seed catalogue that do not need an election")
  void ruleIds() {
    assertEquals(ImmutableSet.of(
            RuleId.STRUCTURE_TRINITY, RuleId.STATION_SIZE, RuleId.STATION_POSTS, RuleId.RECRUIT_AGE,
            RuleId.RECRUIT_EDUCATION, RuleId.RECRUIT_PROCESS, RuleId.APPOINTMENT_TERM, RuleId.STATION_REPORTING,
            RuleId.SECRETARY_FULL_TIME, RuleId.SECRETARY_MEMBERSHIP, RuleId.CONCURRENT_POSTS,
            RuleId.CONCURRENT_POSTS_AVAILABLE, RuleId.COMMITTEE_SIZE, RuleId.COMMITTEE_TERM,
            RuleId.COMMUNITY_HOUSEHOLDS, RuleId.ASSEMBLY_COMPOSITION),
        ReferenceChecker.ruleIds());
    assertTrue(SeedCatalogue.rules().keySet().containsAll(ReferenceChecker.ruleIds()));
  }

  @Test
  @DisplayName("has a scenario test class for every rule it implements")
  void everyRuleHasATestClass() {
    List<String> missing = new ArrayList<>();
    for (RuleId id : ReferenceChecker.ruleIds()) {
      String name = getClass().getPackageName() + "."
          + CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.UPPER_CAMEL, id.value()) + "RuleTest";
      try {
        Class.forName(name);
      } catch (ClassNotFoundException e) {
        missing.add(name);
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  @DisplayName("stamps each finding with the as-of date, and the severity and basis of its catalogue entry")
  void findingsCarryCatalogueData() {
    List<Finding> findings = ReferenceChecker.seed().check(brokenInSeveralWays(), AS_OF);
    assertEquals(4, findings.size(), findings::toString);
    assertAll(findings.stream().map(f -> () -> {
      RuleDescriptor rule = SeedCatalogue.rule(f.ruleId());
      assertEquals(rule.severity(), f.severity());
      assertEquals(rule.basis(), f.basis());
      assertEquals(AS_OF, f.asOf());
      assertEquals(COMMUNITY_ID, f.subject().communityId());
      assertTrue(!f.messageZh().isBlank() && !f.messageEn().isBlank());
    }));
  }

  @Test
  @DisplayName("returns findings sorted, the same whatever the order of the community's lists")
  void sortedAndOrderIndependent() {
    Community c = brokenInSeveralWays();
    List<Finding> findings = ReferenceChecker.seed().check(c, AS_OF);
    List<Finding> sorted = findings.stream().sorted().toList();
    assertEquals(sorted, findings);

    Community reversed = c.toBuilder()
        .people(c.people().reverse())
        .households(c.households().reverse())
        .build()
        .mapServiceStations(s -> s.withAppointments(s.appointments().reverse()));
    assertEquals(findings, ReferenceChecker.seed().check(reversed, AS_OF));
  }

  @Test
  @DisplayName("reports one finding per rule and subject: a probationary secretary of two Party organisations gets one")
  void oneFindingPerRuleAndSubject() {
    Community c = SeedFixture.community();
    PartyOrganisation party = c.partyOrganisations().get(0);
    PartyOrganisation second = PartyOrganisation.of("party-2", party.kind(), party.secretary(), List.of());
    Person probationary = SeedFixture.person(SeedFixture.SECRETARY)
        .withPartyMembership(PartyMembership.probationary(AS_OF.minusMonths(3)));
    c = SeedFixture.withPerson(c, probationary).toBuilder().partyOrganisations(List.of(party, second)).build();

    List<Finding> findings = ReferenceChecker.seed().check(c, AS_OF);

    Subject secretary = Subject.person(COMMUNITY_ID, SeedFixture.SECRETARY, Post.PARTY_SECRETARY);
    assertFindings(findings,
        violation(RuleId.STRUCTURE_TRINITY, Subject.community(COMMUNITY_ID)),
        violation(RuleId.SECRETARY_MEMBERSHIP, secretary));
    assertEquals("书记刘建国在2005-12-01为预备党员,应为正式党员",
        findings.stream().filter(f -> f.ruleId() == RuleId.SECRETARY_MEMBERSHIP).findFirst().orElseThrow().messageZh());
  }

  @Test
  @DisplayName("rejects a null community or date")
  void rejectsNulls() {
    assertThrows(NullPointerException.class, () -> ReferenceChecker.seed().check(null, AS_OF));
    assertThrows(NullPointerException.class, () -> ReferenceChecker.seed().check(SeedFixture.community(), null));
    assertDoesNotThrow(() -> ReferenceChecker.seed().check(SeedFixture.community(), AS_OF));
  }
}
