package org.amodel.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amodel.core.finding.Finding;
import org.amodel.core.generators.Rolls;
import org.amodel.core.generators.Samples;
import org.amodel.core.model.Community;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.properties.Examples;
import org.amodel.core.voters.CommunityRegistrations;
import org.amodel.core.voters.PoliticalRights;
import org.amodel.core.voters.Registration;
import org.amodel.core.voters.VoterRoll;
import org.amodel.core.voters.VoterRollChecker;
import org.amodel.core.voters.VoterRules;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The voter-registration rules in DRL ({@code national-2018/rules/voters.drl}, inherited by the other
 * bundled sets) and the core's {@link VoterRollChecker} say the same things: for every bundled rule
 * set, on generated registrations, the same findings by rule id, severity and subject ({@link
 * Finding#key()}). The reference's rolls are built with the {@link VoterRules} the rule set's own
 * parameters give on the as-of date; messages may be worded differently.
 *
 * <p>The scenarios ({@link Rolls#district}, {@link Rolls#rolls}) have several communities, people
 * registered twice in one community and in two communities, people deprived of political rights from
 * or until the as-of date, people turning 18 the day before, on or after it, ties of exactly one year
 * and one day short, ties joined or broken, assembly seats of every category, and people the community
 * does not know. The seed district relaxes registration on every generated date (2005 onwards);
 * national-2018 never does, so both sides of the relaxation are covered.
 */
@DisplayName("The voter-registration rules in DRL agree with the core's voter-roll checker")
class VoterAgreementPropertiesTest {
  private static final Comparator<Finding.Key> KEY_ORDER = Comparator.comparing(Finding.Key::ruleId)
      .thenComparing(Finding.Key::subject)
      .thenComparing(Finding.Key::severity);

  /**
   * national-2018 sets no {@code election.electorate} (the law leaves who votes to districts), so its
   * parameters give no {@link VoterRules}; the electorate decides how people vote, not who is eligible
   * or registered twice, so the reference uses national's parameters with an electorate added here.
   */
  private static final String NATIONAL_ELECTORATE_SOURCE =
      "test only: national-2018 sets no electorate; it does not affect eligibility or uniqueness";

  /**
   * Each bundled rule set, compiled once; the parameters its reference rolls are built with; and the
   * parameters the communities are generated under.
   */
  private static final Map<String, RuleSet> RULE_SETS = new LinkedHashMap<>();
  private static final Map<String, DistrictParameters> REFERENCE_PARAMETERS = new LinkedHashMap<>();
  private static final Map<String, DistrictParameters> GENERATED_UNDER = new LinkedHashMap<>();

  @BeforeAll
  static void compileOnce() {
    RuleSetLoader loader = RuleSetLoaders.standard();
    for (String id : RuleSetLoader.bundledIds()) {
      RuleSet ruleSet = loader.bundled(id);
      RULE_SETS.put(id, ruleSet);
      DistrictParameters parameters = ruleSet.parameters();
      if (parameters.series().containsKey(Parameters.ELECTION_ELECTORATE.name())) {
        REFERENCE_PARAMETERS.put(id, parameters);
      } else {
        REFERENCE_PARAMETERS.put(id, parameters.toBuilder()
            .set(Parameters.ELECTION_ELECTORATE, LocalDate.of(1990, 1, 1), ElectorateKind.INDIVIDUAL_VOTERS,
                NATIONAL_ELECTORATE_SOURCE)
            .build());
      }
      GENERATED_UNDER.put(id, smallCommunities(parameters));
    }
  }

  /**
   * Returns {@code parameters} with communities of 5 to 40 households instead of the law's 100 to 700:
   * no voter rule reads the number of households, and a tenth of the residents makes a tenth of the
   * registrations, so a thousand examples run in seconds, not minutes, with the same mix of cases.
   */
  private static DistrictParameters smallCommunities(DistrictParameters parameters) {
    LocalDate from = LocalDate.of(1990, 1, 1);
    String source = "test only: small communities; no voter rule reads the number of households";
    return parameters.toBuilder()
        .unset(Parameters.HOUSEHOLDS_MIN).set(Parameters.HOUSEHOLDS_MIN, from, 5, source)
        .unset(Parameters.HOUSEHOLDS_MAX).set(Parameters.HOUSEHOLDS_MAX, from, 40, source)
        .build();
  }

  @Test
  @DisplayName("every bundled rule set is checked, and only national-2018 needs an electorate added")
  void ruleSetsChecked() {
    assertEquals(List.of("national-2018", "jinan-shizhong-2005", "shenzhen-2006"), List.copyOf(RULE_SETS.keySet()));
    RULE_SETS.forEach((id, ruleSet) -> assertEquals(!id.equals("national-2018"),
        ruleSet.parameters().series().containsKey(Parameters.ELECTION_ELECTORATE.name()), id));
  }

  @TestFactory
  @DisplayName("on generated registrations across two or three communities of a district")
  Stream<DynamicTest> districts() {
    return RULE_SETS.keySet().stream().map(id -> DynamicTest.dynamicTest(id, () ->
        Examples.qt().forAll(Rolls.district(GENERATED_UNDER.get(id)))
            .checkAssert(s -> assertAgree(id, s, s.communities(), s.attempts(), s.rights(), s.asOf()))));
  }

  @TestFactory
  @DisplayName("on generated registrations in one community, with people it does not know")
  Stream<DynamicTest> singleCommunities() {
    return RULE_SETS.keySet().stream().map(id -> DynamicTest.dynamicTest(id, () ->
        Examples.qt().forAll(Rolls.rolls(GENERATED_UNDER.get(id)))
            .checkAssert(s -> assertAgree(id, s, List.of(s.community()), s.registrations(), s.rights(), s.asOf()))));
  }

  @Test
  @DisplayName("the generated scenarios reach every voter rule of the DRL, over the three rule sets")
  void scenariosReachEveryRule() {
    Set<String> voterRules = RULE_SETS.get("national-2018").ruleNames().stream()
        .filter(n -> n.startsWith("national_2018.Registered voter") || n.startsWith("national_2018.Voter"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(10, voterRules.size(), voterRules.toString());
    Set<String> fired = new TreeSet<>();
    RULE_SETS.forEach((id, ruleSet) -> {
      for (Rolls.DistrictScenario s : Samples.of(Rolls.district(GENERATED_UNDER.get(id)), 100, 20051201L)) {
        List<CommunityRegistrations> entries = s.communities().stream()
            .map(c -> CommunityRegistrations.of(c,
                s.attempts().stream().filter(r -> r.communityId().equals(c.id())).toList(), s.rights()))
            .toList();
        ruleSet.evaluateRegistrations(entries, s.asOf()).trace()
            .forEach(t -> fired.add(t.packageName() + "." + t.ruleName()));
      }
      for (Rolls.RollScenario s : Samples.of(Rolls.rolls(GENERATED_UNDER.get(id)), 100, 20051201L)) {
        ruleSet.evaluateRegistrations(List.of(CommunityRegistrations.of(s.community(), s.registrations(), s.rights())),
            s.asOf()).trace().forEach(t -> fired.add(t.packageName() + "." + t.ruleName()));
      }
    });
    assertEquals(voterRules, fired);
  }

  /** Fails, showing the scenario and both lists of findings, unless both say the same by key. */
  private static void assertAgree(String id, Object scenario, List<Community> communities,
      List<Registration> registrations, PoliticalRights rights, LocalDate asOf) {
    List<CommunityRegistrations> entries = new ArrayList<>();
    for (Community c : communities) {
      entries.add(CommunityRegistrations.of(c,
          registrations.stream().filter(r -> r.communityId().equals(c.id())).toList(), rights));
    }
    VoterRules rules = VoterRules.from(REFERENCE_PARAMETERS.get(id), asOf);
    List<VoterRoll> rolls = entries.stream().map(e -> VoterRoll.build(e, asOf, rules)).toList();
    ImmutableList<Finding> fromReference = VoterRollChecker.check(rolls);
    ImmutableList<Finding> fromDrl = RULE_SETS.get(id).evaluateRegistrations(entries, asOf).findings();
    if (!keys(fromDrl).equals(keys(fromReference))) {
      fail(id + ": DRL and reference disagree on " + scenario + " as of " + asOf + " under " + rules
          + "\n  DRL findings:" + describe(fromDrl)
          + "\n  reference findings:" + describe(fromReference));
    }
  }

  private static List<Finding.Key> keys(List<Finding> findings) {
    return findings.stream().map(Finding::key).sorted(KEY_ORDER).toList();
  }

  private static String describe(List<Finding> findings) {
    return findings.isEmpty() ? " none"
        : findings.stream().map(f -> "\n    " + f.key() + " / " + f.messageZh()).collect(Collectors.joining());
  }
}
