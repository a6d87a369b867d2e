package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.warning;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Severity;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("COMMUNITY_HOUSEHOLDS: a community normally has 100 to 700 households (a warning)")
class CommunityHouseholdsRuleTest {
  private static final Subject COMMUNITY = Subject.community(COMMUNITY_ID);

  private static List<Finding> checkWithHouseholds(int count) {
    Community c = SeedFixture.withHouseholdCount(SeedFixture.community(), count);
    assertEquals(count, c.households().size());
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  @ParameterizedTest(name = "{0} households hold")
  @ValueSource(ints = {100, 120, 700})
  void withinBoundsHolds(int count) {
    assertNoFindings(checkWithHouseholds(count));
  }

  @Test
  @DisplayName("99 households give a warning, not a violation")
  void ninetyNineWarns() {
    List<Finding> findings = checkWithHouseholds(99);
    assertFindings(findings, warning(RuleId.COMMUNITY_HOUSEHOLDS, COMMUNITY));
    Finding f = only(findings, RuleId.COMMUNITY_HOUSEHOLDS);
    assertEquals(Severity.WARNING, f.severity());
    assertZhMentions(f, "社区现有99户", "一般应为100至700户");
    assertEnMentions(f, "community has 99 households; normally 100–700");
  }

  @Test
  @DisplayName("701 households give a warning")
  void sevenHundredOneWarns() {
    List<Finding> findings = checkWithHouseholds(701);
    assertFindings(findings, warning(RuleId.COMMUNITY_HOUSEHOLDS, COMMUNITY));
    assertZhMentions(only(findings, RuleId.COMMUNITY_HOUSEHOLDS), "社区现有701户");
    assertEnMentions(only(findings, RuleId.COMMUNITY_HOUSEHOLDS), "community has 701 households; normally 100–700");
  }
}
