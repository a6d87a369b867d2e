package org.amodel.core.voters;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.voters.VoterFixture.AS_OF;
import static org.amodel.core.voters.VoterFixture.COMMUNITY_ID;
import static org.amodel.core.voters.VoterFixture.OTHER_COMMUNITY_ID;
import static org.amodel.core.voters.VoterFixture.REGISTERED_ON;
import static org.amodel.core.voters.VoterFixture.TENANT;
import static org.amodel.core.voters.VoterFixture.registrations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.check.SeedCatalogue;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.Person;
import org.amodel.core.model.TieKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VOTER_UNIQUE across rolls: nobody is on two communities' rolls")
class VoterUniqueAcrossRollsTest {
  private static final VoterRules SEED = VoterRules.JINAN_SHIZHONG_2005;

  /** Community c2, where the fixture's tenant has worked since 2001 (and nobody else is known). */
  private static Community other() {
    Person tenant = VoterFixture.fixturePerson(TENANT).withCommunityTies(List.of(
        VoterFixture.tie(TieKind.RESIDENCE, COMMUNITY_ID, AS_OF.minusYears(1)),
        VoterFixture.tie(TieKind.WORK, OTHER_COMMUNITY_ID, LocalDate.of(2001, 1, 1))));
    return Community.builder(OTHER_COMMUNITY_ID, "舜耕社区", CommunityType.GEOGRAPHIC,
        VoterFixture.OFFICE).people(List.of(tenant)).build();
  }

  private static VoterRoll otherRoll(Registration... registrations) {
    return VoterRoll.build(other(), List.of(registrations), AS_OF, SEED);
  }

  @Test
  @DisplayName("the tenant on both rolls: one finding, about the later registration, naming the first community")
  void onTwoRollsBreaks() {
    VoterRoll c1 = VoterRoll.build(VoterFixture.community(), registrations(), AS_OF, SEED);
    VoterRoll c2 = otherRoll(Registration.of(OTHER_COMMUNITY_ID, TENANT, REGISTERED_ON.plusDays(3)));
    List<Finding> findings = VoterRollChecker.check(List.of(c2, c1));
    assertFindings(findings, violation(RuleId.VOTER_UNIQUE, VoterRollChecker.voter(OTHER_COMMUNITY_ID, TENANT)));
    Finding f = only(findings, RuleId.VOTER_UNIQUE);
    assertZhMentions(f, "赵强已于2005-08-20在社区c1登记,又于2005-08-23在社区c2登记");
    assertEnMentions(f, "赵强 registered in community c1 on 2005-08-20 and again in community c2 on 2005-08-23");
    assertEquals(SeedCatalogue.rule(RuleId.VOTER_UNIQUE).basis(), f.basis());
    assertEquals(SeedCatalogue.rule(RuleId.VOTER_UNIQUE).severity(), f.severity());
  }

  @Test
  @DisplayName("registered the same day in both: the community with the smaller id is taken as the first")
  void sameDayTieBreak() {
    VoterRoll c1 = VoterRoll.build(VoterFixture.community(), registrations(), AS_OF, SEED);
    VoterRoll c2 = otherRoll(Registration.of(OTHER_COMMUNITY_ID, TENANT, REGISTERED_ON));
    assertFindings(VoterRollChecker.check(List.of(c1, c2)),
        violation(RuleId.VOTER_UNIQUE, VoterRollChecker.voter(OTHER_COMMUNITY_ID, TENANT)));
  }

  @Test
  @DisplayName("the registry refuses the second registration, so the rolls it feeds are clean")
  void registryKeepsRollsClean() {
    Registry.Batch batch = Registry.empty().registerAll(registrations());
    RegistrationOutcome outcome =
        batch.registry().register(Registration.of(OTHER_COMMUNITY_ID, TENANT, REGISTERED_ON.plusDays(3)));
    RegistrationOutcome.Refused refused = (RegistrationOutcome.Refused) outcome;
    assertEquals(COMMUNITY_ID, refused.existing().communityId());
    Registry registry = outcome.registry();
    VoterRoll c1 = VoterRoll.build(VoterFixture.community(), registry.registrations(COMMUNITY_ID), AS_OF, SEED);
    VoterRoll c2 = VoterRoll.build(other(), registry.registrations(OTHER_COMMUNITY_ID), AS_OF, SEED);
    assertNoFindings(VoterRollChecker.check(List.of(c1, c2)));
  }

  @Test
  @DisplayName("registered twice in the later community too: one finding joining both problems")
  void problemsAboutOneSubjectAreJoined() {
    VoterRoll c1 = VoterRoll.build(VoterFixture.community(), registrations(), AS_OF, SEED);
    VoterRoll c2 = otherRoll(Registration.of(OTHER_COMMUNITY_ID, TENANT, REGISTERED_ON.plusDays(3)),
        Registration.of(OTHER_COMMUNITY_ID, TENANT, REGISTERED_ON.plusDays(4)));
    List<Finding> findings = VoterRollChecker.check(List.of(c1, c2));
    assertFindings(findings, violation(RuleId.VOTER_UNIQUE, VoterRollChecker.voter(OTHER_COMMUNITY_ID, TENANT)));
    Finding f = only(findings, RuleId.VOTER_UNIQUE);
    assertZhMentions(f, "又于2005-08-23在社区c2登记", "赵强在社区c2登记2次(2005-08-23, 2005-08-24)");
    assertEnMentions(f, "and again in community c2 on 2005-08-23", "is registered 2 times in community c2");
  }

  @Test
  @DisplayName("two rolls of one community are a programmer error")
  void twoRollsOfOneCommunity() {
    VoterRoll c1 = VoterRoll.build(VoterFixture.community(), registrations(), AS_OF, SEED);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VoterRollChecker.check(List.of(c1, c1)));
    assertEquals("rolls include two rolls of community c1", e.getMessage());
  }
}
