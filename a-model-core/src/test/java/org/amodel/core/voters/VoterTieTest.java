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
import static org.amodel.core.voters.VoterFixture.TENANT;
import static org.amodel.core.voters.VoterFixture.fixturePerson;
import static org.amodel.core.voters.VoterFixture.registrations;
import static org.amodel.core.voters.VoterFixture.seedRoll;
import static org.amodel.core.voters.VoterFixture.standing;
import static org.amodel.core.voters.VoterFixture.tie;
import static org.amodel.core.voters.VoterFixture.voter;
import static org.amodel.core.voters.VoterFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityTie;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.TieKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VOTER_ELIGIBILITY, relaxation: living or working in the community one year or more (一年以上 includes one)")
class VoterTieTest {
  private static final ImmutableSet<TieKind> LIVING = ImmutableSet.of(TieKind.RESIDENCE);

  private static Community tenantWith(CommunityTie... ties) {
    return with(fixturePerson(TENANT).withCommunityTies(List.of(ties)));
  }

  private static Standing tenant(Community c) {
    return standing(seedRoll(c, registrations()), TENANT);
  }

  @Test
  @DisplayName("living there since exactly one year before the as-of date holds")
  void exactlyOneYearHolds() {
    Community c = tenantWith(tie(TieKind.RESIDENCE, COMMUNITY_ID, AS_OF.minusYears(1)));
    assertEquals(new Standing.OnRoll(new Ground.LivedOrWorked(LIVING, AS_OF.minusYears(1))), tenant(c));
    assertNoFindings(VoterRollChecker.check(seedRoll(c, registrations())));
  }

  @Test
  @DisplayName("one day less than a year breaks it, the message naming the start and the as-of date")
  void oneDayLessBreaks() {
    LocalDate since = AS_OF.minusYears(1).plusDays(1);
    Community c = tenantWith(tie(TieKind.RESIDENCE, COMMUNITY_ID, since));
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.TieTooShort(LIVING, since, 1))), tenant(c));
    List<Finding> findings = VoterRollChecker.check(seedRoll(c, registrations()));
    assertFindings(findings, violation(RuleId.VOTER_ELIGIBILITY, voter(TENANT)));
    Finding f = only(findings, RuleId.VOTER_ELIGIBILITY);
    assertZhMentions(f, "赵强自2004-09-02起在社区c1居住,至2005-09-01未满1年");
    assertEnMentions(f, "赵强 has been living in community c1 since 2004-09-02, less than 1 year by 2005-09-01");
  }

  @Test
  @DisplayName("working there counts as living there does")
  void workingCounts() {
    Community c = tenantWith(tie(TieKind.WORK, COMMUNITY_ID, AS_OF.minusYears(3)));
    assertEquals(new Standing.OnRoll(new Ground.LivedOrWorked(ImmutableSet.of(TieKind.WORK), AS_OF.minusYears(3))),
        tenant(c));
  }

  @Test
  @DisplayName("periods that follow each other without a gap join: half a year living, then working")
  void contiguousPeriodsJoin() {
    LocalDate start = AS_OF.minusYears(1);
    Community c = tenantWith(
        new CommunityTie(TieKind.RESIDENCE, COMMUNITY_ID, DateRange.between(start, LocalDate.of(2005, 2, 28))),
        tie(TieKind.WORK, COMMUNITY_ID, LocalDate.of(2005, 3, 1)));
    assertEquals(new Standing.OnRoll(new Ground.LivedOrWorked(
        ImmutableSet.of(TieKind.RESIDENCE, TieKind.WORK), start)), tenant(c));
  }

  @Test
  @DisplayName("a gap of one day starts the count again")
  void gapRestartsTheCount() {
    Community c = tenantWith(
        new CommunityTie(TieKind.RESIDENCE, COMMUNITY_ID,
            DateRange.between(LocalDate.of(2000, 1, 1), LocalDate.of(2005, 2, 27))),
        tie(TieKind.RESIDENCE, COMMUNITY_ID, LocalDate.of(2005, 3, 1)));
    assertEquals(new Standing.Ineligible(ImmutableList.of(
        new Reason.TieTooShort(LIVING, LocalDate.of(2005, 3, 1), 1))), tenant(c));
  }

  @Test
  @DisplayName("a tie that ends on the as-of date still runs that day; one that ended the day before does not")
  void tieMustRunOnTheAsOfDate() {
    LocalDate from = LocalDate.of(2001, 1, 1);
    Community endsThatDay = tenantWith(new CommunityTie(TieKind.RESIDENCE, COMMUNITY_ID, DateRange.between(from, AS_OF)));
    assertEquals(new Standing.OnRoll(new Ground.LivedOrWorked(LIVING, from)), tenant(endsThatDay));
    Community endedBefore = tenantWith(
        new CommunityTie(TieKind.RESIDENCE, COMMUNITY_ID, DateRange.between(from, AS_OF.minusDays(1))));
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.NotConnected())), tenant(endedBefore));
  }

  @Test
  @DisplayName("a tie that starts after the as-of date does not count")
  void futureTieDoesNotCount() {
    Community c = tenantWith(tie(TieKind.RESIDENCE, COMMUNITY_ID, AS_OF.plusDays(1)));
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.NotConnected())), tenant(c));
  }

  @Test
  @DisplayName("a tie to another community does not connect the tenant to this one")
  void tieElsewhereDoesNotCount() {
    Community c = tenantWith(tie(TieKind.RESIDENCE, OTHER_COMMUNITY_ID, LocalDate.of(1999, 1, 1)));
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.NotConnected())), tenant(c));
    Finding f = only(VoterRollChecker.check(seedRoll(c, registrations())), RuleId.VOTER_ELIGIBILITY);
    assertZhMentions(f, "赵强在2005-09-01与社区c1无选民登记所需的联系");
    assertEnMentions(f, "赵强 had no tie to community c1 on 2005-09-01");
  }

  @Test
  @DisplayName("without the relaxation, five years of living there admit nobody, and the message says so")
  void relaxationOffAdmitsNoTie() {
    Community c = tenantWith(tie(TieKind.RESIDENCE, COMMUNITY_ID, AS_OF.minusYears(5)));
    VoterRoll roll = VoterRoll.build(c, registrations(), AS_OF, VoterRules.JINAN_SHIZHONG_2005.withRelaxed(false));
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.NotAdmitted(
        new Ground.LivedOrWorked(LIVING, AS_OF.minusYears(5)), false))), standing(roll, TENANT));
    Finding f = only(VoterRollChecker.check(roll).stream()
        .filter(x -> x.subject().equals(voter(TENANT))).toList(), RuleId.VOTER_ELIGIBILITY);
    assertZhMentions(f, "赵强系自2000-09-01起在本社区居住的人员,但本区未放宽选民登记条件");
    assertEnMentions(f, "赵强 is living in the community since 2000-09-01, but the district has not relaxed");
  }

  @Test
  @DisplayName("a district asking for two years refuses one year and admits two")
  void minimumTieYearsIsAParameter() {
    VoterRules twoYears = VoterRules.JINAN_SHIZHONG_2005.withMinimumTieYears(2);
    Community oneYear = tenantWith(tie(TieKind.RESIDENCE, COMMUNITY_ID, AS_OF.minusYears(1)));
    assertEquals(new Standing.Ineligible(ImmutableList.of(new Reason.TieTooShort(LIVING, AS_OF.minusYears(1), 2))),
        standing(VoterRoll.build(oneYear, registrations(), AS_OF, twoYears), TENANT));
    Community twoYearsThere = tenantWith(tie(TieKind.RESIDENCE, COMMUNITY_ID, AS_OF.minusYears(2)));
    assertEquals(new Standing.OnRoll(new Ground.LivedOrWorked(LIVING, AS_OF.minusYears(2))),
        standing(VoterRoll.build(twoYearsThere, registrations(), AS_OF, twoYears), TENANT));
  }
}
