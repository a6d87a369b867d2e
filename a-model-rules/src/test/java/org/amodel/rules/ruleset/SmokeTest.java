package org.amodel.rules.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amodel.core.fixtures.SeedFixture;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void compilesAndEvaluates() {
    RuleSet rs = RuleSetLoader.with(RuleSetCompiler.of(RuleSetCompiler.BuildMode.CLASSIC, List.of()))
        .bundled("jinan-shizhong-2005");
    var e = rs.evaluate(SeedFixture.community(), SeedFixture.AS_OF);
    assertEquals(List.of(), e.findings());
  }
}
