package org.amodel.rules.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.amodel.core.fixtures.SeedFixture;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void compilesAndEvaluates() {
    RuleSetFolder folder = RuleSetFolder.read(Path.of("src/main/resources/org/amodel/rules/sets/jinan-shizhong-2005"));
    long t0 = System.nanoTime();
    RuleSet rs = RuleSetCompiler.of(RuleSetCompiler.BuildMode.CLASSIC, List.of()).compile(folder, id -> Optional.empty());
    long t1 = System.nanoTime();
    var e = rs.evaluate(SeedFixture.community(), SeedFixture.AS_OF);
    System.err.println("SMOKE built in " + (t1 - t0) / 1_000_000 + " ms: " + rs + " " + e);
    assertEquals(List.of(), e.findings());
  }
}
