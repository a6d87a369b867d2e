package org.amodel.core.voters;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.voters.VoterFixture.AS_OF;
import static org.amodel.core.voters.VoterFixture.CHILD;
import static org.amodel.core.voters.VoterFixture.H2;
import static org.amodel.core.voters.VoterFixture.WANG_WU;
import static org.amodel.core.voters.VoterFixture.fixturePerson;
import static org.amodel.core.voters.VoterFixture.registrations;
import static org.amodel.core.voters.VoterFixture.seedRoll;
import static org.amodel.core.voters.VoterFixture.standing;
import static org.amodel.core.voters.VoterFixture.voter;
import static org.amodel.core.voters.VoterFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.amodel.core.check.SeedCatalogue;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Community;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VOTER_ELIGIBILITY, age: a voter is 18 or over in full years on the as-of date")
class VoterAgeTest {

  private static Community wangWuBornOn(LocalDate birthDate) {
    return with(fixturePerson(WANG_WU).withBirthDate(birthDate));
  }

  @Test
  @DisplayName("the fixture, everyone but the child registered, has no finding")
  void fixtureHolds() {
    VoterRoll roll = seedRoll(VoterFixture.community(), registrations());
    assertNoFindings(VoterRollChecker.check(roll));
  }

  @Test
  @DisplayName("王五, 18 on the as-of date itself (birthday that day), is on the roll as a resident")
  void eighteenOnTheAsOfDateHolds() {
    VoterRoll roll = seedRoll(wangWuBornOn(AS_OF.minusYears(18)), registrations());
    assertEquals(new Standing.OnRoll(new Ground.RegisteredResident(H2)), standing(roll, WANG_WU));
    assertNoFindings(VoterRollChecker.check(roll));
  }

  @Test
  @DisplayName("王五, 18 the day after the as-of date, is 17 and breaks it, the message naming age and date")
  void seventeenOnTheAsOfDateBreaks() {
    VoterRoll roll = seedRoll(wangWuBornOn(AS_OF.minusYears(18).plusDays(1)), registrations());
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.UnderAge(17, 18))), standing(roll, WANG_WU));
    List<Finding> findings = VoterRollChecker.check(roll);
    assertFindings(findings, violation(RuleId.VOTER_ELIGIBILITY, voter(WANG_WU)));
    Finding f = only(findings, RuleId.VOTER_ELIGIBILITY);
    assertZhMentions(f, "王五在2005-09-01未满18周岁(17岁)", "已于2005-08-20登记");
    assertEnMentions(f, "王五 was 17 on 2005-09-01; 18 required", "registered 2005-08-20");
    assertEquals(SeedCatalogue.rule(RuleId.VOTER_ELIGIBILITY).basis(), f.basis());
    assertEquals(AS_OF, f.asOf());
  }

  @Test
  @DisplayName("a leap-day birthday: 18 on 1 March of a common year, as Person.ageOn counts")
  void leapDayBirthday() {
    Community c = wangWuBornOn(LocalDate.of(1988, 2, 29));
    List<Registration> registered = List.of(Registration.of("c1", WANG_WU, LocalDate.of(2006, 2, 1)));
    VoterRules rules = VoterRules.JINAN_SHIZHONG_2005;
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.UnderAge(17, 18))),
        standing(VoterRoll.build(c, registered, LocalDate.of(2006, 2, 28), rules), WANG_WU));
    assertEquals(new Standing.OnRoll(new Ground.RegisteredResident(H2)),
        standing(VoterRoll.build(c, registered, LocalDate.of(2006, 3, 1), rules), WANG_WU));
  }

  @Test
  @DisplayName("someone born after the as-of date is not eligible and the message says so")
  void notYetBornBreaks() {
    VoterRoll roll = seedRoll(wangWuBornOn(AS_OF.plusDays(3)), registrations());
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.NotYetBorn(AS_OF.plusDays(3)))),
        standing(roll, WANG_WU));
    Finding f = only(VoterRollChecker.check(roll), RuleId.VOTER_ELIGIBILITY);
    assertZhMentions(f, "王五生于2005-09-04,在2005-09-01尚未出生");
    assertEnMentions(f, "王五 was born on 2005-09-04, after 2005-09-01");
  }

  @Test
  @DisplayName("the unregistered child has a line saying why they are not on the roll, and no finding")
  void unregisteredChildIsListedWithoutFinding() {
    VoterRoll roll = seedRoll(VoterFixture.community(), registrations());
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.UnderAge(10, 18))), standing(roll, CHILD));
    assertEquals(new Vote.NoVote(), roll.entry(CHILD).orElseThrow().vote());
    assertNoFindings(VoterRollChecker.check(roll));
  }

  @Test
  @DisplayName("a district with a minimum age of 16 admits 王五 at 17")
  void districtMinimumAgeIsAParameter() {
    Community c = wangWuBornOn(AS_OF.minusYears(17));
    VoterRoll roll = VoterRoll.build(c, registrations(), AS_OF, VoterRules.JINAN_SHIZHONG_2005.withMinimumAge(16));
    assertEquals(new Standing.OnRoll(new Ground.RegisteredResident(H2)), standing(roll, WANG_WU));
  }
}
