package org.amodel.rules.election;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amodel.core.election.Election;
import org.amodel.core.election.ElectionChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.generators.Elections;
import org.amodel.core.properties.Examples;
import org.amodel.rules.engine.RuleEngine;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The election rules in DRL ({@code national-2018/rules/election.drl}, inherited by {@code
 * jinan-shizhong-2005} and {@code shenzhen-2006}), evaluated through the engine, and the pure-Java
 * {@link ElectionChecker} reading the same rule set's parameters say the same things: on every
 * generated election and as-of date, the same findings by rule id, severity and subject ({@link
 * Finding#key()}). The as-of date falls between the election's day and a fortnight after its last
 * vote, so a run-off is now known, now still to come. Run with {@code -Damodel.examples=100000} for a
 * longer search, {@code -Damodel.seed=…} to replay one.
 */
@DisplayName("The election rules in DRL agree with the election checker")
class ElectionAgreementPropertiesTest {
  private static final List<String> RULE_SETS = List.of("national-2018", "jinan-shizhong-2005", "shenzhen-2006");
  private static final Comparator<Finding.Key> KEY_ORDER = Comparator.comparing(Finding.Key::ruleId)
      .thenComparing(Finding.Key::subject)
      .thenComparing(Finding.Key::severity);

  private static RuleEngine engine;

  @BeforeAll
  static void compileOnce() {
    engine = RuleEngine.empty(RuleSetLoaders.standard());
    RULE_SETS.forEach(id -> engine.replace(RuleSetLoaders.standard().bundled(id)));
  }

  /** An election and the date it is judged as of. */
  record Dated(Election election, LocalDate asOf) {
    @Override
    public String toString() {
      return election + " as of " + asOf;
    }
  }

  @TestFactory
  @DisplayName("in each bundled rule set")
  Stream<DynamicContainer> eachRuleSet() {
    return RULE_SETS.stream().map(id -> {
      RuleSet ruleSet = engine.ruleSets().values().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
      String district = ruleSet.descriptor().district();
      ElectionChecker reference = ElectionChecker.of(ruleSet.parameters());
      Map<String, Gen<Election>> generators = new LinkedHashMap<>();
      generators.put("on any generated election", Elections.any());
      for (RuleId rule : List.of(RuleId.DIRECT_ELECTION, RuleId.COMPETITIVE_ELECTION, RuleId.ELECTION_VALIDITY)) {
        generators.put("on elections broken by " + rule.value() + "'s breaker", Elections.breaking(rule));
      }
      return DynamicContainer.dynamicContainer(id, generators.entrySet().stream().map(g ->
          DynamicTest.dynamicTest(g.getKey(), () -> Examples.qt().forAll(dated(g.getValue()))
              .checkAssert(d -> assertAgree(district, reference, d)))));
    });
  }

  /** Returns elections each with an as-of date from its day to 14 days after its last vote. */
  private static Gen<Dated> dated(Gen<Election> elections) {
    return elections.zip(SourceDSL.integers().between(0, 28), (e, days) -> {
      long span = e.lastVoteDate().toEpochDay() - e.date().toEpochDay() + 14;
      return new Dated(e, e.date().plusDays(days % (span + 1)));
    });
  }

  private static void assertAgree(String district, ElectionChecker reference, Dated d) {
    List<Finding> fromDrl = engine.evaluate(district, d.election(), d.asOf()).findings();
    List<Finding> fromReference = reference.check(d.election(), d.asOf());
    if (!keys(fromDrl).equals(keys(fromReference))) {
      fail("DRL (" + district + ") and checker disagree on " + d
          + "\n  DRL findings:" + describe(fromDrl)
          + "\n  checker findings:" + describe(fromReference));
    }
  }

  private static List<Finding.Key> keys(List<Finding> findings) {
    return findings.stream().map(Finding::key).sorted(KEY_ORDER).toList();
  }

  private static String describe(List<Finding> findings) {
    return findings.isEmpty() ? " none"
        : findings.stream().map(f -> "\n    " + f + " / " + f.messageZh() + " / " + f.messageEn())
            .collect(Collectors.joining());
  }
}
