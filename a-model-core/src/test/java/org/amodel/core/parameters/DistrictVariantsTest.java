package org.amodel.core.parameters;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.FindingAssertions.warning;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.HEAD;
import static org.amodel.core.fixtures.SeedFixture.SECRETARY;
import static org.amodel.core.fixtures.SeedFixture.STATION_ID;
import static org.amodel.core.parameters.Parameters.SEED_REFORM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.OutsidePost;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.model.Post;
import org.amodel.core.model.StationPost;
import org.amodel.core.model.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Districts that change the seed's parameters, checked through {@link ReferenceChecker#of}. */
@DisplayName("A district's parameters decide what the reference checker checks")
class DistrictVariantsTest {
  private static final Subject STATION = Subject.of(COMMUNITY_ID, SubjectKind.SERVICE_STATION, STATION_ID);
  private static final Subject HEAD_SUBJECT = Subject.person(COMMUNITY_ID, HEAD, Post.STATION_HEAD);

  private static DistrictParameters.Builder seed() {
    return Parameters.jinanShizhong2005().toBuilder();
  }

  /** The fixture's station with a fifth member, a third staff. */
  private static Community stationOfFive() {
    return SeedFixture.withRecruit(SeedFixture.community(), SeedFixture.candidate("staff-3", "刘洋"), StationPost.STAFF);
  }

  @Test
  @DisplayName("a district without an age limit does not check recruits' ages")
  void noAgeLimit() {
    Community c = SeedFixture.withPerson(SeedFixture.community(),
        SeedFixture.person(HEAD).withBirthDate(LocalDate.of(1955, 1, 1)));
    assertFindings(ReferenceChecker.seed().check(c, AS_OF), violation(RuleId.RECRUIT_AGE, HEAD_SUBJECT));
    DistrictParameters noAge = seed().unset(Parameters.RECRUIT_AGE_MAX).build();
    assertNoFindings(ReferenceChecker.of(noAge).check(c, AS_OF));
  }

  @Test
  @DisplayName("a district without household bounds gives no warning for 99 households")
  void noHouseholdBounds() {
    Community c = SeedFixture.withHouseholdCount(SeedFixture.community(), 99);
    assertFindings(ReferenceChecker.seed().check(c, AS_OF),
        warning(RuleId.COMMUNITY_HOUSEHOLDS, Subject.community(COMMUNITY_ID)));
    DistrictParameters noBounds = seed().unset(Parameters.HOUSEHOLDS_MIN).unset(Parameters.HOUSEHOLDS_MAX).build();
    assertNoFindings(ReferenceChecker.of(noBounds).check(c, AS_OF));
  }

  @Test
  @DisplayName("a district that sets only a lower household bound checks that end only")
  void onlyLowerHouseholdBound() {
    DistrictParameters minOnly = seed().unset(Parameters.HOUSEHOLDS_MAX).build();
    List<Finding> findings = ReferenceChecker.of(minOnly)
        .check(SeedFixture.withHouseholdCount(SeedFixture.community(), 99), AS_OF);
    assertFindings(findings, warning(RuleId.COMMUNITY_HOUSEHOLDS, Subject.community(COMMUNITY_ID)));
    assertZhMentions(only(findings, RuleId.COMMUNITY_HOUSEHOLDS), "一般应为至少100户");
    assertEnMentions(only(findings, RuleId.COMMUNITY_HOUSEHOLDS), "normally at least 100");
    assertNoFindings(ReferenceChecker.of(minOnly).check(SeedFixture.withHouseholdCount(SeedFixture.community(), 701), AS_OF));
  }

  @Test
  @DisplayName("a district without a station size still checks the posts of a station of 5")
  void noStationSize() {
    DistrictParameters noSize = seed().unset(Parameters.STATION_SIZE_MIN).unset(Parameters.STATION_SIZE_MAX).build();
    assertFindings(ReferenceChecker.of(noSize).check(stationOfFive(), AS_OF), violation(RuleId.STATION_POSTS, STATION));
  }

  @Test
  @DisplayName("a district without the full-time rule lets the secretary keep an outside post")
  void noFullTimeRule() {
    Community c = SeedFixture.withPerson(SeedFixture.community(), SeedFixture.person(SECRETARY)
        .withOutsidePosts(List.of(new OutsidePost("市中区民政局", "科员", DateRange.since(LocalDate.of(1988, 7, 1))))));
    assertFindings(ReferenceChecker.seed().check(c, AS_OF),
        violation(RuleId.SECRETARY_FULL_TIME, Subject.person(COMMUNITY_ID, SECRETARY, Post.PARTY_SECRETARY)));
    DistrictParameters partTime = seed().set(Parameters.SECRETARY_FULL_TIME, SEED_REFORM, false, "district").build();
    assertNoFindings(ReferenceChecker.of(partTime).check(c, AS_OF));
    DistrictParameters unset = seed().unset(Parameters.SECRETARY_FULL_TIME).build();
    assertNoFindings(ReferenceChecker.of(unset).check(c, AS_OF));
  }

  @Test
  @DisplayName("a district without a committee term does not check it")
  void noCommitteeTerm() {
    Term four = Term.ofYears(LocalDate.of(2005, 9, 1), 4);
    Community c = SeedFixture.withAppointmentTerms(SeedFixture.withCommitteeTerm(SeedFixture.community(), four),
        Term.of(LocalDate.of(2006, 9, 1), four.end()));
    assertFindings(ReferenceChecker.seed().check(c, AS_OF),
        violation(RuleId.COMMITTEE_TERM, Subject.of(COMMUNITY_ID, SubjectKind.RESIDENTS_COMMITTEE,
            SeedFixture.COMMITTEE_ID)));
    assertNoFindings(ReferenceChecker.of(seed().unset(Parameters.COMMITTEE_TERM_YEARS).build()).check(c, AS_OF));
  }

  @Test
  @DisplayName("a district whose stations have 5–15 people, 1 head, up to 2 deputies and 2–14 staff accepts a station of 5")
  void largerStations() {
    String source = "district: 5-15人, 站长1人, 副站长至多2人";
    DistrictParameters large = seed()
        .set(Parameters.STATION_SIZE_MIN, SEED_REFORM, 5, source)
        .set(Parameters.STATION_SIZE_MAX, SEED_REFORM, 15, source)
        .set(Parameters.STATION_DEPUTY_HEADS_MIN, SEED_REFORM, 0, source)
        .set(Parameters.STATION_DEPUTY_HEADS_MAX, SEED_REFORM, 2, source)
        .set(Parameters.STATION_STAFF_MIN, SEED_REFORM, 2, source)
        .set(Parameters.STATION_STAFF_MAX, SEED_REFORM, 14, source)
        .build();
    ReferenceChecker checker = ReferenceChecker.of(large);
    assertEquals(5, stationOfFive().serviceStations().get(0).size());
    assertNoFindings(checker.check(stationOfFive(), AS_OF));

    List<Finding> four = checker.check(SeedFixture.community(), AS_OF);
    assertFindings(four, violation(RuleId.STATION_SIZE, STATION));
    assertZhMentions(only(four, RuleId.STATION_SIZE), "服务站现有4人,应为5至15人");
    assertEnMentions(only(four, RuleId.STATION_SIZE), "station has 4 people; 5–15 required");
  }

  @Test
  @DisplayName("a district overriding the station size alone still finds a station of 5 has too many staff")
  void sizeOverrideAlone() {
    DistrictParameters sizeOnly = seed()
        .set(Parameters.STATION_SIZE_MIN, SEED_REFORM, 5, "district")
        .set(Parameters.STATION_SIZE_MAX, SEED_REFORM, 15, "district")
        .build();
    assertFindings(ReferenceChecker.of(sizeOnly).check(stationOfFive(), AS_OF), violation(RuleId.STATION_POSTS, STATION));
  }

  @Test
  @DisplayName("a parameter that takes effect after the as-of date does not apply yet")
  void laterValueNotYetInForce() {
    DistrictParameters later = seed()
        .set(Parameters.STATION_SIZE_MAX, AS_OF.plusDays(1), 5, "district, from the next day")
        .set(Parameters.STATION_STAFF_MAX, AS_OF.plusDays(1), 3, "district, from the next day")
        .build();
    ReferenceChecker checker = ReferenceChecker.of(later);
    assertFindings(checker.check(stationOfFive(), AS_OF),
        violation(RuleId.STATION_SIZE, STATION), violation(RuleId.STATION_POSTS, STATION));
    assertNoFindings(checker.check(stationOfFive(), AS_OF.plusDays(1)));
  }

  @Test
  @DisplayName("a district with no parameters at all finds only what needs none: secretary membership")
  void emptyDistrict() {
    ReferenceChecker bare = ReferenceChecker.of(DistrictParameters.builder("bare").build());
    assertNoFindings(bare.check(stationOfFive(), AS_OF));
    Community probationary = SeedFixture.withPerson(SeedFixture.community(), SeedFixture.person(SECRETARY)
        .withPartyMembership(PartyMembership.probationary(LocalDate.of(2005, 6, 1))));
    assertFindings(bare.check(probationary, AS_OF),
        violation(RuleId.SECRETARY_MEMBERSHIP, Subject.person(COMMUNITY_ID, SECRETARY, Post.PARTY_SECRETARY)));
  }
}
