package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.SECRETARY;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.OutsidePost;
import org.amodel.core.model.Post;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fixture's secretary, 刘建国, left the district civil-affairs bureau on 2005-08-31. */
@DisplayName("SECRETARY_FULL_TIME: the Party secretary holds no post outside the community on the as-of date")
class SecretaryFullTimeRuleTest {
  private static final Subject SECRETARY_SUBJECT = Subject.person(COMMUNITY_ID, SECRETARY, Post.PARTY_SECRETARY);
  private static final LocalDate SINCE = LocalDate.of(2003, 1, 1);

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  private static Community secretaryWith(OutsidePost... posts) {
    return SeedFixture.withPerson(SeedFixture.community(),
        SeedFixture.person(SECRETARY).withOutsidePosts(List.of(posts)));
  }

  private static OutsidePost bureau(DateRange period) {
    return new OutsidePost("市中区民政局", "科员", period);
  }

  @Test
  @DisplayName("a seconded official whose bureau post ended before he took office holds")
  void formerPostHolds() {
    assertNoFindings(check(SeedFixture.community()));
  }

  @Test
  @DisplayName("an outside post ending the day before the as-of date holds")
  void endedTheDayBeforeHolds() {
    assertNoFindings(check(secretaryWith(bureau(DateRange.between(SINCE, AS_OF.minusDays(1))))));
  }

  @Test
  @DisplayName("an outside post ending on the as-of date breaks it: the last day is still held")
  void endingOnAsOfBreaks() {
    List<Finding> findings = check(secretaryWith(bureau(DateRange.between(SINCE, AS_OF))));
    assertFindings(findings, violation(RuleId.SECRETARY_FULL_TIME, SECRETARY_SUBJECT));
    Finding f = only(findings, RuleId.SECRETARY_FULL_TIME);
    assertZhMentions(f, "书记刘建国在社区外兼职(市中区民政局 科员)", "应为专职");
    assertEnMentions(f, "secretary 刘建国 also holds 1 post outside the community (市中区民政局 科员)",
        "the post is full-time");
  }

  @Test
  @DisplayName("an outside post still running breaks it")
  void runningPostBreaks() {
    assertFindings(check(secretaryWith(bureau(DateRange.since(SINCE)))),
        violation(RuleId.SECRETARY_FULL_TIME, SECRETARY_SUBJECT));
  }

  @Test
  @DisplayName("an outside post starting the day after the as-of date holds as of that date")
  void startingTomorrowHolds() {
    assertNoFindings(check(secretaryWith(bureau(DateRange.since(AS_OF.plusDays(1))))));
  }

  @Test
  @DisplayName("two outside posts are one finding naming both")
  void twoPostsAreOneFinding() {
    List<Finding> findings = check(secretaryWith(
        bureau(DateRange.since(SINCE)),
        new OutsidePost("济南某商贸公司", "顾问", DateRange.since(SINCE))));
    assertFindings(findings, violation(RuleId.SECRETARY_FULL_TIME, SECRETARY_SUBJECT));
    assertEnMentions(only(findings, RuleId.SECRETARY_FULL_TIME),
        "also holds 2 posts outside the community", "市中区民政局 科员, 济南某商贸公司 顾问");
  }
}
