package org.amodel.core.election;

import static org.amodel.core.election.ElectionFixture.RUN_OFF_DAY;
import static org.amodel.core.election.ElectionFixture.SEED;
import static org.amodel.core.election.ElectionFixture.concat;
import static org.amodel.core.election.ElectionFixture.count;
import static org.amodel.core.election.ElectionFixture.election;
import static org.amodel.core.election.ElectionFixture.oneSeat;
import static org.amodel.core.election.ElectionFixture.runOff;
import static org.amodel.core.election.ElectionFixture.times;
import static org.amodel.core.election.ElectionFixture.votes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Counting an election")
class ElectionCountTest {
  private static final SeatPlan TWO_SEATS = SeatPlan.of(0, 0, 2);

  private static List<String> winnerIds(ElectionResult r) {
    return r.winners().stream().map(Winner::personId).toList();
  }

  @Nested
  @DisplayName("void cases")
  class VoidCases {
    @Test
    @DisplayName("turnout of exactly half the registered electorate is void: 4 of 8")
    void turnoutExactlyHalfIsVoid() {
      ElectionResult r = count(oneSeat(8, List.of("a", "b"), votes(4, "a")));
      assertEquals(ElectionStatus.VOID, r.status());
      assertEquals(List.of(new VoidReason.TurnoutNotReached(4, 8, SEED.turnout())), r.firstVote().voidReasons());
      assertTrue(r.winners().isEmpty());
      assertEquals(Optional.empty(), r.runOffCall(), "a void vote calls no run-off");
      assertEquals(4, r.firstVote().votes("a"), "the ballots are still counted");
    }

    @Test
    @DisplayName("turnout of half + 1 is valid: 5 of 8")
    void turnoutHalfPlusOneIsValid() {
      ElectionResult r = count(oneSeat(8, List.of("a", "b"), votes(5, "a")));
      assertEquals(ElectionStatus.ELECTED, r.status());
      assertEquals(List.of(new Winner("a", 5, VoteRound.FIRST)), r.winners());
    }

    @Test
    @DisplayName("an odd electorate: 4 of 7 is more than half")
    void turnoutOddElectorate() {
      assertEquals(ElectionStatus.ELECTED, count(oneSeat(7, List.of("a", "b"), votes(4, "a"))).status());
      assertEquals(ElectionStatus.VOID, count(oneSeat(7, List.of("a", "b"), votes(3, "a"))).status());
    }

    @Test
    @DisplayName("more ballots returned than issued is void, whatever the turnout: 7 returned, 6 issued")
    void moreReturnedThanIssuedIsVoid() {
      ElectionResult r = count(election(SeatPlan.of(0, 0, 1), 10, 6, List.of("a", "b"), votes(7, "a")));
      assertEquals(ElectionStatus.VOID, r.status());
      assertEquals(List.of(new VoidReason.MoreReturnedThanIssued(7, 6)), r.firstVote().voidReasons());
      assertEquals(7, r.firstVote().ballotsReturned(), "no ballot is dropped");
    }

    @Test
    @DisplayName("as many ballots returned as issued is not void")
    void returnedEqualsIssued() {
      ElectionResult r = count(election(SeatPlan.of(0, 0, 1), 10, 7, List.of("a", "b"), votes(7, "a")));
      assertEquals(ElectionStatus.ELECTED, r.status());
    }

    @Test
    @DisplayName("fewer candidates than seats is void: 6 candidates for 7 seats; 7 for 7 is not void")
    void fewerCandidatesThanSeatsIsVoid() {
      List<String> six = List.of("a", "b", "c", "d", "e", "f");
      ElectionResult r = count(election(SeatPlan.of(1, 2, 4), 10, six, votes(10, six.toArray(String[]::new))));
      assertEquals(List.of(new VoidReason.TooFewCandidates(6, 7)), r.firstVote().voidReasons());
      assertEquals(ElectionStatus.VOID, r.status());

      List<String> seven = List.of("a", "b", "c", "d", "e", "f", "g");
      ElectionResult ok = count(election(SeatPlan.of(1, 2, 4), 10, seven, votes(10, seven.toArray(String[]::new))));
      assertEquals(ElectionStatus.ELECTED, ok.status());
      assertEquals(seven, winnerIds(ok));
    }

    @Test
    @DisplayName("every void reason is named when several apply")
    void severalReasons() {
      ElectionResult r = count(election(SeatPlan.of(0, 0, 3), 20, 2, List.of("a"), votes(3, "a")));
      assertEquals(List.of(new VoidReason.MoreReturnedThanIssued(3, 2), new VoidReason.TurnoutNotReached(3, 20,
          SEED.turnout()), new VoidReason.TooFewCandidates(1, 3)), r.firstVote().voidReasons());
    }
  }

  @Nested
  @DisplayName("ballots")
  class Ballots {
    @Test
    @DisplayName("each ballot is classified once: blank, unreadable, naming a non-candidate, over-voted, or valid")
    void invalidReasons() {
      List<Ballot> ballots = List.of(
          Ballot.blank(),
          Ballot.unreadable(),
          Ballot.marking("a", "b", "c"),     // 3 marks for 2 seats
          Ballot.marking("a", "x"),          // x is no candidate
          Ballot.marking("x", "y", "z"),     // both: the non-candidate comes first
          Ballot.marking("a"),               // fewer marks than seats is fine
          Ballot.marking("a", "b"));
      RoundCount first = count(election(TWO_SEATS, 8, List.of("a", "b", "c"), ballots)).firstVote();
      List<Optional<InvalidReason>> reasons = first.ballots().stream().map(CountedBallot::invalidReason).toList();
      assertEquals(List.of(Optional.of(InvalidReason.BLANK), Optional.of(InvalidReason.UNREADABLE),
          Optional.of(InvalidReason.OVER_VOTED), Optional.of(InvalidReason.NON_CANDIDATE),
          Optional.of(InvalidReason.NON_CANDIDATE), Optional.<InvalidReason>empty(), Optional.<InvalidReason>empty()),
          reasons);
      assertEquals(2, first.validBallots());
      assertEquals(5, first.invalidBallots());
      assertEquals(7, first.ballotsReturned());
      assertEquals(List.of(InvalidReason.UNREADABLE, InvalidReason.BLANK, InvalidReason.NON_CANDIDATE,
          InvalidReason.OVER_VOTED), first.invalidByReason().keySet().asList());
      assertEquals(2, first.invalidByReason().get(InvalidReason.NON_CANDIDATE));
      assertEquals(2, first.votes("a"));
      assertEquals(1, first.votes("b"));
      assertEquals(0, first.votes("c"), "an over-voted ballot gives nobody a vote");
      assertEquals(0, first.votes("x"), "a non-candidate has no tally");
    }

    @Test
    @DisplayName("invalid ballots count as cast: 5 for a, 4 invalid of 9 cast elects a; 5 invalid of 10 does not")
    void invalidBallotsAreCast() {
      List<String> ab = List.of("a", "b");
      assertEquals(ElectionStatus.ELECTED,
          count(oneSeat(10, ab, concat(votes(5, "a"), times(4, Ballot.blank())))).status());
      ElectionResult r = count(oneSeat(10, ab, concat(votes(5, "a"), times(5, Ballot.unreadable()))));
      assertEquals(ElectionStatus.RUN_OFF_PENDING, r.status(), "5 of 10 cast is exactly half");
    }

    @Test
    @DisplayName("the count does not depend on the order of the ballots")
    void orderIndependent() {
      List<Ballot> ballots = concat(votes(3, "a", "b"), votes(3, "a", "c"), votes(3, "b", "c"), votes(1, "a"),
          List.of(Ballot.blank(), Ballot.marking("a", "x")));
      ElectionResult forward = count(election(TWO_SEATS, 14, List.of("a", "b", "c"), ballots));
      ElectionResult backward = count(election(TWO_SEATS, 14, List.of("a", "b", "c"), Lists.reverse(ballots)));
      assertEquals(forward.firstVote().votes(), backward.firstVote().votes());
      assertEquals(forward.winners(), backward.winners());
      assertEquals(forward.firstVote().tie(), backward.firstVote().tie());
      assertEquals(forward.runOffCall(), backward.runOffCall());
      assertEquals(forward.firstVote().invalidByReason(), backward.firstVote().invalidByReason());
    }
  }

  @Nested
  @DisplayName("winners in the first vote")
  class FirstVote {
    @Test
    @DisplayName("a candidate with exactly half of the ballots cast is not elected; with half + 1 is")
    void exactlyHalfIsNotElected() {
      List<String> ab = List.of("a", "b");
      ElectionResult half = count(oneSeat(10, ab, concat(votes(5, "a"), votes(4, "b"), List.of(Ballot.blank()))));
      assertTrue(half.winners().isEmpty());
      assertEquals(ElectionStatus.RUN_OFF_PENDING, half.status());
      ElectionResult more = count(oneSeat(11, ab, concat(votes(6, "a"), votes(4, "b"), List.of(Ballot.blank()))));
      assertEquals(List.of(new Winner("a", 6, VoteRound.FIRST)), more.winners());
    }

    @Test
    @DisplayName("when more candidates reach a majority than there are seats, the most votes win")
    void mostVotesWin() {
      // a 7, b 7, c 6 of 10 cast: all above half, two seats
      List<Ballot> ballots = concat(votes(4, "a", "b"), votes(3, "a", "c"), votes(3, "b", "c"));
      ElectionResult r = count(election(TWO_SEATS, 12, List.of("a", "b", "c"), ballots));
      assertEquals(List.of("a", "b"), winnerIds(r));
      assertEquals(Optional.empty(), r.firstVote().tie());
      assertEquals(ElectionStatus.ELECTED, r.status());
    }

    @Test
    @DisplayName("tie at the last seat: nobody tied is elected, all tied stand in the run-off")
    void tieAtLastSeat() {
      // a 7, b 6, c 6, d 0 of 10 cast: a is elected, b and c tie for the second seat
      List<Ballot> ballots = concat(votes(3, "a", "b"), votes(3, "a", "c"), votes(3, "b", "c"), votes(1, "a"));
      ElectionResult r = count(election(TWO_SEATS, 12, List.of("a", "b", "c", "d"), ballots));
      assertEquals(List.of("a"), winnerIds(r));
      assertEquals(Optional.of(new Tie(ImmutableList.of("b", "c"), 6, 1)), r.firstVote().tie());
      assertEquals(Optional.of(new RunOffCall(1, ImmutableList.of("b", "c"), Optional.empty())), r.runOffCall());
      assertEquals(ElectionStatus.RUN_OFF_PENDING, r.status());
    }

    @Test
    @DisplayName("a candidate without a vote is never elected, whatever the threshold")
    void noVoteNoSeat() {
      ElectionThresholds anything = SEED.withMajority(Threshold.atLeast(0, 1, "test"));
      ElectionResult r = ElectionCount.of(oneSeat(4, List.of("a", "b"), times(3, Ballot.blank())), anything);
      assertTrue(r.winners().isEmpty());
    }
  }

  @Nested
  @DisplayName("the run-off")
  class RunOffs {
    // a 4, b 4, c 2 of 10 cast: nobody has more than half; run-off for 1 seat among a and b
    private final Election firstVote = oneSeat(12, List.of("a", "b", "c"),
        concat(votes(4, "a"), votes(4, "b"), votes(2, "c")));

    @Test
    @DisplayName("is called for the unfilled seats among the top non-winners, unfilled + 1 of them by default")
    void called() {
      ElectionResult r = count(firstVote);
      assertEquals(Optional.of(new RunOffCall(1, ImmutableList.of("a", "b"), Optional.empty())), r.runOffCall());
      assertEquals(ElectionStatus.RUN_OFF_PENDING, r.status());
      assertEquals(Optional.empty(), r.runOff());
    }

    @Test
    @DisplayName("with exactly one third of the ballots cast and the most votes elects: 3 of 9")
    void exactlyOneThirdElects() {
      ElectionResult r = count(firstVote.withRunOff(runOff(concat(votes(3, "a"), votes(2, "b"),
          times(4, Ballot.blank())))));
      assertEquals(ElectionStatus.ELECTED, r.status());
      assertEquals(List.of(new Winner("a", 3, VoteRound.RUN_OFF)), r.winners());
    }

    @Test
    @DisplayName("with the most votes but less than one third leaves the seat unfilled: 2 of 9")
    void belowOneThirdLeavesSeat() {
      ElectionResult r = count(firstVote.withRunOff(runOff(concat(votes(2, "a"), votes(1, "b"),
          times(6, Ballot.blank())))));
      assertEquals(ElectionStatus.SEATS_UNFILLED, r.status());
      assertEquals(1, r.unfilledSeats());
    }

    @Test
    @DisplayName("a tie at the last seat leaves it unfilled and is reported")
    void tieInRunOff() {
      ElectionResult r = count(firstVote.withRunOff(runOff(concat(votes(4, "a"), votes(4, "b"), votes(1, "a", "b")))));
      assertEquals(ElectionStatus.SEATS_UNFILLED, r.status());
      assertEquals(Optional.of(new Tie(ImmutableList.of("a", "b"), 4, 1)), r.runOff().orElseThrow().tie());
      assertEquals(InvalidReason.OVER_VOTED, r.runOff().orElseThrow().ballots().get(8).invalidReason().orElseThrow(),
          "two marks for the run-off's one seat");
    }

    @Test
    @DisplayName("candidates tied at the last place of the run-off list all stand")
    void tieAtCut() {
      // a 4, b 3, c 3, d 0: a run-off for 1 seat wants 2 candidates; b and c tie for the second place
      Election e = oneSeat(12, List.of("a", "b", "c", "d"), concat(votes(4, "a"), votes(3, "b"), votes(3, "c")));
      RunOffCall call = count(e).runOffCall().orElseThrow();
      assertEquals(List.of("a", "b", "c"), call.candidateIds());
      assertEquals(Optional.of(new Tie(ImmutableList.of("b", "c"), 3, 1)), call.tieAtCut());
    }

    @Test
    @DisplayName("the run-off size is a parameter: twice the unfilled seats")
    void sizeIsAParameter() {
      // 2 seats, nobody above half: a 5, b 4, c 3, d 2, e 1 of 10 cast
      List<Ballot> ballots = ElectionFixture.ballotsGiving(10, 2,
          new java.util.LinkedHashMap<>(java.util.Map.of("a", 5, "b", 4, "c", 3, "d", 2, "e", 1)));
      Election e = election(TWO_SEATS, 12, List.of("a", "b", "c", "d", "e"), ballots);
      assertEquals(List.of("a", "b", "c"), count(e).runOffCall().orElseThrow().candidateIds());
      ElectionThresholds twice = SEED.withRunOffSize(RunOffSize.timesUnfilled(2, "test"));
      assertEquals(List.of("a", "b", "c", "d"), ElectionCount.of(e, twice).runOffCall().orElseThrow().candidateIds());
    }

    @Test
    @DisplayName("marks a first-vote winner is marking a non-candidate of the run-off")
    void winnersDoNotStandAgain() {
      // 2 seats: a 7 elected; b 5, c 5 not; the run-off for 1 seat is between b and c
      List<Ballot> ballots = concat(votes(5, "a", "b"), votes(2, "a", "c"), votes(3, "c"));
      Election e = election(TWO_SEATS, 12, List.of("a", "b", "c"), ballots);
      ElectionResult r = count(e.withRunOff(runOff(concat(votes(5, "b"), votes(3, "c"), votes(1, "a")))));
      assertEquals(List.of("b", "c"), r.runOffCall().orElseThrow().candidateIds());
      assertEquals(InvalidReason.NON_CANDIDATE, r.runOff().orElseThrow().ballots().get(8).invalidReason().orElseThrow());
      assertEquals(List.of(new Winner("a", 7, VoteRound.FIRST), new Winner("b", 5, VoteRound.RUN_OFF)), r.winners());
      assertEquals(ElectionStatus.ELECTED, r.status());
    }

    @Test
    @DisplayName("is void when too few voted in it, and the seat stays unfilled")
    void voidRunOff() {
      ElectionResult r = count(firstVote.withRunOff(runOff(votes(6, "a"))));
      assertEquals(List.of(new VoidReason.TurnoutNotReached(6, 12, SEED.turnout())), r.runOff().orElseThrow().voidReasons());
      assertEquals(ElectionStatus.SEATS_UNFILLED, r.status());
    }

    @Test
    @DisplayName("held though none was called, is void and its ballots are still classified")
    void notCalled() {
      Election e = oneSeat(8, List.of("a", "b"), votes(5, "a"))
          .withRunOff(RunOff.of(RUN_OFF_DAY, 5, concat(votes(4, "b"), List.of(Ballot.blank()))));
      ElectionResult r = count(e);
      RoundCount runOff = r.runOff().orElseThrow();
      assertEquals(List.of(new VoidReason.NotCalled(5)), runOff.voidReasons());
      assertEquals(5, runOff.ballotsReturned());
      assertEquals(5, runOff.invalidBallots());
      assertEquals(ElectionStatus.ELECTED, r.status());
      assertEquals(List.of("a"), winnerIds(r));
    }
  }
}
