package org.amodel.core.voters;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.voters.VoterFixture.AS_OF;
import static org.amodel.core.voters.VoterFixture.DEPUTY;
import static org.amodel.core.voters.VoterFixture.H1;
import static org.amodel.core.voters.VoterFixture.H1_ADULT;
import static org.amodel.core.voters.VoterFixture.POLICE;
import static org.amodel.core.voters.VoterFixture.POLICE_STATION;
import static org.amodel.core.voters.VoterFixture.UNIT;
import static org.amodel.core.voters.VoterFixture.UNIT_REP;
import static org.amodel.core.voters.VoterFixture.registrations;
import static org.amodel.core.voters.VoterFixture.registrationsPlus;
import static org.amodel.core.voters.VoterFixture.standing;
import static org.amodel.core.voters.VoterFixture.voter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.Community;
import org.amodel.core.model.Person;
import org.amodel.core.model.RepresentativeCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VOTER_ELIGIBILITY, relaxation: unit representatives and the community police officer")
class VoterCategoryTest {
  private static final VoterRules SEED = VoterRules.JINAN_SHIZHONG_2005;
  private static final Ground UNIT_GROUND = new Ground.Representative(RepresentativeCategory.UNIT, UNIT);
  private static final Ground POLICE_GROUND =
      new Ground.Representative(RepresentativeCategory.COMMUNITY_POLICE_OFFICER, POLICE_STATION);

  private static VoterRoll roll(VoterRules rules) {
    return VoterRoll.build(VoterFixture.community(), registrations(), AS_OF, rules);
  }

  @Test
  @DisplayName("with the relaxation on, the police officer and the unit representative are on the roll")
  void admittedWithRelaxation() {
    VoterRoll roll = roll(SEED);
    assertEquals(new Standing.OnRoll(POLICE_GROUND), standing(roll, POLICE));
    assertEquals(new Standing.OnRoll(UNIT_GROUND), standing(roll, UNIT_REP));
    assertEquals(new Vote.Individual(), roll.entry(POLICE).orElseThrow().vote());
  }

  @Test
  @DisplayName("with the relaxation off, both are refused, and registering them breaks the rule")
  void refusedWithoutRelaxation() {
    VoterRoll roll = roll(SEED.withRelaxed(false));
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.NotAdmitted(POLICE_GROUND, false))),
        standing(roll, POLICE));
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.NotAdmitted(UNIT_GROUND, false))),
        standing(roll, UNIT_REP));
    List<Finding> findings = VoterRollChecker.check(roll).stream()
        .filter(f -> f.subject().equals(voter(POLICE)) || f.subject().equals(voter(UNIT_REP))).toList();
    assertFindings(findings, violation(RuleId.VOTER_ELIGIBILITY, voter(POLICE)),
        violation(RuleId.VOTER_ELIGIBILITY, voter(UNIT_REP)));
    Finding police = findings.stream().filter(f -> f.subject().equals(voter(POLICE))).findFirst().orElseThrow();
    assertZhMentions(police, "吴勇系社区民警(杆石桥派出所),但本区未放宽选民登记条件");
    assertEnMentions(police, "吴勇 is a community police officer (杆石桥派出所), but the district has not relaxed");
  }

  @Test
  @DisplayName("a relaxation that admits unit representatives only refuses the police officer")
  void categoriesAreAParameter() {
    VoterRoll roll = roll(SEED.withAdmittedCategories(Set.of(RepresentativeCategory.UNIT)));
    assertEquals(new Standing.OnRoll(UNIT_GROUND), standing(roll, UNIT_REP));
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.NotAdmitted(POLICE_GROUND, true))),
        standing(roll, POLICE));
    Finding f = only(VoterRollChecker.check(roll), RuleId.VOTER_ELIGIBILITY);
    assertZhMentions(f, "吴勇系社区民警(杆石桥派出所),但本区放宽的选民登记范围不含此类人员");
  }

  @Test
  @DisplayName("a people's congress deputy with no other tie is not admitted by the seed's relaxation")
  void deputyNotAdmitted() {
    List<Person> people = new ArrayList<>(VoterFixture.people());
    people.add(VoterFixture.deputy());
    Community c = VoterFixture.community(people, List.of(
        new AssemblyRepresentative(DEPUTY, RepresentativeCategory.PEOPLES_CONGRESS_DEPUTY, "市人大")));
    VoterRoll roll = VoterRoll.build(c, registrationsPlus(DEPUTY), AS_OF, SEED);
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.NotAdmitted(
        new Ground.Representative(RepresentativeCategory.PEOPLES_CONGRESS_DEPUTY, "市人大"), true))),
        standing(roll, DEPUTY));
    assertFindings(VoterRollChecker.check(roll), violation(RuleId.VOTER_ELIGIBILITY, voter(DEPUTY)));
  }

  @Test
  @DisplayName("a household member who is also the police officer is on the roll as a resident, without relaxation")
  void residentGroundComesFirst() {
    Community c = VoterFixture.community(VoterFixture.people(), List.of(
        new AssemblyRepresentative(H1_ADULT, RepresentativeCategory.COMMUNITY_POLICE_OFFICER, "另一派出所")));
    VoterRoll roll = VoterRoll.build(c, registrations(), AS_OF, SEED.withRelaxed(false));
    assertEquals(new Standing.OnRoll(new Ground.RegisteredResident(H1)), standing(roll, H1_ADULT));
  }

  @Test
  @DisplayName("someone the community knows but who has no tie to it is not connected")
  void strangerNotConnected() {
    List<Person> people = new ArrayList<>(VoterFixture.people());
    people.add(VoterFixture.stranger());
    VoterRoll roll = VoterRoll.build(VoterFixture.community(people, List.of()),
        registrationsPlus(VoterFixture.STRANGER), AS_OF, SEED);
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.NotConnected())),
        standing(roll, VoterFixture.STRANGER));
    assertFindings(VoterRollChecker.check(roll), violation(RuleId.VOTER_ELIGIBILITY, voter(VoterFixture.STRANGER)));
  }
}
