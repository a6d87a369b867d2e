package org.amodel.core.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.generators.Elections;
import org.amodel.core.generators.Samples;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.Term;
import org.amodel.core.properties.Examples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Properties of the count over generated elections")
class ElectionPropertiesTest {
  private static final ElectionThresholds SEED = ElectionThresholds.JINAN_SHIZHONG_2005;

  private static List<RoundCount> rounds(ElectionResult r) {
    List<RoundCount> rounds = new ArrayList<>(List.of(r.firstVote()));
    r.runOff().ifPresent(rounds::add);
    return rounds;
  }

  @Test
  @DisplayName("every returned ballot is counted exactly once, in its place, as valid or invalid")
  void everyBallotCountedOnce() {
    Examples.qt().forAll(Elections.any()).checkAssert(e -> {
      ElectionResult r = ElectionCount.of(e, SEED);
      List<List<Ballot>> returned = new ArrayList<>(List.of(e.ballots()));
      e.runOff().ifPresent(h -> returned.add(h.ballots()));
      List<RoundCount> rounds = rounds(r);
      assertEquals(returned.size(), rounds.size(), "a count for every vote held");
      for (int i = 0; i < rounds.size(); i++) {
        RoundCount round = rounds.get(i);
        List<Ballot> ballots = returned.get(i);
        assertEquals(ballots.size(), round.ballotsReturned());
        assertEquals(round.ballotsReturned(), round.validBallots() + round.invalidBallots());
        assertEquals(round.invalidBallots(), round.invalidByReason().values().stream().mapToInt(Integer::intValue).sum());
        for (int p = 0; p < ballots.size(); p++) {
          assertEquals(p, round.ballots().get(p).position());
          assertEquals(ballots.get(p), round.ballots().get(p).ballot());
        }
      }
    });
  }

  @Test
  @DisplayName("no candidate has more votes than there are valid ballots, and the votes are the valid ballots' marks")
  void votesWithinValidBallots() {
    Examples.qt().forAll(Elections.any()).checkAssert(e -> {
      for (RoundCount round : rounds(ElectionCount.of(e, SEED))) {
        round.votes().values().forEach(v -> assertTrue(v <= round.validBallots(), v + " > " + round.validBallots()));
        int marks = round.ballots().stream().filter(CountedBallot::isValid)
            .mapToInt(b -> b.ballot().marks().size()).sum();
        assertEquals(marks, round.votes().values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(marks <= (long) round.seats() * round.validBallots(), "no valid ballot marks more than the seats");
      }
    });
  }

  @Test
  @DisplayName("winners never exceed the seats; each winner reaches the threshold; run-off candidates did not win the first vote")
  void winnersWithinSeats() {
    Examples.qt().forAll(Elections.any()).checkAssert(e -> {
      ElectionResult r = ElectionCount.of(e, SEED);
      assertTrue(r.winners().size() <= e.seats().total());
      assertEquals(r.winners().size(), r.winners().stream().map(Winner::personId).distinct().count(), "nobody wins twice");
      for (RoundCount round : rounds(r)) {
        assertTrue(round.winners().size() <= round.seats());
        round.winners().forEach(w -> assertTrue(w.votes() > 0 && round.toElect().isMetBy(w.votes(), round.ballotsReturned()),
            w + " of " + round.ballotsReturned()));
      }
      Set<String> firstWinners = r.firstVote().winners().stream().map(Winner::personId).collect(ImmutableSet.toImmutableSet());
      r.runOffCall().ifPresent(c -> {
        assertEquals(r.firstVote().unfilledSeats(), c.seats());
        c.candidateIds().forEach(id -> assertFalse(firstWinners.contains(id), id + " won the first vote"));
      });
      assertEquals(r.status() == ElectionStatus.ELECTED, r.unfilledSeats() == 0);
    });
  }

  @Test
  @DisplayName("equal votes, equal fate: never one of two candidates with the same votes elected, or let into the run-off")
  void tiesNeverBroken() {
    Examples.qt().forAll(Elections.any()).checkAssert(e -> {
      for (RoundCount round : rounds(ElectionCount.of(e, SEED))) {
        Set<String> won = round.winners().stream().map(Winner::personId).collect(ImmutableSet.toImmutableSet());
        for (String x : round.candidateIds()) {
          for (String y : round.candidateIds()) {
            if (round.votes(x) == round.votes(y)) {
              assertEquals(won.contains(x), won.contains(y), x + " and " + y + " have " + round.votes(x) + " votes");
            }
          }
        }
        round.tie().ifPresent(t -> t.candidateIds().forEach(id -> assertFalse(won.contains(id))));
      }
      ElectionResult r = ElectionCount.of(e, SEED);
      r.runOffCall().ifPresent(call -> {
        RoundCount first = r.firstVote();
        List<String> others = first.candidateIds().stream()
            .filter(id -> first.winners().stream().noneMatch(w -> w.personId().equals(id))).toList();
        for (String x : others) {
          for (String y : others) {
            if (first.votes(x) == first.votes(y)) {
              assertEquals(call.candidateIds().contains(x), call.candidateIds().contains(y),
                  x + " and " + y + " have " + first.votes(x) + " votes in the first vote; the run-off is " + call);
            }
          }
        }
      });
    });
  }

  @Test
  @DisplayName("the count does not depend on the order of the ballots")
  void orderIndependent() {
    Examples.qt().forAll(Elections.any(), longs().all()).checkAssert((e, seed) -> {
      Random random = new Random(seed);
      Election shuffled = e.withBallots(shuffle(e.ballots(), random));
      if (e.runOff().isPresent()) {
        RunOff held = e.runOff().orElseThrow();
        shuffled = shuffled.withRunOff(RunOff.of(held.date(), held.ballotsIssued(), shuffle(held.ballots(), random)));
      }
      ElectionResult a = ElectionCount.of(e, SEED);
      ElectionResult b = ElectionCount.of(shuffled, SEED);
      assertEquals(a.status(), b.status());
      assertEquals(a.winners(), b.winners());
      assertEquals(a.posts(), b.posts());
      assertEquals(a.runOffCall(), b.runOffCall());
      assertEquals(a.statistics(), b.statistics());
      List<RoundCount> ra = rounds(a);
      List<RoundCount> rb = rounds(b);
      for (int i = 0; i < ra.size(); i++) {
        assertEquals(ra.get(i).votes(), rb.get(i).votes());
        assertEquals(ra.get(i).invalidByReason(), rb.get(i).invalidByReason());
        assertEquals(ra.get(i).voidReasons(), rb.get(i).voidReasons());
        assertEquals(ra.get(i).tie(), rb.get(i).tie());
      }
      assertEquals(ElectionChecker.seed().check(a, e.lastVoteDate()), ElectionChecker.seed().check(b, e.lastVoteDate()));
    });
  }

  @Test
  @DisplayName("a valid election has no finding, fills every seat and forms a committee with the plan's posts")
  void validElectionsAreClean() {
    Examples.qt().forAll(Elections.valid()).checkAssert(e -> {
      assertEquals(List.of(), ElectionChecker.seed().check(e, e.date()));
      ElectionResult r = ElectionCount.of(e, SEED);
      assertEquals(ElectionStatus.ELECTED, r.status());
      ResidentsCommittee rc = r.committee("rc", Term.ofYears(e.date(), 3), r.posts());
      for (CommitteePost post : CommitteePost.values()) {
        assertEquals(e.seats().seats(post), rc.seats(post).size(), post.name());
      }
      assertEquals(r.formsCommittee(), r.postTies().isEmpty());
    });
  }

  @Test
  @DisplayName("each election breaker breaks exactly its rule, about the election's community")
  void breakersBreakExactlyTheirRule() {
    for (RuleId rule : Elections.ruleIds()) {
      Examples.qt().forAll(Elections.breaking(rule)).checkAssert(e -> {
        List<Finding> findings = ElectionChecker.seed().check(e, e.date());
        assertEquals(List.of(rule), findings.stream().map(Finding::ruleId).toList(), findings::toString);
        assertEquals(Subject.community(e.communityId()), findings.get(0).subject());
      });
    }
  }

  @Test
  @DisplayName("ELECTION_VALIDITY is reported exactly when the election did not fill every seat or held an uncalled run-off")
  void validityFindingMatchesStatus() {
    Examples.qt().forAll(Elections.any()).checkAssert(e -> {
      ElectionResult r = ElectionCount.of(e, SEED);
      boolean uncalled = r.runOff().isPresent() && r.runOffCall().isEmpty();
      boolean reported = ElectionChecker.seed().check(r, e.lastVoteDate()).stream()
          .anyMatch(f -> f.ruleId().equals(RuleId.ELECTION_VALIDITY));
      assertEquals(r.status() != ElectionStatus.ELECTED || uncalled, reported, r::toString);
    });
  }

  private static <T> List<T> shuffle(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  @Test
  @DisplayName("the generators reach the boundaries: void and valid counts, ties, run-offs held and pending")
  void generatorsReachTheCases() {
    Set<String> seen = new TreeSet<>();
    // a fixed sample, so that whether a rare case is reached never depends on the run's seed
    for (Election e : Samples.of(Elections.any(), 3000, 20051130L)) {
      ElectionResult r = ElectionCount.of(e, SEED);
      seen.add(r.status().name());
      r.firstVote().voidReasons().forEach(v -> seen.add(v.getClass().getSimpleName()));
      r.firstVote().tie().ifPresent(t -> seen.add("first-vote tie"));
      r.runOff().flatMap(RoundCount::tie).ifPresent(t -> seen.add("run-off tie"));
      r.runOffCall().flatMap(RunOffCall::tieAtCut).ifPresent(t -> seen.add("tie at cut"));
      r.firstVote().invalidByReason().keySet().forEach(k -> seen.add(k.name()));
      if (e.registeredElectorate() % 2 == 0 && e.ballotsReturned() * 2 == e.registeredElectorate()) {
        seen.add("turnout exactly half");
      }
    }
    Set<String> expected = new TreeSet<>(List.of("VOID", "ELECTED", "RUN_OFF_PENDING", "SEATS_UNFILLED",
          "MoreReturnedThanIssued", "TurnoutNotReached", "TooFewCandidates", "first-vote tie", "run-off tie",
          "tie at cut", "BLANK", "UNREADABLE", "NON_CANDIDATE", "OVER_VOTED", "turnout exactly half"));
    expected.removeAll(seen);
    assertEquals(Set.of(), expected, "cases the generator did not reach in 3,000 fixed examples");
  }
}
