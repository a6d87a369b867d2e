package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.STATION_ID;

import java.util.List;
import java.util.Optional;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("STATION_REPORTING: the station is managed by the community's subdistrict office and evaluated by its assembly")
class StationReportingRuleTest {
  private static final Subject STATION = Subject.of(COMMUNITY_ID, SubjectKind.SERVICE_STATION, STATION_ID);

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  @Test
  @DisplayName("managed by 杆石桥街道办事处 and evaluated by the community's assembly holds")
  void ownOfficeAndAssemblyHold() {
    assertNoFindings(check(SeedFixture.community()));
  }

  @Test
  @DisplayName("a station managed by another subdistrict office breaks it")
  void otherOfficeBreaks() {
    Community c = SeedFixture.community().mapServiceStations(s -> s.withManagingOfficeId("office-sihuicun"));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.STATION_REPORTING, STATION));
    Finding f = only(findings, RuleId.STATION_REPORTING);
    assertZhMentions(f, "服务站由office-sihuicun管理", "应由本社区所属街道办事处office-ganshiqiao管理");
    assertEnMentions(f, "station is managed by office-sihuicun",
        "it must be managed by the community's subdistrict office office-ganshiqiao");
  }

  @Test
  @DisplayName("a station no assembly evaluates breaks it")
  void noEvaluatingAssemblyBreaks() {
    Community c = SeedFixture.community().mapServiceStations(s -> s.withEvaluatingAssemblyId(Optional.empty()));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.STATION_REPORTING, STATION));
    assertZhMentions(only(findings, RuleId.STATION_REPORTING), "服务站未接受社区成员代表会议评议");
    assertEnMentions(only(findings, RuleId.STATION_REPORTING), "station is not evaluated by a representative assembly");
  }

  @Test
  @DisplayName("a station evaluated by another community's assembly breaks it")
  void foreignAssemblyBreaks() {
    Community c = SeedFixture.community()
        .mapServiceStations(s -> s.withEvaluatingAssemblyId(Optional.of("assembly-elsewhere")));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.STATION_REPORTING, STATION));
    assertZhMentions(only(findings, RuleId.STATION_REPORTING), "服务站由assembly-elsewhere评议", "不属于本社区");
    assertEnMentions(only(findings, RuleId.STATION_REPORTING),
        "station is evaluated by assembly assembly-elsewhere, which is not this community's");
  }

  @Test
  @DisplayName("another office and no assembly are one finding naming both")
  void bothProblemsAreOneFinding() {
    Community c = SeedFixture.community().mapServiceStations(s ->
        s.withManagingOfficeId("office-sihuicun").withEvaluatingAssemblyId(Optional.empty()));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.STATION_REPORTING, STATION));
    assertEnMentions(only(findings, RuleId.STATION_REPORTING),
        "managed by office-sihuicun", "not evaluated by a representative assembly");
  }
}
