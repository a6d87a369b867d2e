package org.amodel.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.Term;
import org.amodel.rules.drl.FindingCollector;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bundled seed rule set: which layer holds which rule, and what its findings cite. */
@DisplayName("The bundled jinan-shizhong-2005 rule set")
class SeedRuleSetTest {
  private static final LocalDate AFTER_2018_AMENDMENT = LocalDate.of(2019, 6, 1);
  private static RuleSet seed;

  @BeforeAll
  static void compileOnce() {
    seed = RuleSetLoaders.standard()
        .bundled("jinan-shizhong-2005");
  }

  private static Set<RuleId> ruleIds(String packageName) {
    return seed.kieBase().getKiePackage(packageName).getRules().stream()
        .map(r -> FindingCollector.RuleMetadata.of(r).id())
        .collect(ImmutableSet.toImmutableSet());
  }

  @Test
  @DisplayName("takes the law's eight community rules, the election rules, the voter-registration rules and the recruitment process's stop conditions from national-2018")
  void nationalLayer() {
    // RECRUIT_AGE, RECRUIT_EDUCATION and RECRUIT_PROCESS: recruitment-process.drl, on Applicant facts only
    assertEquals(Set.of(RuleId.COMMITTEE_SIZE, RuleId.COMMITTEE_TERM, RuleId.COMMUNITY_HOUSEHOLDS,
            RuleId.SECRETARY_MEMBERSHIP, RuleId.CONCURRENT_POSTS, RuleId.CONCURRENT_POSTS_AVAILABLE,
            RuleId.STRUCTURE_TRINITY, RuleId.STATION_REPORTING, RuleId.DIRECT_ELECTION, RuleId.COMPETITIVE_ELECTION,
            RuleId.ELECTION_VALIDITY, RuleId.RECRUIT_AGE, RuleId.RECRUIT_EDUCATION, RuleId.RECRUIT_PROCESS,
            RuleId.VOTER_ELIGIBILITY, RuleId.VOTER_UNIQUE),
        ruleIds("national_2018"));
  }

  @Test
  @DisplayName("adds the \"A\" system's eight rules of its own")
  void seedLayer() {
    assertEquals(Set.of(RuleId.STATION_SIZE, RuleId.STATION_POSTS, RuleId.RECRUIT_AGE, RuleId.RECRUIT_EDUCATION,
            RuleId.RECRUIT_PROCESS, RuleId.APPOINTMENT_TERM, RuleId.SECRETARY_FULL_TIME,
            RuleId.ASSEMBLY_COMPOSITION),
        ruleIds("jinan_shizhong_2005"));
  }

  @Test
  @DisplayName("implements exactly the rules the reference checkers implement: the community's, the election's and the voter roll's")
  void sameRulesAsTheReference() {
    // ElectionChecker and VoterRollChecker (core) are the references of the election and voter rules
    assertEquals(ImmutableSet.builder().addAll(ReferenceChecker.ruleIds())
            .add(RuleId.DIRECT_ELECTION, RuleId.COMPETITIVE_ELECTION, RuleId.ELECTION_VALIDITY)
            .add(RuleId.VOTER_ELIGIBILITY, RuleId.VOTER_UNIQUE).build(),
        ImmutableSet.builder().addAll(ruleIds("national_2018")).addAll(ruleIds("jinan_shizhong_2005")).build());
  }

  @Test
  @DisplayName("extends national-2018, which compiles on its own and finds nothing wrong with the seed fixture")
  void nationalBaseStandsAlone() {
    RuleSet national = RuleSetLoaders.standard()
        .bundled("national-2018");
    assertEquals("national-2018", seed.lineage().get(1).id());
    assertEquals(List.of(), national.evaluate(SeedFixture.community(), SeedFixture.AS_OF).findings());
  }

  @Test
  @DisplayName("cites the 1989 law for a five-year term begun in 2005, even judged after the 2018 amendment")
  void committeeTermCitesTheLawOfItsFirstDay() {
    Term fiveYears = Term.ofYears(SeedFixture.COMMITTEE_TERM.start(), 5);
    Community c = SeedFixture.withCommitteeTerm(SeedFixture.community(), fiveYears);
    assertEquals("居民委员会组织法(1989) 第七条: 每届任期三年", basis(c, RuleId.COMMITTEE_TERM));
  }

  @Test
  @DisplayName("cites the three-year rule for a four-year appointment begun in 2005, even judged after 2018")
  void appointmentTermCitesTheRuleOfItsFirstDay() {
    Term fourYears = Term.ofYears(SeedFixture.COMMITTEE_TERM.start(), 4);
    Community c = SeedFixture.withAppointmentTerms(
        SeedFixture.withCommitteeTerm(SeedFixture.community(), fourYears), fourYears);
    assertEquals("seed §二(四): 聘期三年,与社区居委会班子任期相同", basis(c, RuleId.APPOINTMENT_TERM));
  }

  private static String basis(Community c, RuleId rule) {
    List<Finding> findings = seed.evaluate(c, AFTER_2018_AMENDMENT).findings().stream()
        .filter(f -> f.ruleId().equals(rule)).toList();
    Set<String> bases = findings.stream().map(Finding::basis).collect(ImmutableSet.toImmutableSet());
    assertEquals(1, bases.size(), () -> "expected " + rule + " findings with one basis, got " + findings);
    return bases.iterator().next();
  }
}
