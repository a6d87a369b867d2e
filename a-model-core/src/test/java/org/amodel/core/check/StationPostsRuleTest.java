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
import static org.amodel.core.fixtures.SeedFixture.STAFF_2;
import static org.amodel.core.fixtures.SeedFixture.STATION_ID;
import static org.amodel.core.fixtures.SeedFixture.appointment;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

@DisplayName("STATION_POSTS: a station has exactly 1 head, 1 deputy head and 1 to 2 staff")
class StationPostsRuleTest {
  private static final Subject STATION = Subject.of(COMMUNITY_ID, SubjectKind.SERVICE_STATION, STATION_ID);

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  @Test
  @DisplayName("1 head, 1 deputy head and 2 staff hold (2 staff is the upper bound)")
  void seedPostsHold() {
    assertNoFindings(check(SeedFixture.community()));
  }

  @Test
  @DisplayName("two heads and no deputy head in a station of 4 break it once, naming both posts")
  void twoHeadsNoDeputy() {
    Community c = SeedFixture.withStationAppointments(SeedFixture.community(), List.of(
        appointment(HEAD, StationPost.HEAD),
        appointment(DEPUTY_HEAD, StationPost.HEAD),
        appointment(STAFF_1, StationPost.STAFF),
        appointment(STAFF_2, StationPost.STAFF)));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.STATION_POSTS, STATION));
    Finding f = only(findings, RuleId.STATION_POSTS);
    assertZhMentions(f, "服务站站长现有2人,应为1人", "服务站副站长现有0人,应为1人");
    assertEnMentions(f, "station has 2 station heads; 1 required", "station has 0 station deputy heads; 1 required");
    assertFalse(f.messageEn().contains("staff"), f.messageEn());
  }

  @Test
  @DisplayName("two deputy heads and one staff in a station of 4 break it")
  void twoDeputies() {
    Community c = SeedFixture.withStationAppointments(SeedFixture.community(), List.of(
        appointment(HEAD, StationPost.HEAD),
        appointment(DEPUTY_HEAD, StationPost.DEPUTY_HEAD),
        appointment(STAFF_1, StationPost.DEPUTY_HEAD),
        appointment(STAFF_2, StationPost.STAFF)));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.STATION_POSTS, STATION));
    assertZhMentions(only(findings, RuleId.STATION_POSTS), "服务站副站长现有2人,应为1人");
    assertEnMentions(only(findings, RuleId.STATION_POSTS), "2 station deputy heads; 1 required");
  }

  @Test
  @DisplayName("a head, no deputy head and three staff in a station of 4 break it")
  void threeStaffNoDeputy() {
    Community c = SeedFixture.withStationAppointments(SeedFixture.community(), List.of(
        appointment(HEAD, StationPost.HEAD),
        appointment(DEPUTY_HEAD, StationPost.STAFF),
        appointment(STAFF_1, StationPost.STAFF),
        appointment(STAFF_2, StationPost.STAFF)));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.STATION_POSTS, STATION));
    assertEnMentions(only(findings, RuleId.STATION_POSTS),
        "0 station deputy heads; 1 required", "3 station staff; 1–2 required");
  }

  @Test
  @DisplayName("no head in a station of 3 breaks it")
  void noHead() {
    Community c = SeedFixture.withStationAppointments(SeedFixture.community(), List.of(
        appointment(DEPUTY_HEAD, StationPost.DEPUTY_HEAD),
        appointment(STAFF_1, StationPost.STAFF),
        appointment(STAFF_2, StationPost.STAFF)));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.STATION_POSTS, STATION));
    assertZhMentions(only(findings, RuleId.STATION_POSTS), "服务站站长现有0人,应为1人");
  }
}
