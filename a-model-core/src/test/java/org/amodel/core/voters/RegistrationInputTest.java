package org.amodel.core.voters;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.voters.VoterFixture.AS_OF;
import static org.amodel.core.voters.VoterFixture.COMMUNITY_ID;
import static org.amodel.core.voters.VoterFixture.OTHER_COMMUNITY_ID;
import static org.amodel.core.voters.VoterFixture.REGISTERED_ON;
import static org.amodel.core.voters.VoterFixture.TENANT;
import static org.amodel.core.voters.VoterFixture.registrations;
import static org.amodel.core.voters.VoterFixture.seedRoll;
import static org.amodel.core.voters.VoterFixture.voter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Household;
import org.amodel.core.model.Person;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bad registrations are kept and reported, never merged or dropped")
class RegistrationInputTest {

  @Test
  @DisplayName("a person registered twice in one community keeps both registrations and gets a VOTER_UNIQUE finding")
  void twiceInOneCommunity() {
    List<Registration> twice = new ArrayList<>(registrations());
    twice.add(Registration.of(COMMUNITY_ID, TENANT, REGISTERED_ON.plusDays(5)));
    VoterRoll roll = seedRoll(VoterFixture.community(), twice);
    RollEntry tenant = roll.entry(TENANT).orElseThrow();
    assertEquals(2, tenant.registrations().size());
    assertTrue(tenant.onRoll());
    List<Finding> findings = VoterRollChecker.check(roll);
    assertFindings(findings, violation(RuleId.VOTER_UNIQUE, voter(TENANT)));
    Finding f = only(findings, RuleId.VOTER_UNIQUE);
    assertZhMentions(f, "赵强在社区c1登记2次(2005-08-20, 2005-08-25)");
    assertEnMentions(f, "赵强 is registered 2 times in community c1 (2005-08-20, 2005-08-25)");
  }

  @Test
  @DisplayName("a registered person the community does not know has a line and a VOTER_ELIGIBILITY finding")
  void unknownPersonIsListed() {
    List<Registration> plus = new ArrayList<>(registrations());
    plus.add(Registration.of(COMMUNITY_ID, "ghost", REGISTERED_ON));
    VoterRoll roll = seedRoll(VoterFixture.community(), plus);
    RollEntry ghost = roll.entry("ghost").orElseThrow();
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.UnknownPerson())), ghost.standing());
    assertTrue(ghost.person().isEmpty());
    Finding f = only(VoterRollChecker.check(roll), RuleId.VOTER_ELIGIBILITY);
    assertEquals(voter("ghost"), f.subject());
    assertZhMentions(f, "ghost不在社区c1的人员名单中");
    assertEnMentions(f, "ghost is not among the people of community c1");
  }

  @Test
  @DisplayName("nobody disappears: the roll has exactly one line per known person and per registered id")
  void nobodyDisappears() {
    List<Registration> plus = new ArrayList<>(registrations());
    plus.add(Registration.of(COMMUNITY_ID, "ghost", REGISTERED_ON));
    plus.add(Registration.of(COMMUNITY_ID, "ghost", REGISTERED_ON));
    VoterRoll roll = seedRoll(VoterFixture.community(), plus);
    Set<String> expected = VoterFixture.people().stream().map(Person::id).collect(Collectors.toSet());
    expected.add("ghost");
    assertEquals(expected, roll.entries().stream().map(RollEntry::personId).collect(Collectors.toSet()));
    assertEquals(expected.size(), roll.entries().size());
    assertEquals(plus.size(), roll.entries().stream().mapToInt(e -> e.registrations().size()).sum());
  }

  @Test
  @DisplayName("a registration for another community is a programmer error naming it")
  void registrationForAnotherCommunity() {
    List<Registration> wrong = List.of(Registration.of(OTHER_COMMUNITY_ID, TENANT, REGISTERED_ON));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> seedRoll(VoterFixture.community(), wrong));
    assertTrue(e.getMessage().contains("registrations[0]") && e.getMessage().contains("for community c2, not c1"),
        e.getMessage());
  }

  @Test
  @DisplayName("a registration dated after the as-of date is a programmer error naming it")
  void registrationAfterAsOf() {
    List<Registration> late = List.of(Registration.of(COMMUNITY_ID, TENANT, AS_OF.plusDays(1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> seedRoll(VoterFixture.community(), late));
    assertTrue(e.getMessage().contains("dated after the roll's asOf 2005-09-01"), e.getMessage());
  }

  @Test
  @DisplayName("a household cannot be built with a representative outside it: one representative by construction")
  void householdHasOneRepresentative() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Household.of("h9", "经七路9号", "p2", Set.of("p1")));
    assertTrue(e.getMessage().contains("representativeId p2 of household h9"), e.getMessage());
  }

  @Test
  @DisplayName("a roll line on the roll without a registration cannot be built")
  void onRollNeedsRegistration() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RollEntry(TENANT, Optional.of(VoterFixture.fixturePerson(TENANT)),
            new Standing.OnRoll(new Ground.RegisteredResident("h1")), ImmutableList.of(), new Vote.Individual()));
    assertTrue(e.getMessage().contains("registrations must not be empty"), e.getMessage());
  }
}
