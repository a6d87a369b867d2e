package org.amodel.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.District;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Evaluating a whole district through the engine. */
class DistrictEvaluationTest {
  @Test
  @DisplayName("a district is evaluated community by community by one version of its rule set, as the reference would")
  void wholeDistrict() {
    RuleEngine engine = RuleEngine.withBundledRuleSets();
    Community valid = SeedFixture.community();
    Community small = SeedFixture.withHouseholdCount(SeedFixture.community(), 80).withId("c-small");
    District district = District.of("jinan-shizhong", "济南市市中区", List.of(SeedFixture.OFFICE), List.of(valid, small));

    DistrictEvaluation result = engine.evaluate(district, SeedFixture.AS_OF);

    assertEquals("jinan-shizhong-2005", result.ruleSetId());
    assertEquals(List.of(SeedFixture.COMMUNITY_ID, "c-small"),
        result.communities().stream().map(Evaluation::communityId).toList());
    result.communities().forEach(e -> assertEquals(result.ruleSetVersion(), e.ruleSetVersion()));
    ReferenceChecker reference = ReferenceChecker.seed();
    assertEquals(
        List.of(valid, small).stream().flatMap(c -> reference.check(c, SeedFixture.AS_OF).stream()).map(Finding::key)
            .toList(),
        result.findings().stream().map(Finding::key).toList());
    assertEquals(1, result.communities().get(1).findings().size(), "the small community draws a households warning");
  }
}
