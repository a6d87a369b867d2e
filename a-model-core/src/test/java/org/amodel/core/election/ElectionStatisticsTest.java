package org.amodel.core.election;

import org.amodel.core.model.ElectorateKind;
import static org.amodel.core.election.ElectionFixture.COMMUNITY;
import static org.amodel.core.election.ElectionFixture.DAY;
import static org.amodel.core.election.ElectionFixture.SEED;
import static org.amodel.core.election.ElectionFixture.candidates;
import static org.amodel.core.election.ElectionFixture.concat;
import static org.amodel.core.election.ElectionFixture.count;
import static org.amodel.core.election.ElectionFixture.times;
import static org.amodel.core.election.ElectionFixture.votes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Election statistics are computed from the count")
class ElectionStatisticsTest {

  private static Election election(String id, ElectorateKind kind, int registered, int issued, List<String> candidates,
      SeatPlan seats, List<Ballot> ballots) {
    return Election.of(id, COMMUNITY, DAY, seats, kind, registered, candidates(candidates.toArray(String[]::new)), issued,
        ballots);
  }

  @Test
  @DisplayName("electorate, ballots issued, returned, valid and invalid, turnout, competitive ratio, direct")
  void figures() {
    Election e = election("e1", ElectorateKind.HOUSEHOLD_REPRESENTATIVES, 500, 460, List.of("a", "b", "c"),
        SeatPlan.of(1, 0, 1), concat(votes(400, "a", "b"), votes(40, "c"), times(5, Ballot.blank()),
            times(5, Ballot.unreadable())));
    ElectionStatistics s = count(e).statistics();
    assertEquals(new ElectionStatistics("e1", COMMUNITY, ElectorateKind.HOUSEHOLD_REPRESENTATIVES, 500, 460, 450, 440,
        10, 3, 2, 2, ElectionStatus.ELECTED), s);
    assertEquals(Ratio.of(450, 500), s.turnout());
    assertEquals(new BigDecimal("0.9000"), s.turnout().value(4));
    assertEquals("90.0%", s.turnout().percent(1));
    assertEquals(Ratio.of(3, 2), s.competitiveRatio());
    assertEquals(new BigDecimal("1.50"), s.competitiveRatio().value(2));
    assertTrue(s.direct());
    assertTrue(s.competitive());
  }

  @Test
  @DisplayName("an indirect, non-competitive election says so")
  void indirect() {
    Election e = election("e2", ElectorateKind.RESIDENTS_REPRESENTATIVES, 30, 30, List.of("a", "b"),
        SeatPlan.of(1, 0, 1), votes(30, "a", "b"));
    ElectionStatistics s = count(e).statistics();
    assertFalse(s.direct());
    assertFalse(s.competitive());
    assertEquals(Ratio.of(2, 2), s.competitiveRatio());
  }

  @Test
  @DisplayName("a district summary: direct rate, success rate and turnout over all elections (the seed's 100%, 100%, 88%)")
  void summary() {
    Election e1 = election("e1", ElectorateKind.HOUSEHOLD_REPRESENTATIVES, 500, 450, List.of("a", "b"),
        SeatPlan.of(0, 0, 1), votes(450, "a"));
    Election e2 = election("e2", ElectorateKind.HOUSEHOLD_REPRESENTATIVES, 500, 430, List.of("a", "b"),
        SeatPlan.of(0, 0, 1), votes(430, "b"));
    ElectionSummary sum = ElectionSummary.of(List.of(count(e1).statistics(), count(e2).statistics()));
    assertEquals("100.0%", sum.directRate().percent(1));
    assertEquals("100.0%", sum.successRate().percent(1));
    assertEquals("88.0%", sum.turnout().percent(1));

    Election e3 = election("e3", ElectorateKind.RESIDENTS_REPRESENTATIVES, 40, 40, List.of("a", "b"),
        SeatPlan.of(0, 0, 1), votes(20, "a"));
    ElectionSummary three = ElectionSummary.of(List.of(count(e1).statistics(), count(e2).statistics(),
        ElectionCount.of(e3, SEED).statistics()));
    assertEquals(Ratio.of(2, 3), three.directRate());
    assertEquals(Ratio.of(2, 3), three.successRate(), "e3 is void: 20 of 40 is not more than half");
  }
}
