package org.amodel.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.check.SeedCatalogue;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Severity;
import org.amodel.core.finding.Subject;
import org.amodel.core.generators.Breakers;
import org.amodel.core.generators.BrokenScenario;
import org.amodel.core.generators.CommunityGenerators;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Properties of the reference checker over generated seed-district communities. */
class ReferenceCheckerPropertiesTest {
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();
  private static final ReferenceChecker CHECKER = ReferenceChecker.of(SEED);

  @Test
  @DisplayName("every valid generated community has no violation and no warning")
  void validCommunitiesAreClean() {
    Examples.qt().forAll(CommunityGenerators.valid(SEED)).checkAssert(s -> {
      List<Finding> findings = CHECKER.check(s.community(), s.asOf());
      assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.NOTICE),
          () -> s + " has findings " + findings);
    });
  }

  @Test
  @DisplayName("every rule the checker implements has a breaker, and no breaker targets a rule it lacks")
  void everyRuleHasABreaker() {
    assertEquals(ReferenceChecker.ruleIds(), Breakers.ruleIds());
  }

  @TestFactory
  @DisplayName("each breaker yields its own rule on exactly the expected subjects, and no other violation")
  Stream<DynamicTest> breakersBreakExactlyTheirRule() {
    return Breakers.ruleIds().stream().map(rule -> DynamicTest.dynamicTest(rule.value(), () ->
        Examples.qt().forAll(Breakers.breaking(SEED, rule)).checkAssert(b -> assertBreaks(b))));
  }

  static void assertBreaks(BrokenScenario b) {
    List<Finding> findings = CHECKER.check(b.scenario().community(), b.scenario().asOf());
    Severity severity = SeedCatalogue.rule(b.target()).severity();
    Set<Subject> subjects = findings.stream()
        .filter(f -> f.ruleId().equals(b.target()))
        .peek(f -> assertEquals(severity, f.severity(), () -> "severity of " + f))
        .map(Finding::subject)
        .collect(ImmutableSet.toImmutableSet());
    assertEquals(b.subjects(), subjects, () -> b + " gave " + findings);
    Set<RuleId> violated = findings.stream()
        .filter(f -> f.severity() == Severity.VIOLATION || f.severity() == Severity.WARNING)
        .map(Finding::ruleId)
        .collect(ImmutableSet.toImmutableSet());
    ImmutableSet.Builder<RuleId> expected = ImmutableSet.<RuleId>builder().addAll(b.alsoBroken());
    if (severity != Severity.NOTICE) {
      expected.add(b.target());
    }
    assertEquals(expected.build(), violated, () -> b + " gave " + findings);
  }

  @Test
  @DisplayName("communities broken several times over are checked without error, in any order")
  void mixturesAreCheckedInAnyOrder() {
    Examples.qt().forAll(Breakers.mixture(SEED), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert((m, seed) -> {
          var community = m.scenario().community();
          var asOf = m.scenario().asOf();
          List<Finding> findings = CHECKER.check(community, asOf);
          assertEquals(findings,
              CHECKER.check(Shuffle.community(community, new java.util.Random(seed)), asOf), () -> "shuffled " + m);
          assertTrue(findings.stream().allMatch(f -> f.asOf().equals(asOf)
                  && f.subject().communityId().equals(community.id()) && !f.messageZh().isBlank()
                  && !f.messageEn().isBlank() && !f.basis().isBlank()),
              () -> m + " gave " + findings);
        });
  }

  @Test
  @DisplayName("checking is deterministic and independent of the order of every input collection")
  void orderIndependent() {
    Examples.qt().forAll(Breakers.breakingAny(SEED), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert((b, seed) -> {
          var community = b.scenario().community();
          var asOf = b.scenario().asOf();
          List<Finding> first = CHECKER.check(community, asOf);
          assertEquals(first, CHECKER.check(community, asOf), "same input, same findings");
          assertEquals(first, CHECKER.check(Shuffle.community(community, new java.util.Random(seed)), asOf),
              () -> "shuffled " + b);
        });
  }
}
