package org.amodel.core.election;

import static org.amodel.core.election.ElectionFixture.concat;
import static org.amodel.core.election.ElectionFixture.election;
import static org.amodel.core.election.ElectionFixture.oneSeat;
import static org.amodel.core.election.ElectionFixture.votes;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.parameters.Share;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Election thresholds and the required electorate are dated district parameters")
class ElectionParametersTest {
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();
  private static final LocalDate AS_OF = LocalDate.of(2005, 10, 1);
  private static final Subject C1 = Subject.community(ElectionFixture.COMMUNITY);

  @Test
  @DisplayName("the seed's thresholds are read from its parameters, each citing its source")
  void seedThresholdsComeFromParameters() {
    ElectionThresholds t = ElectionThresholds.from(SEED, AS_OF);
    assertEquals(ElectionThresholds.JINAN_SHIZHONG_2005, t);
    assertEquals(Share.moreThan(1, 2), t.turnout().share());
    assertEquals(Share.moreThan(1, 2), t.majority().share());
    assertEquals(Share.atLeast(1, 3), t.runOffMinimum().share());
    assertEquals(new RunOffSize(1, 1, t.runOffSize().basis()), t.runOffSize());
    assertEquals(SEED.findValue(Parameters.ELECTION_TURNOUT, AS_OF).orElseThrow().source(), t.turnout().basis());
    assertTrue(t.turnout().basis().contains("assumed for this district"), t.turnout().basis());
  }

  @Test
  @DisplayName("before the reform there are no thresholds; from() names the district, the date and what is missing")
  void missingThresholds() {
    LocalDate before = Parameters.SEED_REFORM.minusDays(1);
    assertTrue(ElectionThresholds.find(SEED, before).isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ElectionThresholds.from(SEED, before));
    assertTrue(e.getMessage().contains("jinan-shizhong-2005") && e.getMessage().contains(before.toString())
        && e.getMessage().contains("election.turnout") && e.getMessage().contains("election.runOff.extraCandidates"),
        e.getMessage());
  }

  @Test
  @DisplayName("a district's own shares decide: at least 1/2 turnout makes exactly half valid")
  void districtShareDecides() {
    DistrictParameters atLeastHalf = SEED.toBuilder()
        .set(Parameters.ELECTION_TURNOUT, Parameters.SEED_REFORM, Share.atLeast(1, 2), "a district's own rule")
        .build();
    Election half = oneSeat(12, List.of("a", "b"), concat(votes(5, "a"), votes(1, "b")));
    assertFindings(ElectionChecker.of(SEED).check(half, AS_OF), violation(RuleId.ELECTION_VALIDITY, C1));
    assertNoFindings(ElectionChecker.of(atLeastHalf).check(half, AS_OF));
  }

  @Test
  @DisplayName("with no election.electorate, DIRECT_ELECTION does not apply; with one, it does")
  void electorateParameter() {
    Election indirect = oneSeat(12, List.of("a", "b"), concat(votes(7, "a"), votes(1, "b")))
        .withElectorateKind(ElectorateKind.RESIDENTS_REPRESENTATIVES);
    assertFindings(ElectionChecker.of(SEED).check(indirect, AS_OF), violation(RuleId.DIRECT_ELECTION, C1));
    DistrictParameters open = SEED.toBuilder().unset(Parameters.ELECTION_ELECTORATE).build();
    assertNoFindings(ElectionChecker.of(open).check(indirect, AS_OF));
    assertTrue(ElectionChecker.of(open).requiredKind(AS_OF).isEmpty());
    assertEquals(ElectorateKind.HOUSEHOLD_REPRESENTATIVES, ElectionChecker.of(SEED).requiredKind(AS_OF).orElseThrow());
  }

  @Test
  @DisplayName("without thresholds an election is not counted: only too few candidates for the seats is judged")
  void withoutThresholds() {
    DistrictParameters national = DistrictParameters.builder("national")
        .set(Parameters.VOTERS_AGE_MIN, Parameters.ORGANIC_LAW_1989, 18, "居民委员会组织法 第八条")
        .build();
    Election lowTurnout = oneSeat(12, List.of("a", "b"), votes(2, "a"));
    assertNoFindings(ElectionChecker.of(national).check(lowTurnout, AS_OF));
    assertFindings(ElectionChecker.of(SEED).check(lowTurnout, AS_OF), violation(RuleId.ELECTION_VALIDITY, C1));
    Election uncontested = oneSeat(12, List.of("a"), votes(9, "a"));
    assertFindings(ElectionChecker.of(national).check(uncontested, AS_OF), violation(RuleId.COMPETITIVE_ELECTION, C1));
    assertThrows(IllegalArgumentException.class,
        () -> ElectionChecker.of(national).check(uncontested, ElectionFixture.DAY.minusDays(1)));
  }

  @Test
  @DisplayName("a seven-seat election under the parameters agrees with the seed checker")
  void sameAsSeedChecker() {
    Election e = election(SeatPlan.of(1, 2, 4), 8_300, List.of("a", "b", "c", "d", "e", "f", "g", "h"),
        votes(4_151, "a", "b", "c", "d", "e", "f", "g"));
    assertEquals(ElectionChecker.seed().check(e, AS_OF), ElectionChecker.of(SEED).check(e, AS_OF));
  }
}
