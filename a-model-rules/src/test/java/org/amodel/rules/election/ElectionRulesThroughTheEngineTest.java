package org.amodel.rules.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.amodel.core.election.Ballot;
import org.amodel.core.election.Candidate;
import org.amodel.core.election.Election;
import org.amodel.core.election.Nomination;
import org.amodel.core.election.RunOff;
import org.amodel.core.election.SeatPlan;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.ElectorateKind;
import org.amodel.rules.engine.Evaluation;
import org.amodel.rules.engine.RuleEngine;
import org.amodel.rules.engine.RuleSetLoaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The election rules through the engine, one behaviour each: an election that holds, one that breaks
 * the rule, and the boundary, each finding checked by rule id and subject. The seed district
 * ({@code jinan-shizhong}) counts elections; the national rule set sets no election parameters.
 *
 * <p>The base election: 3 seats (chair, vice-chair, member), candidates p1–p4, 10 registered household
 * representatives, 6 ballots issued and returned, all for p1, p2 and p3, who are elected.
 */
@DisplayName("The election rules, through the engine")
class ElectionRulesThroughTheEngineTest {
  private static final String SEED = "jinan-shizhong";
  private static final String NATIONAL = "national";
  private static final String COMMUNITY = "c1";
  private static final Subject THE_COMMUNITY = Subject.community(COMMUNITY);
  private static final LocalDate DAY = LocalDate.of(2005, 9, 18);
  private static final LocalDate RUN_OFF_DAY = LocalDate.of(2005, 9, 25);
  private static final SeatPlan THREE_SEATS = SeatPlan.of(1, 1, 1);

  private static RuleEngine engine;

  @BeforeAll
  static void compileOnce() {
    engine = RuleEngine.empty(RuleSetLoaders.standard());
    engine.replace(RuleSetLoaders.standard().bundled("jinan-shizhong-2005"));
    engine.replace(RuleSetLoaders.standard().bundled("national-2018"));
  }

  private static Election election(ElectorateKind kind, int registered, int issued, List<String> candidates,
      List<Ballot> ballots) {
    return Election.of("e1", COMMUNITY, DAY, THREE_SEATS, kind, registered,
        candidates.stream().map(id -> Candidate.of(id, new Nomination.ByVoters(10))).toList(), issued, ballots);
  }

  private static Election election(int registered, int issued, List<String> candidates, List<Ballot> ballots) {
    return election(ElectorateKind.HOUSEHOLD_REPRESENTATIVES, registered, issued, candidates, ballots);
  }

  /** The base election: 6 of 10 vote, every ballot for p1, p2, p3 among p1–p4. */
  private static Election valid() {
    return election(10, 6, List.of("p1", "p2", "p3", "p4"), votes(6, "p1", "p2", "p3"));
  }

  /** p1 and p2 are elected on all 6 ballots; p3 and p4 get 3 each, not more than half: 1 seat left to a run-off. */
  private static Election oneSeatLeft() {
    return election(10, 6, List.of("p1", "p2", "p3", "p4"),
        concat(votes(3, "p1", "p2", "p3"), votes(3, "p1", "p2", "p4")));
  }

  private static List<Ballot> votes(int n, String... ids) {
    return Collections.nCopies(n, Ballot.marking(ids));
  }

  @SafeVarargs
  private static List<Ballot> concat(List<Ballot>... parts) {
    List<Ballot> all = new ArrayList<>();
    Arrays.stream(parts).forEach(all::addAll);
    return all;
  }

  private static List<Finding> findings(String district, Election e, LocalDate asOf) {
    return engine.evaluate(district, e, asOf).findings();
  }

  /** Returns the findings' rule ids and subjects. */
  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId().value() + " " + f.subject()).toList();
  }

  private static String key(RuleId rule) {
    return rule.value() + " " + THE_COMMUNITY;
  }

  private static Finding only(List<Finding> findings, RuleId rule) {
    assertEquals(List.of(key(rule)), keys(findings), findings::toString);
    return findings.get(0);
  }

  @Test
  @DisplayName("the base election breaks no election rule in the seed district, nor in the national rule set")
  void validElectionIsClean() {
    assertEquals(List.of(), findings(SEED, valid(), DAY));
    assertEquals(List.of(), findings(NATIONAL, valid(), DAY));
  }

  @Test
  @DisplayName("an evaluation carries the election's community and the rule set's id and version")
  void evaluationNamesCommunityAndRuleSet() {
    Evaluation e = engine.evaluate(SEED, valid(), DAY);
    assertEquals(COMMUNITY, e.communityId());
    assertEquals("jinan-shizhong-2005", e.ruleSetId());
    assertEquals(DAY, e.asOf());
  }

  @Test
  @DisplayName("judging as of a day before the election is a programmer's mistake, named with the election and the dates")
  void asOfBeforeTheElectionThrows() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> engine.evaluate(SEED, valid(), DAY.minusDays(1)));
    assertTrue(e.getMessage().contains("e1") && e.getMessage().contains(DAY.toString())
        && e.getMessage().contains(DAY.minusDays(1).toString()), e.getMessage());
  }

  @Nested
  @DisplayName("DIRECT_ELECTION")
  class DirectElection {
    @Test
    @DisplayName("household representatives voting holds")
    void householdRepresentativesHold() {
      assertEquals(List.of(), findings(SEED, valid(), DAY));
    }

    @Test
    @DisplayName("individual voters voting breaks it, naming both electorates, citing the district's source")
    void individualVotersBreakIt() {
      Election e = valid().withElectorateKind(ElectorateKind.INDIVIDUAL_VOTERS);
      Finding f = only(findings(SEED, e, DAY), RuleId.DIRECT_ELECTION);
      assertTrue(f.messageEn().contains(ElectorateKind.INDIVIDUAL_VOTERS.nameEn())
          && f.messageEn().contains(ElectorateKind.HOUSEHOLD_REPRESENTATIVES.nameEn()), f.messageEn());
      assertEquals("seed §二(二): 即由户代表投票,实行差额选举", f.basis());
    }

    @Test
    @DisplayName("does not apply where the district requires no electorate (national-2018), nor before the seed district's parameter took effect")
    void noRequiredElectorateNoFinding() {
      Election e = valid().withElectorateKind(ElectorateKind.RESIDENTS_REPRESENTATIVES);
      assertEquals(List.of(), findings(NATIONAL, e, DAY));
      Election early = Election.of("e0", COMMUNITY, LocalDate.of(2005, 4, 30), THREE_SEATS,
          ElectorateKind.RESIDENTS_REPRESENTATIVES, 10, e.candidates(), 6, e.ballots());
      assertEquals(List.of(), findings(SEED, early, LocalDate.of(2005, 5, 2)));
    }
  }

  @Nested
  @DisplayName("COMPETITIVE_ELECTION")
  class CompetitiveElection {
    @Test
    @DisplayName("seats + 1 candidates (4 for 3) holds")
    void oneMoreCandidateThanSeatsHolds() {
      assertEquals(List.of(), findings(SEED, valid(), DAY));
    }

    @Test
    @DisplayName("as many candidates as seats (3 for 3) breaks it, in the national rule set too")
    void asManyCandidatesAsSeatsBreaksIt() {
      Election e = valid().withCandidates(valid().candidates().subList(0, 3));
      Finding f = only(findings(SEED, e, DAY), RuleId.COMPETITIVE_ELECTION);
      assertTrue(f.messageEn().contains("3 candidate(s) for 3 seat(s)"), f.messageEn());
      only(findings(NATIONAL, e, DAY), RuleId.COMPETITIVE_ELECTION);
    }

    @Test
    @DisplayName("a run-off of 1 candidate for 1 seat breaks it too, in the same finding as the first vote")
    void uncontestedRunOffBreaksIt() {
      // 3 candidates for 3 seats; p3 gets 3 of 6 votes, not more than half: the run-off is p3 alone
      Election e = election(10, 6, List.of("p1", "p2", "p3"),
          concat(votes(3, "p1", "p2", "p3"), votes(3, "p1", "p2")));
      List<Finding> found = findings(SEED, e, DAY);
      assertEquals(List.of(key(RuleId.COMPETITIVE_ELECTION), key(RuleId.ELECTION_VALIDITY)), keys(found));
      assertTrue(found.get(0).messageEn().contains("run-off: 1 candidate(s) for 1 seat(s)"), found.get(0).messageEn());
    }
  }

  @Nested
  @DisplayName("ELECTION_VALIDITY")
  class ElectionValidity {
    @Test
    @DisplayName("a turnout of half + 1 (6 of 10) is valid")
    void halfPlusOneIsValid() {
      assertEquals(List.of(), findings(SEED, valid(), DAY));
    }

    @Test
    @DisplayName("a turnout of exactly half (5 of 10) is void: not more than half")
    void exactlyHalfIsVoid() {
      Election e = election(10, 5, List.of("p1", "p2", "p3", "p4"), votes(5, "p1", "p2", "p3"));
      Finding f = only(findings(SEED, e, DAY), RuleId.ELECTION_VALIDITY);
      assertTrue(f.messageEn().contains("5 voted of 10 registered; more than half required (at least 6)"),
          f.messageEn());
    }

    @Test
    @DisplayName("does not apply where the district sets no thresholds (national-2018): a turnout of half is no finding there")
    void nationalCountsNothing() {
      Election e = election(10, 5, List.of("p1", "p2", "p3", "p4"), votes(5, "p1", "p2", "p3"));
      assertEquals(List.of(), findings(NATIONAL, e, DAY));
    }

    @Test
    @DisplayName("as many ballots returned as issued is valid; one more returned than issued is void")
    void moreReturnedThanIssuedIsVoid() {
      assertEquals(List.of(), findings(SEED, valid().withBallotsIssued(6), DAY));
      Finding f = only(findings(SEED, valid().withBallotsIssued(5), DAY), RuleId.ELECTION_VALIDITY);
      assertTrue(f.messageEn().contains("6 ballots returned but 5 issued"), f.messageEn());
    }

    @Test
    @DisplayName("fewer candidates than seats is void, and not competitive either")
    void fewerCandidatesThanSeatsIsVoid() {
      Election e = valid().withCandidates(valid().candidates().subList(0, 2));
      List<Finding> found = findings(SEED, e, DAY);
      assertEquals(List.of(key(RuleId.COMPETITIVE_ELECTION), key(RuleId.ELECTION_VALIDITY)), keys(found));
      assertTrue(found.get(1).messageEn().contains("void: 2 candidate(s) for 3 seat(s)"), found.get(1).messageEn());
    }

    @Test
    @DisplayName("a seat left by the first vote makes the run-off pending, naming its candidates")
    void runOffPending() {
      Finding f = only(findings(SEED, oneSeatLeft(), DAY), RuleId.ELECTION_VALIDITY);
      assertTrue(f.messageEn().contains("1 seat(s) unfilled after the first vote; the run-off among p3, p4 has not"
          + " been held"), f.messageEn());
    }

    @Test
    @DisplayName("a run-off that fills the seat is valid from its day on, and pending the day before")
    void runOffHeldAfterAsOfIsPending() {
      Election e = oneSeatLeft().withRunOff(RunOff.of(RUN_OFF_DAY, 6, concat(votes(4, "p3"), votes(2, "p4"))));
      only(findings(SEED, e, RUN_OFF_DAY.minusDays(1)), RuleId.ELECTION_VALIDITY);
      assertEquals(List.of(), findings(SEED, e, RUN_OFF_DAY));
    }

    @Test
    @DisplayName("in the run-off at least one third of the ballots cast elects: 3 of 9 fills the seat, 2 of 9 leaves it unfilled")
    void runOffMinimumBoundary() {
      Election filled = oneSeatLeft().withRunOff(RunOff.of(RUN_OFF_DAY, 9,
          concat(votes(3, "p3"), votes(2, "p4"), votes(4))));
      assertEquals(List.of(), findings(SEED, filled, RUN_OFF_DAY));
      Election unfilled = oneSeatLeft().withRunOff(RunOff.of(RUN_OFF_DAY, 9,
          concat(votes(2, "p3"), votes(1, "p4"), votes(6))));
      Finding f = only(findings(SEED, unfilled, RUN_OFF_DAY), RuleId.ELECTION_VALIDITY);
      assertTrue(f.messageEn().contains("1 seat(s) unfilled after the run-off"), f.messageEn());
    }

    @Test
    @DisplayName("a run-off with a turnout of exactly half is void and leaves its seat unfilled; half + 1 is valid")
    void runOffTurnoutBoundary() {
      Election half = oneSeatLeft().withRunOff(RunOff.of(RUN_OFF_DAY, 5, votes(5, "p3")));
      Finding f = only(findings(SEED, half, RUN_OFF_DAY), RuleId.ELECTION_VALIDITY);
      assertTrue(f.messageEn().contains("run-off void: 5 voted of 10 registered")
          && f.messageEn().contains("1 seat(s) unfilled after the run-off"), f.messageEn());
      Election halfPlusOne = oneSeatLeft().withRunOff(RunOff.of(RUN_OFF_DAY, 6, votes(6, "p3")));
      assertEquals(List.of(), findings(SEED, halfPlusOne, RUN_OFF_DAY));
    }

    @Test
    @DisplayName("a run-off returning more ballots than issued is void")
    void runOffMoreReturnedThanIssued() {
      Election e = oneSeatLeft().withRunOff(RunOff.of(RUN_OFF_DAY, 5, votes(6, "p3")));
      Finding f = only(findings(SEED, e, RUN_OFF_DAY), RuleId.ELECTION_VALIDITY);
      assertTrue(f.messageEn().contains("run-off void: 6 ballots returned but 5 issued"), f.messageEn());
    }

    @Test
    @DisplayName("a run-off held though the first vote filled every seat is void; not yet held, it is no finding")
    void runOffNobodyCalled() {
      Election e = valid().withRunOff(RunOff.of(RUN_OFF_DAY, 6, votes(6, "p4")));
      Finding f = only(findings(SEED, e, RUN_OFF_DAY), RuleId.ELECTION_VALIDITY);
      assertTrue(f.messageEn().contains("run-off void: a run-off was held (6 ballots returned) though the first vote"
          + " called none"), f.messageEn());
      assertEquals(List.of(), findings(SEED, e, DAY));
    }

    @Test
    @DisplayName("a run-off held after a void first vote is void too, in the same finding")
    void runOffAfterVoidFirstVote() {
      Election e = election(10, 5, List.of("p1", "p2", "p3", "p4"), votes(5, "p1", "p2", "p3"))
          .withRunOff(RunOff.of(RUN_OFF_DAY, 6, votes(6, "p4")));
      Finding f = only(findings(SEED, e, RUN_OFF_DAY), RuleId.ELECTION_VALIDITY);
      assertTrue(f.messageEn().contains("void: 5 voted of 10 registered")
          && f.messageEn().contains("though the first vote called none"), f.messageEn());
    }
  }
}
