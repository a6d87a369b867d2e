package org.amodel.rules.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.amodel.core.finding.Finding;
import org.amodel.core.generators.Breakers;
import org.amodel.core.generators.CommunityGenerators;
import org.amodel.core.model.Community;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.properties.Examples;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetCompiler.BuildMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The same rules written three ways — Chinese sentences ({@code sentences-zh}), English sentences
 * ({@code sentences-en}) and DRL by hand ({@code sentences-drl}) — give the same findings, message
 * for message, on every generated community: valid ones, and ones broken by any of the seed's
 * breakers or by several at once. The Chinese set is built with the executable model, the others
 * classic, so the property also covers both build modes.
 */
@DisplayName("Rules in Chinese and English sentences give the same findings as the same rules in DRL")
class SentencesAgreeWithDrlPropertiesTest {
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();

  private static RuleSet zh;
  private static RuleSet en;
  private static RuleSet drl;

  @BeforeAll
  static void compileOnce() {
    zh = FormatSets.load("sentences-zh", BuildMode.EXECUTABLE_MODEL);
    en = FormatSets.load("sentences-en", BuildMode.CLASSIC);
    drl = FormatSets.load("sentences-drl", BuildMode.CLASSIC);
  }

  @Test
  @DisplayName("on valid generated communities")
  void validCommunities() {
    Examples.qt().forAll(CommunityGenerators.valid(SEED)).checkAssert(s -> assertAgree(s.community(), s.asOf()));
  }

  @Test
  @DisplayName("on communities broken by any one rule's breaker (and the rules do find something)")
  void brokenCommunities() {
    AtomicInteger withFindings = new AtomicInteger();
    Examples.qt().forAll(Breakers.breakingAny(SEED)).checkAssert(b -> {
      if (assertAgree(b.scenario().community(), b.scenario().asOf())) {
        withFindings.incrementAndGet();
      }
    });
    assertTrue(withFindings.get() > 0, "no generated community broke a rule written in sentences");
  }

  @Test
  @DisplayName("on communities broken several times over")
  void mixtures() {
    Examples.qt().forAll(Breakers.mixture(SEED))
        .checkAssert(m -> assertAgree(m.scenario().community(), m.scenario().asOf()));
  }

  /** Asserts that the three sets say the same on {@code community}; returns true if they found anything. */
  private static boolean assertAgree(Community community, LocalDate asOf) {
    List<Finding> expected = drl.evaluate(community, asOf).findings();
    assertEquals(expected, zh.evaluate(community, asOf).findings(), () -> "Chinese sentences on " + community.id());
    assertEquals(expected, en.evaluate(community, asOf).findings(), () -> "English sentences on " + community.id());
    return !expected.isEmpty();
  }
}
