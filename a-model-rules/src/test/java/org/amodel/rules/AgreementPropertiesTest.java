package org.amodel.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.generators.Breakers;
import org.amodel.core.generators.CommunityGenerators;
import org.amodel.core.model.Community;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.properties.Examples;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed district's rules in DRL ({@code jinan-shizhong-2005} over {@code national-2018}) and the
 * pure-Java {@link ReferenceChecker} say the same things: on every generated community, the same
 * findings by rule id, severity and subject ({@link Finding#key()}). Messages may be worded
 * differently. Run with {@code -Damodel.examples=100000} for a longer search, {@code -Damodel.seed=…}
 * to replay one.
 */
@DisplayName("The seed rule set in DRL agrees with the reference checker")
class AgreementPropertiesTest {
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();
  private static final ReferenceChecker REFERENCE = ReferenceChecker.of(SEED);
  private static final Comparator<Finding.Key> KEY_ORDER = Comparator.comparing(Finding.Key::ruleId)
      .thenComparing(Finding.Key::subject)
      .thenComparing(Finding.Key::severity);

  private static RuleSet drl;

  @BeforeAll
  static void compileOnce() {
    drl = RuleSetLoaders.standard()
        .bundled("jinan-shizhong-2005");
  }

  @Test
  @DisplayName("on valid generated communities")
  void validCommunities() {
    Examples.qt().forAll(CommunityGenerators.valid(SEED))
        .checkAssert(s -> assertAgree(s, s.community(), s.asOf()));
  }

  @TestFactory
  @DisplayName("on communities broken by each rule's breaker")
  Stream<DynamicTest> brokenCommunities() {
    return Breakers.ruleIds().stream().map(rule -> DynamicTest.dynamicTest(rule.value(), () ->
        Examples.qt().forAll(Breakers.breaking(SEED, rule))
            .checkAssert(b -> assertAgree(b, b.scenario().community(), b.scenario().asOf()))));
  }

  @Test
  @DisplayName("on communities broken several times over")
  void mixtures() {
    Examples.qt().forAll(Breakers.mixture(SEED))
        .checkAssert(m -> assertAgree(m, m.scenario().community(), m.scenario().asOf()));
  }

  @Test
  @DisplayName("the bundled rule set's effective parameters are the seed district's, value for value and source for source")
  void effectiveParametersAreTheSeeds() {
    assertEquals(SEED.series(), drl.parameters().series());
  }

  @Test
  @DisplayName("the seed fixture, Ganshiqiao's pilot community, breaks no rule in DRL")
  void seedFixtureIsClean() {
    assertEquals(List.of(), drl.evaluate(SeedFixture.community(), SeedFixture.AS_OF).findings());
  }

  /** Fails, showing the scenario and both lists of findings, unless both say the same by key. */
  private static void assertAgree(Object scenario, Community community, LocalDate asOf) {
    List<Finding> fromDrl = drl.evaluate(community, asOf).findings();
    List<Finding> fromReference = REFERENCE.check(community, asOf);
    List<Finding.Key> drlKeys = keys(fromDrl);
    List<Finding.Key> referenceKeys = keys(fromReference);
    if (!drlKeys.equals(referenceKeys)) {
      Multiset<Finding.Key> drlOnly = Multisets.difference(HashMultiset.create(drlKeys),
          HashMultiset.create(referenceKeys));
      Multiset<Finding.Key> referenceOnly = Multisets.difference(HashMultiset.create(referenceKeys),
          HashMultiset.create(drlKeys));
      fail("DRL and reference disagree on " + scenario + " as of " + asOf
          + "\n  only in DRL:       " + drlOnly
          + "\n  only in reference: " + referenceOnly
          + "\n  DRL findings:" + describe(fromDrl)
          + "\n  reference findings:" + describe(fromReference));
    }
  }

  private static List<Finding.Key> keys(List<Finding> findings) {
    return findings.stream().map(Finding::key).sorted(KEY_ORDER).toList();
  }

  private static String describe(List<Finding> findings) {
    return findings.isEmpty() ? " none"
        : findings.stream().map(f -> "\n    " + f + " / " + f.messageZh()).collect(Collectors.joining());
  }
}
