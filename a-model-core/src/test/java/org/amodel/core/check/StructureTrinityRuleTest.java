package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;

import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.ServiceStation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("STRUCTURE_TRINITY: a community has one Party organisation, one committee and one station")
class StructureTrinityRuleTest {
  private static final Subject COMMUNITY = Subject.community(COMMUNITY_ID);

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  @Test
  @DisplayName("one of each holds")
  void oneOfEachHolds() {
    assertNoFindings(check(SeedFixture.community()));
  }

  @Test
  @DisplayName("a community without a station breaks it, and no station rule has anything to say")
  void noStationBreaks() {
    Community c = SeedFixture.community().toBuilder().serviceStations(List.of()).build();
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.STRUCTURE_TRINITY, COMMUNITY));
    Finding f = only(findings, RuleId.STRUCTURE_TRINITY);
    assertZhMentions(f, "服务站现有0个", "应为1个");
    assertEnMentions(f, "community has 0 service stations; 1 required");
  }

  @Test
  @DisplayName("a community with two committees (as after a merge) breaks it")
  void twoCommitteesBreak() {
    Community base = SeedFixture.community();
    ResidentsCommittee first = base.residentsCommittees().get(0);
    ResidentsCommittee second = new ResidentsCommittee("rc-2", first.term(), first.seats());
    Community c = base.toBuilder().residentsCommittees(List.of(first, second)).build();
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.STRUCTURE_TRINITY, COMMUNITY));
    assertZhMentions(only(findings, RuleId.STRUCTURE_TRINITY), "居委会现有2个,应为1个");
    assertEnMentions(only(findings, RuleId.STRUCTURE_TRINITY), "2 residents' committees; 1 required");
  }

  @Test
  @DisplayName("no Party organisation and two stations are one finding naming both problems")
  void severalProblemsAreOneFinding() {
    Community base = SeedFixture.community();
    ServiceStation station = base.serviceStations().get(0);
    ServiceStation copy = new ServiceStation("station-2", station.managingOfficeId(),
        station.evaluatingAssemblyId(), station.appointments());
    Community c = base.toBuilder()
        .partyOrganisations(List.<PartyOrganisation>of())
        .serviceStations(List.of(station, copy))
        .build();
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.STRUCTURE_TRINITY, COMMUNITY));
    Finding f = only(findings, RuleId.STRUCTURE_TRINITY);
    assertZhMentions(f, "社区党组织现有0个", "服务站现有2个");
    assertEnMentions(f, "0 Party organisations", "2 service stations");
  }

  @Test
  @DisplayName("two Party organisations break it")
  void twoPartyOrganisationsBreak() {
    Community base = SeedFixture.community();
    PartyOrganisation party = base.partyOrganisations().get(0);
    PartyOrganisation second = PartyOrganisation.of("party-2", party.kind(), party.secretary(), List.of());
    Community c = base.toBuilder().partyOrganisations(List.of(party, second)).build();
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.STRUCTURE_TRINITY, COMMUNITY));
    assertEnMentions(only(findings, RuleId.STRUCTURE_TRINITY), "2 Party organisations; 1 required");
  }
}
