package org.amodel.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.generators.Breakers;
import org.amodel.core.generators.CommunityGenerators;
import org.amodel.core.model.Community;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.properties.Examples;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The seed's rules in DRL and the reference checker agree under other parameters too: a test
 * district ({@code variants/shifting-district}, extending {@code jinan-shizhong-2005}) whose values
 * change during the generators' years and which leaves several unset. The seed's own parameters
 * cannot tell a rule that reads the recruitment age on the wrong day (it is 40 on every day), nor
 * one that fails to check that a value is set (every value is); this district can.
 */
@DisplayName("The seed's rules in DRL agree with the reference checker under changing and unset parameters")
class VariantAgreementPropertiesTest {
  private static final Comparator<Finding.Key> KEY_ORDER = Comparator.comparing(Finding.Key::ruleId)
      .thenComparing(Finding.Key::subject)
      .thenComparing(Finding.Key::severity);

  private static RuleSet drl;
  private static ReferenceChecker reference;

  @BeforeAll
  static void compileOnce() throws URISyntaxException {
    Path folder = Path.of(VariantAgreementPropertiesTest.class.getResource("variants/shifting-district").toURI());
    drl = RuleSetLoaders.standard().folder(folder);
    reference = ReferenceChecker.of(drl.parameters());
  }

  @Test
  @DisplayName("the test district leaves values unset and changes others over time")
  void theDistrictDiffersFromTheSeed() {
    assertEquals(false, drl.parameters().series().containsKey(Parameters.STATION_SIZE_MAX.name()));
    assertEquals(35, drl.parameters().valueOn(Parameters.RECRUIT_AGE_MAX, LocalDate.of(2012, 1, 1)));
    assertEquals(40, drl.parameters().valueOn(Parameters.RECRUIT_AGE_MAX, LocalDate.of(2011, 12, 31)));
  }

  @Test
  @DisplayName("on valid generated communities")
  void validCommunities() {
    Examples.qt().forAll(CommunityGenerators.valid(drl.parameters()))
        .checkAssert(s -> assertAgree(s, s.community(), s.asOf()));
  }

  @Test
  @DisplayName("on communities broken several times over (breakers this district leaves nothing to break are skipped)")
  void mixtures() {
    Examples.qt().forAll(Breakers.mixture(drl.parameters()))
        .checkAssert(m -> assertAgree(m, m.scenario().community(), m.scenario().asOf()));
  }

  private static void assertAgree(Object scenario, Community community, LocalDate asOf) {
    List<Finding> fromDrl = drl.evaluate(community, asOf).findings();
    List<Finding> fromReference = reference.check(community, asOf);
    if (!keys(fromDrl).equals(keys(fromReference))) {
      fail("DRL and reference disagree on " + scenario + " as of " + asOf
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
