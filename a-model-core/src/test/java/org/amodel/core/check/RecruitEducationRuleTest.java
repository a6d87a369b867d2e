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

import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Post;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("RECRUIT_EDUCATION: a station member has college (大专) education or higher")
class RecruitEducationRuleTest {

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  private static Community headWith(EducationLevel level) {
    return SeedFixture.withPerson(SeedFixture.community(), SeedFixture.person(HEAD).withEducation(level));
  }

  @ParameterizedTest(name = "a head with {0} education holds")
  @EnumSource(value = EducationLevel.class, names = {"COLLEGE", "BACHELOR", "MASTER", "DOCTORATE"})
  void collegeOrHigherHolds(EducationLevel level) {
    assertNoFindings(check(headWith(level)));
  }

  @ParameterizedTest(name = "a head with {0} education breaks it")
  @EnumSource(value = EducationLevel.class, names = {"PRIMARY", "JUNIOR_SECONDARY", "SENIOR_SECONDARY"})
  void belowCollegeBreaks(EducationLevel level) {
    assertFindings(check(headWith(level)),
        violation(RuleId.RECRUIT_EDUCATION, Subject.person(COMMUNITY_ID, HEAD, Post.STATION_HEAD)));
  }

  @Test
  @DisplayName("senior secondary, the level just below college, breaks it and the message names both levels")
  void justBelowCollegeMessage() {
    List<Finding> findings = check(headWith(EducationLevel.SENIOR_SECONDARY));
    Finding f = only(findings, RuleId.RECRUIT_EDUCATION);
    assertZhMentions(f, "李明", "文化程度为高中/中专", "应为大专以上");
    assertEnMentions(f, "李明 has senior secondary education; college or higher required");
  }

  @Test
  @DisplayName("the finding is about the member in their own post")
  void subjectIsPersonInPost() {
    Community c = SeedFixture.withPerson(SeedFixture.community(),
        SeedFixture.person(DEPUTY_HEAD).withEducation(EducationLevel.JUNIOR_SECONDARY));
    assertFindings(check(c),
        violation(RuleId.RECRUIT_EDUCATION, Subject.person(COMMUNITY_ID, DEPUTY_HEAD, Post.STATION_DEPUTY_HEAD)));
  }
}
