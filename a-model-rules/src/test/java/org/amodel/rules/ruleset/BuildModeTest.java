package org.amodel.rules.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.rules.engine.Evaluation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both Drools build modes compile every bundled rule set and give the same findings. */
class BuildModeTest {
  @ParameterizedTest
  @EnumSource(RuleSetCompiler.BuildMode.class)
  void bothModesAgree(RuleSetCompiler.BuildMode mode) {
    RuleSetLoader classic = RuleSetLoader.with(RuleSetCompiler.of(RuleSetCompiler.BuildMode.CLASSIC, List.of()));
    RuleSetLoader other = RuleSetLoader.with(RuleSetCompiler.of(mode, List.of()));
    Community broken = SeedFixture.withHouseholdCount(SeedFixture.community(), 80);
    for (String id : RuleSetLoader.bundledIds()) {
      Evaluation expected = classic.bundled(id).evaluate(broken, SeedFixture.AS_OF);
      Evaluation actual = other.bundled(id).evaluate(broken, SeedFixture.AS_OF);
      assertEquals(expected.findings(), actual.findings(), id + " in " + mode);
    }
  }
}
