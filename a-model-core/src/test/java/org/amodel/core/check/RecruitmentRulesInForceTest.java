package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.violation;

import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Post;
import org.amodel.core.model.RecruitmentMethod;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The recruitment rules judge a recruit by the criteria in force on the recruitment's reference
 * date, not by those in force on the as-of date: a later tightening does not reach back.
 */
class RecruitmentRulesInForceTest {
  /** The seed's criteria, tightened the day after the fixture's reference date (2005-06-30). */
  private static final DistrictParameters TIGHTENED = Parameters.jinanShizhong2005().toBuilder()
      .set(Parameters.RECRUIT_AGE_MAX, SeedFixture.REFERENCE_DATE.plusDays(1), 30, "a later, stricter rule")
      .set(Parameters.RECRUIT_EDUCATION_MIN, SeedFixture.REFERENCE_DATE.plusDays(1), EducationLevel.DOCTORATE,
          "a later, stricter rule")
      .set(Parameters.RECRUIT_METHOD, SeedFixture.REFERENCE_DATE.plusDays(1), RecruitmentMethod.INTERNAL,
          "a later, different rule")
      .build();

  /** The same tightening, in force on the reference date itself. */
  private static final DistrictParameters TIGHTENED_EARLIER = Parameters.jinanShizhong2005().toBuilder()
      .set(Parameters.RECRUIT_AGE_MAX, SeedFixture.REFERENCE_DATE, 30, "a stricter rule")
      .build();

  @Test
  @DisplayName("criteria that changed after the reference date do not apply to that recruitment")
  void laterCriteriaDoNotReachBack() {
    assertNoFindings(ReferenceChecker.of(TIGHTENED).check(SeedFixture.community(), SeedFixture.AS_OF));
  }

  @Test
  @DisplayName("criteria in force on the reference date apply: the head, 35 then, breaks a limit of 30")
  void criteriaInForceOnTheReferenceDateApply() {
    assertFindings(ReferenceChecker.of(TIGHTENED_EARLIER).check(SeedFixture.community(), SeedFixture.AS_OF),
        violation(RuleId.RECRUIT_AGE, Subject.person(SeedFixture.COMMUNITY_ID, SeedFixture.HEAD, Post.STATION_HEAD)));
  }
}
