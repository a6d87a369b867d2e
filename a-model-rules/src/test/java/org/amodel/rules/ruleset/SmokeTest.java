package org.amodel.rules.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amodel.core.fixtures.SeedFixture;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void compilesAndEvaluates() {
    long t0 = System.nanoTime();
    RuleSet rs = RuleSetLoader.with(RuleSetCompiler.of(RuleSetCompiler.BuildMode.CLASSIC, List.of()))
        .bundled("jinan-shizhong-2005");
    long t1 = System.nanoTime();
    var e = rs.evaluate(SeedFixture.community(), SeedFixture.AS_OF);
    System.err.println("SMOKE built in " + (t1 - t0) / 1_000_000 + " ms: " + rs + " " + e);
    assertEquals(List.of(), e.findings());
  }
}
