package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.COMMITTEE_TERM;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.DEPUTY_HEAD;
import static org.amodel.core.fixtures.SeedFixture.HEAD;
import static org.amodel.core.fixtures.SeedFixture.REFERENCE_DATE;
import static org.amodel.core.fixtures.SeedFixture.STAFF_1;
import static org.amodel.core.fixtures.SeedFixture.STAFF_2;
import static org.amodel.core.fixtures.SeedFixture.appointment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.Post;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.model.StationPost;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fixture's recruitment judges ages on its reference date, 2005-06-30. */
@DisplayName("RECRUIT_AGE: a station member was 40 or younger on the recruitment's reference date")
class RecruitAgeRuleTest {
  private static final Subject HEAD_SUBJECT = Subject.person(COMMUNITY_ID, HEAD, Post.STATION_HEAD);

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  private static Community headBornOn(LocalDate birthDate) {
    return SeedFixture.withPerson(SeedFixture.community(), SeedFixture.person(HEAD).withBirthDate(birthDate));
  }

  @Test
  @DisplayName("members aged 23 to 35 hold")
  void youngMembersHold() {
    assertNoFindings(check(SeedFixture.community()));
  }

  @Test
  @DisplayName("a head who turns 40 on the reference date holds: 40岁以下 includes 40")
  void fortyOnReferenceDateHolds() {
    Community c = headBornOn(REFERENCE_DATE.minusYears(40));
    assertEquals(40, SeedFixture.person(c, HEAD).ageOn(REFERENCE_DATE));
    assertNoFindings(check(c));
  }

  @Test
  @DisplayName("a head who turns 41 on the reference date itself breaks it")
  void turns41OnReferenceDateBreaks() {
    Community c = headBornOn(LocalDate.of(1964, 6, 30));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.RECRUIT_AGE, HEAD_SUBJECT));
    Finding f = only(findings, RuleId.RECRUIT_AGE);
    assertZhMentions(f, "李明", "2005-06-30", "招聘基准日", "年满41周岁", "应为40周岁以下");
    assertEnMentions(f, "李明 was 41 on 2005-06-30", "the recruitment's reference date", "at most 40 allowed");
  }

  @Test
  @DisplayName("a head who turns 41 the day after the reference date holds, though 41 on the as-of date")
  void turns41DayAfterReferenceDateHolds() {
    Community c = headBornOn(LocalDate.of(1964, 7, 1));
    assertEquals(40, SeedFixture.person(c, HEAD).ageOn(REFERENCE_DATE));
    assertEquals(41, SeedFixture.person(c, HEAD).ageOn(AS_OF));
    assertNoFindings(check(c));
  }

  @Test
  @DisplayName("each member too old is a finding about that person in their post")
  void eachMemberIsJudged() {
    Community c = SeedFixture.withPerson(headBornOn(LocalDate.of(1960, 1, 1)),
        SeedFixture.person(STAFF_2).withBirthDate(LocalDate.of(1955, 5, 5)));
    List<Finding> findings = check(c);
    assertFindings(findings,
        violation(RuleId.RECRUIT_AGE, HEAD_SUBJECT),
        violation(RuleId.RECRUIT_AGE, Subject.person(COMMUNITY_ID, STAFF_2, Post.STATION_STAFF)));
  }

  @Test
  @DisplayName("a member appointed without a recruitment is judged on the appointment's first day")
  void unrecruitedJudgedOnAppointmentStart() {
    LocalDate firstDay = COMMITTEE_TERM.start();
    List<StationAppointment> unrecruitedHead = List.of(
        StationAppointment.unrecruited(HEAD, StationPost.HEAD, COMMITTEE_TERM),
        appointment(DEPUTY_HEAD, StationPost.DEPUTY_HEAD),
        appointment(STAFF_1, StationPost.STAFF),
        appointment(STAFF_2, StationPost.STAFF));

    // 41 on 2005-09-01, but only 40 on the recruitment's reference date: the first day counts.
    Community tooOld = SeedFixture.withStationAppointments(headBornOn(firstDay.minusYears(41)), unrecruitedHead);
    List<Finding> findings = check(tooOld);
    assertFindings(findings,
        violation(RuleId.RECRUIT_AGE, HEAD_SUBJECT),
        violation(RuleId.RECRUIT_PROCESS, HEAD_SUBJECT));
    Finding f = only(findings, RuleId.RECRUIT_AGE);
    assertZhMentions(f, "2005-09-01", "聘任之日", "41周岁");
    assertEnMentions(f, "was 41 on 2005-09-01 (the first day of the appointment)");

    Community youngEnough = SeedFixture.withStationAppointments(
        headBornOn(firstDay.minusYears(41).plusDays(1)), unrecruitedHead);
    assertFindings(check(youngEnough), violation(RuleId.RECRUIT_PROCESS, HEAD_SUBJECT));
  }
}
