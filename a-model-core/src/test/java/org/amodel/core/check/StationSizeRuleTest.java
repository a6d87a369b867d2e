package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.DEPUTY_HEAD;
import static org.amodel.core.fixtures.SeedFixture.HEAD;
import static org.amodel.core.fixtures.SeedFixture.STAFF_1;
import static org.amodel.core.fixtures.SeedFixture.STATION_ID;
import static org.amodel.core.fixtures.SeedFixture.appointment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.StationPost;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * In the seed a station outside 3–4 people cannot have 1 head, 1 deputy and 1–2 staff, so every
 * size that breaks STATION_SIZE also breaks STATION_POSTS; both are asserted.
 */
@DisplayName("STATION_SIZE: a station has 3 to 4 people")
class StationSizeRuleTest {
  private static final Subject STATION = Subject.of(COMMUNITY_ID, SubjectKind.SERVICE_STATION, STATION_ID);

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  @Test
  @DisplayName("a station of 4 (head, deputy head, two staff) holds")
  void fourHolds() {
    assertEquals(4, SeedFixture.community().serviceStations().get(0).size());
    assertNoFindings(check(SeedFixture.community()));
  }

  @Test
  @DisplayName("a station of 3 (head, deputy head, one staff) holds: the lower bound is included")
  void threeHolds() {
    Community c = SeedFixture.withStationAppointments(SeedFixture.community(), List.of(
        appointment(HEAD, StationPost.HEAD),
        appointment(DEPUTY_HEAD, StationPost.DEPUTY_HEAD),
        appointment(STAFF_1, StationPost.STAFF)));
    assertNoFindings(check(c));
  }

  @Test
  @DisplayName("a station of 2 (head and deputy head) breaks it, and has no staff")
  void twoBreaks() {
    Community c = SeedFixture.withStationAppointments(SeedFixture.community(), List.of(
        appointment(HEAD, StationPost.HEAD),
        appointment(DEPUTY_HEAD, StationPost.DEPUTY_HEAD)));
    List<Finding> findings = check(c);
    assertFindings(findings,
        violation(RuleId.STATION_SIZE, STATION),
        violation(RuleId.STATION_POSTS, STATION));
    Finding size = only(findings, RuleId.STATION_SIZE);
    assertZhMentions(size, "2人", "3至4");
    assertEnMentions(size, "2 people", "3–4 required");
    assertEnMentions(only(findings, RuleId.STATION_POSTS), "0 station staff; 1–2 required");
  }

  @Test
  @DisplayName("a station of 5 (a third staff member) breaks it, and has too many staff")
  void fiveBreaks() {
    Community c = SeedFixture.withRecruit(SeedFixture.community(),
        SeedFixture.candidate("staff-3", "刘洋"), StationPost.STAFF);
    assertEquals(5, c.serviceStations().get(0).size());
    List<Finding> findings = check(c);
    assertFindings(findings,
        violation(RuleId.STATION_SIZE, STATION),
        violation(RuleId.STATION_POSTS, STATION));
    Finding size = only(findings, RuleId.STATION_SIZE);
    assertZhMentions(size, "服务站现有5人", "应为3至4人");
    assertEnMentions(size, "station has 5 people; 3–4 required");
    Finding posts = only(findings, RuleId.STATION_POSTS);
    assertZhMentions(posts, "服务站工作人员现有3人", "1至2人");
    assertEnMentions(posts, "3 station staff; 1–2 required");
  }

  @Test
  @DisplayName("an empty station breaks it, and lacks every post")
  void emptyBreaks() {
    Community c = SeedFixture.withStationAppointments(SeedFixture.community(), List.of());
    List<Finding> findings = check(c);
    assertFindings(findings,
        violation(RuleId.STATION_SIZE, STATION),
        violation(RuleId.STATION_POSTS, STATION));
    assertEnMentions(only(findings, RuleId.STATION_SIZE), "0 people");
    assertEnMentions(only(findings, RuleId.STATION_POSTS), "0 station heads", "0 station deputy heads",
        "0 station staff");
  }
}
