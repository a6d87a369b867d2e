package org.amodel.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Severity;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing a district's rule set while the engine serves. */
class RuleEngineSwapTest {
  /** A community of 80 households: a WARNING under version 1 (at least 100), none under version 2 (at least 50). */
  private static final Community COMMUNITY = SeedFixture.withHouseholdCount(SeedFixture.community(), 80);
  private static final LocalDate AS_OF = SeedFixture.AS_OF;
  private static final Subject SUBJECT = Subject.community(SeedFixture.COMMUNITY_ID);

  @TempDir
  Path dir;

  private static void assertConsistent(Evaluation e) {
    boolean warned = e.findings().stream().anyMatch(f -> f.ruleId().equals(RuleId.COMMUNITY_HOUSEHOLDS)
        && f.severity() == Severity.WARNING && f.subject().equals(SUBJECT));
    switch (e.ruleSetVersion()) {
      case "1" -> assertTrue(warned && e.findings().size() == 1, () -> "version 1 must warn: " + e);
      case "2" -> assertTrue(e.findings().isEmpty(), () -> "version 2 must not warn: " + e);
      default -> throw new AssertionError("unexpected version " + e.ruleSetVersion());
    }
  }

  @Test
  @DisplayName("a reload that compiles serves from then on, and each evaluation names the version it used")
  void reloadSwaps() {
    RuleEngine engine = RuleEngine.empty(RuleSetLoaders.standard());
    ReloadResult first = engine.reload(TestRuleSets.write(dir, "1", 100, ""));
    assertInstanceOf(ReloadResult.Swapped.class, first);
    Evaluation v1 = engine.evaluate(TestRuleSets.DISTRICT, COMMUNITY, AS_OF);
    assertEquals("1", v1.ruleSetVersion());
    assertConsistent(v1);
    assertEquals("Too few households", v1.trace().get(0).ruleName());
    assertEquals(List.of("Community " + SeedFixture.COMMUNITY_ID), v1.trace().get(0).facts());

    ReloadResult.Swapped second = (ReloadResult.Swapped) engine.reload(TestRuleSets.write(dir, "2", 50, ""));
    assertEquals("1", second.previous().orElseThrow().version());
    Evaluation v2 = engine.evaluate(TestRuleSets.DISTRICT, COMMUNITY, AS_OF);
    assertEquals("2", v2.ruleSetVersion());
    assertConsistent(v2);
  }

  @Test
  @DisplayName("a broken replacement is refused with its problems located, and the old version keeps serving")
  void brokenReplacementKeepsTheOld() {
    RuleEngine engine = RuleEngine.empty(RuleSetLoaders.standard());
    engine.reload(TestRuleSets.write(dir, "1", 100, ""));
    Path broken = TestRuleSets.write(dir, "2", 50, """

        rule "Broken"
          @id(COMMUNITY_HOUSEHOLDS) @severity(WARNING) @basis("test")
        when
          $c : Community( noSuchField > 1 )
        then
        end
        """);
    ReloadResult result = engine.reload(broken);
    ReloadResult.Refused refused = assertInstanceOf(ReloadResult.Refused.class, result);
    assertFalse(refused.problems().isEmpty());
    RuleSetProblem problem = refused.problems().get(0);
    assertEquals("rules/households.drl", problem.file());
    assertEquals(23, problem.line(), () -> "the error should point at the broken constraint: " + problem);
    assertEquals(2, problem.column(), problem::toString);
    assertTrue(problem.message().startsWith("Drools cannot compile this"), problem::message);
    assertEquals("1", refused.serving().orElseThrow().version());
    assertEquals("1", engine.evaluate(TestRuleSets.DISTRICT, COMMUNITY, AS_OF).ruleSetVersion());
  }

  @Test
  @DisplayName("a replacement with a hostile rule is refused before anything is compiled, and the old version serves")
  void hostileReplacementIsRefused() {
    RuleEngine engine = RuleEngine.empty(RuleSetLoaders.standard());
    engine.reload(TestRuleSets.write(dir, "1", 100, ""));
    Path hostile = TestRuleSets.write(dir, "2", 50, """

        rule "Quit"
          @id(COMMUNITY_HOUSEHOLDS) @severity(WARNING) @basis("test")
        when
          Community()
        then
          java.lang.System.exit(3);
        end
        """);
    ReloadResult.Refused refused = assertInstanceOf(ReloadResult.Refused.class, engine.reload(hostile));
    assertEquals(1, refused.problems().size(), refused.problems()::toString);
    RuleSetProblem problem = refused.problems().get(0);
    assertEquals("rules/households.drl", problem.file());
    assertEquals(25, problem.line(), problem::toString);
    assertTrue(problem.message().contains("System.exit"), problem::message);
    assertEquals("1", engine.evaluate(TestRuleSets.DISTRICT, COMMUNITY, AS_OF).ruleSetVersion());
  }

  @Test
  @DisplayName("a district no rule set serves is named in the error")
  void unknownDistrict() {
    RuleEngine engine = RuleEngine.empty(RuleSetLoaders.standard());
    NoSuchElementException e = assertThrows(NoSuchElementException.class,
        () -> engine.evaluate("nowhere", COMMUNITY, AS_OF));
    assertTrue(e.getMessage().contains("nowhere"), e::getMessage);
  }

  @Test
  @DisplayName("8 threads evaluating while another swaps the rule set 100 times: no error, every result of one version")
  void swapUnderLoad() throws Exception {
    RuleEngine engine = RuleEngine.empty(RuleSetLoaders.standard());
    engine.reload(TestRuleSets.write(dir, "1", 100, ""));
    RuleSet v1 = engine.ruleSet(TestRuleSets.DISTRICT).orElseThrow();
    engine.reload(TestRuleSets.write(dir, "2", 50, ""));
    RuleSet v2 = engine.ruleSet(TestRuleSets.DISTRICT).orElseThrow();

    ExecutorService pool = Executors.newFixedThreadPool(9);
    AtomicBoolean swapping = new AtomicBoolean(true);
    Map<String, AtomicInteger> byVersion = new ConcurrentHashMap<>();
    CountDownLatch started = new CountDownLatch(8);
    try {
      List<Future<?>> evaluators = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        evaluators.add(pool.submit(() -> {
          started.countDown();
          int n = 0;
          while (swapping.get() || n < 50) {
            Evaluation e = engine.evaluate(TestRuleSets.DISTRICT, COMMUNITY, AS_OF);
            assertConsistent(e);
            byVersion.computeIfAbsent(e.ruleSetVersion(), v -> new AtomicInteger()).incrementAndGet();
            n++;
          }
          return null;
        }));
      }
      Future<?> swapper = pool.submit(() -> {
        started.await();
        for (int i = 0; i < 100; i++) {
          engine.replace(i % 2 == 0 ? v1 : v2);
          Thread.sleep(1);
        }
        swapping.set(false);
        return null;
      });
      swapper.get(60, TimeUnit.SECONDS);
      for (Future<?> f : evaluators) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals("2", engine.ruleSet(TestRuleSets.DISTRICT).orElseThrow().version(), "the last swap wins");
    assertTrue(byVersion.containsKey("1") && byVersion.containsKey("2"), () -> "both versions served: " + byVersion);
  }
}
