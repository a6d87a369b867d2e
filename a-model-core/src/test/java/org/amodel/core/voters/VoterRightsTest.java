package org.amodel.core.voters;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.voters.VoterFixture.AS_OF;
import static org.amodel.core.voters.VoterFixture.H1;
import static org.amodel.core.voters.VoterFixture.H1_ADULT;
import static org.amodel.core.voters.VoterFixture.WANG_WU;
import static org.amodel.core.voters.VoterFixture.fixturePerson;
import static org.amodel.core.voters.VoterFixture.registrations;
import static org.amodel.core.voters.VoterFixture.standing;
import static org.amodel.core.voters.VoterFixture.voter;
import static org.amodel.core.voters.VoterFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Community;
import org.amodel.core.model.DateRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VOTER_ELIGIBILITY, political rights: a person deprived of them on the as-of date is not a voter")
class VoterRightsTest {
  private static final String JUDGMENT = "(2004)市中刑初字第12号";

  private static VoterRoll roll(Community c, Deprivation... deprivations) {
    return VoterRoll.build(c, registrations(), PoliticalRights.of(List.of(deprivations)), AS_OF,
        VoterRules.JINAN_SHIZHONG_2005);
  }

  private static Deprivation deprived(String personId, DateRange period) {
    return new Deprivation(personId, period, JUDGMENT);
  }

  @Test
  @DisplayName("a deprivation running on the as-of date breaks it, the message naming period and judgment")
  void deprivedOnTheAsOfDateBreaks() {
    Deprivation d = deprived(H1_ADULT, DateRange.between(LocalDate.of(2004, 1, 1), LocalDate.of(2006, 12, 31)));
    VoterRoll roll = roll(VoterFixture.community(), d);
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.RightsDeprived(d))), standing(roll, H1_ADULT));
    List<Finding> findings = VoterRollChecker.check(roll);
    assertFindings(findings, violation(RuleId.VOTER_ELIGIBILITY, voter(H1_ADULT)));
    Finding f = only(findings, RuleId.VOTER_ELIGIBILITY);
    assertZhMentions(f, "李娜在2005-09-01被剥夺政治权利(2004-01-01–2006-12-31;" + JUDGMENT + ")");
    assertEnMentions(f, "李娜 was deprived of political rights on 2005-09-01 (2004-01-01–2006-12-31; " + JUDGMENT);
  }

  @Test
  @DisplayName("a deprivation that ended the day before holds; one that starts on the as-of date breaks it")
  void boundariesOfTheDeprivation() {
    Deprivation ended = deprived(H1_ADULT, DateRange.between(LocalDate.of(2003, 1, 1), AS_OF.minusDays(1)));
    assertEquals(new Standing.OnRoll(new Ground.RegisteredResident(H1)),
        standing(roll(VoterFixture.community(), ended), H1_ADULT));
    Deprivation starts = deprived(H1_ADULT, DateRange.between(AS_OF, AS_OF.plusYears(2)));
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.RightsDeprived(starts))),
        standing(roll(VoterFixture.community(), starts), H1_ADULT));
  }

  @Test
  @DisplayName("a deprivation for life (no end) breaks it")
  void lifelongBreaks() {
    Deprivation life = deprived(H1_ADULT, DateRange.since(LocalDate.of(1999, 5, 1)));
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.RightsDeprived(life))),
        standing(roll(VoterFixture.community(), life), H1_ADULT));
  }

  @Test
  @DisplayName("a 17-year-old deprived of political rights has both reasons")
  void everyReasonIsGiven() {
    Community c = with(fixturePerson(WANG_WU).withBirthDate(AS_OF.minusYears(17)));
    Deprivation d = deprived(WANG_WU, DateRange.since(LocalDate.of(2005, 1, 1)));
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.UnderAge(17, 18), new Reason.RightsDeprived(d))),
        standing(roll(c, d), WANG_WU));
  }

  @Test
  @DisplayName("another person's deprivation leaves the registered voter on the roll")
  void deprivationIsPerPerson() {
    Deprivation d = deprived("someone-else", DateRange.since(LocalDate.of(2000, 1, 1)));
    assertEquals(new Standing.OnRoll(new Ground.RegisteredResident(H1)),
        standing(roll(VoterFixture.community(), d), H1_ADULT));
  }
}
