package org.amodel.core.election;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts an election: {@code ElectionCount.of(election, thresholds)} classifies every returned
 * ballot, tallies the votes, decides whether each vote is void, who is elected, and which run-off
 * the first vote calls for. Pure and stateless: the same election gives the same result whatever the
 * order of its ballots.
 *
 * <pre>{@code
 * ElectionResult result = ElectionCount.of(election, ElectionThresholds.JINAN_SHIZHONG_2005);
 * if (result.status() == ElectionStatus.ELECTED) {
 *   ResidentsCommittee rc = result.committee("rc-6", Term.ofYears(LocalDate.of(2005, 9, 20), 3));
 * }
 * }</pre>
 *
 * <h2>Ballots</h2>
 * A ballot is valid if it marks at least one candidate of the vote, only candidates, and no more
 * candidates than the vote's seats; marking fewer is allowed. An invalid ballot is counted once,
 * under the first of its defects in the order of {@link InvalidReason}. Invalid ballots count as
 * cast: they enter the turnout and the total that a share of "the ballots cast" is taken of.
 *
 * <h2>Void votes</h2>
 * A vote elects nobody if more ballots were returned than issued, if the ballots returned do not
 * reach the {@linkplain ElectionThresholds#turnout() turnout} of the registered electorate, or if
 * fewer candidates stand than there are seats. The run-off is judged by the same three tests, for its
 * own seats and candidates; a run-off held though the first vote called none is void and counted all
 * the same, so none of its ballots is lost.
 *
 * <h2>Winners and ties</h2>
 * In the first vote a candidate is elected with {@linkplain ElectionThresholds#majority() more than
 * half of the ballots cast} (by default); in the run-off with the most votes, provided they reach
 * {@linkplain ElectionThresholds#runOffMinimum() at least one third of the run-off's ballots cast}. A
 * candidate without a single vote is never elected. If more candidates reach the threshold than
 * there are seats, the most votes win. <b>Tie rule:</b> when candidates with equal votes straddle
 * the last seat, none of them is elected in that vote: the count never breaks a tie. In the first
 * vote their seats go to the run-off, where they all stand (see below); in the run-off the seats stay
 * unfilled and the tie is reported ({@link RoundCount#tie()}), for the district to settle by another
 * vote.
 *
 * <h2>The run-off</h2>
 * Seats the first vote leaves unfilled go to a run-off among the first vote's non-winners with the
 * most votes; {@link ElectionThresholds#runOffSize()} says how many ({@code unfilled + 1} by default).
 * Where candidates with equal votes straddle the last place of that list, all of them stand
 * ({@link RunOffCall#tieAtCut()}), so the list may be longer than asked. If fewer non-winners are
 * left, all of them stand.
 */
public final class ElectionCount {
  private ElectionCount() {}

  /** Returns the count of {@code election} under {@code thresholds}. */
  public static ElectionResult of(Election election, ElectionThresholds thresholds) {
    requireNonNull(election, "election");
    requireNonNull(thresholds, "thresholds");
    RoundCount first = count(VoteRound.FIRST, election.seats().total(), election.candidateIds(),
        election.ballotsIssued(), election.ballots(), election.registeredElectorate(),
        thresholds.majority(), thresholds.turnout());
    Optional<RunOffCall> call = first.isVoid() || first.unfilledSeats() == 0
        ? Optional.empty()
        : Optional.of(callRunOff(first, thresholds.runOffSize()));
    Optional<RoundCount> runOff = election.runOff().map(held -> call
        .map(c -> count(VoteRound.RUN_OFF, c.seats(), c.candidateIds(), held.ballotsIssued(), held.ballots(),
            election.registeredElectorate(), thresholds.runOffMinimum(), thresholds.turnout()))
        .orElseGet(() -> notCalled(held, election.registeredElectorate(), thresholds.runOffMinimum())));
    return new ElectionResult(election, thresholds, first, call, runOff);
  }

  private static RoundCount count(
      VoteRound round, int seats, List<String> candidateIds, int issued, List<Ballot> ballots, int registered,
      Threshold toElect, Threshold turnout) {
    ImmutableSet<String> candidates = ImmutableSet.copyOf(candidateIds);
    List<CountedBallot> counted = new ArrayList<>(ballots.size());
    Map<String, Integer> votes = new LinkedHashMap<>();
    candidateIds.forEach(id -> votes.put(id, 0));
    for (int i = 0; i < ballots.size(); i++) {
      Ballot ballot = ballots.get(i);
      Optional<InvalidReason> defect = ballot.defect(candidates, seats);
      counted.add(new CountedBallot(i, ballot, defect));
      if (defect.isEmpty()) {
        ballot.marks().forEach(id -> votes.merge(id, 1, Integer::sum));
      }
    }
    int returned = ballots.size();
    List<VoidReason> voidReasons = new ArrayList<>();
    if (returned > issued) {
      voidReasons.add(new VoidReason.MoreReturnedThanIssued(returned, issued));
    }
    if (!turnout.isMetBy(returned, registered)) {
      voidReasons.add(new VoidReason.TurnoutNotReached(returned, registered, turnout));
    }
    if (candidateIds.size() < seats) {
      voidReasons.add(new VoidReason.TooFewCandidates(candidateIds.size(), seats));
    }
    List<Winner> winners = new ArrayList<>();
    Optional<Tie> tie = Optional.empty();
    if (voidReasons.isEmpty()) {
      List<String> qualifying = ranked(candidateIds, votes).stream()
          .filter(id -> votes.get(id) > 0 && toElect.isMetBy(votes.get(id), returned))
          .toList();
      List<String> elected = qualifying;
      if (qualifying.size() > seats) {
        int lastSeatVotes = votes.get(qualifying.get(seats - 1));
        if (votes.get(qualifying.get(seats)) == lastSeatVotes) {
          elected = qualifying.stream().filter(id -> votes.get(id) > lastSeatVotes).toList();
          List<String> tied = qualifying.stream().filter(id -> votes.get(id) == lastSeatVotes).toList();
          tie = Optional.of(new Tie(ImmutableList.copyOf(tied), lastSeatVotes, seats - elected.size()));
        } else {
          elected = qualifying.subList(0, seats);
        }
      }
      elected.forEach(id -> winners.add(new Winner(id, votes.get(id), round)));
    }
    return new RoundCount(round, seats, ImmutableList.copyOf(candidateIds), issued, registered,
        ImmutableList.copyOf(counted), ImmutableMap.copyOf(votes), toElect, ImmutableList.copyOf(voidReasons),
        ImmutableList.copyOf(winners), tie);
  }

  /** A run-off nobody called: void, with every ballot classified against an empty list of candidates. */
  private static RoundCount notCalled(RunOff held, int registered, Threshold toElect) {
    List<CountedBallot> counted = new ArrayList<>();
    for (int i = 0; i < held.ballots().size(); i++) {
      Ballot ballot = held.ballots().get(i);
      counted.add(new CountedBallot(i, ballot, ballot.defect(ImmutableSet.of(), 0)));
    }
    return new RoundCount(VoteRound.RUN_OFF, 0, ImmutableList.of(), held.ballotsIssued(), registered,
        ImmutableList.copyOf(counted), ImmutableMap.of(), toElect,
        ImmutableList.of(new VoidReason.NotCalled(held.ballotsReturned())), ImmutableList.of(), Optional.empty());
  }

  private static RunOffCall callRunOff(RoundCount first, RunOffSize size) {
    int unfilled = first.unfilledSeats();
    ImmutableSet<String> winners = first.winners().stream().map(Winner::personId).collect(ImmutableSet.toImmutableSet());
    List<String> others = ranked(first.candidateIds(), first.votes()).stream()
        .filter(id -> !winners.contains(id))
        .toList();
    int wanted = size.candidatesFor(unfilled);
    if (others.size() <= wanted) {
      return new RunOffCall(unfilled, ImmutableList.copyOf(others), Optional.empty());
    }
    int lastPlaceVotes = first.votes(others.get(wanted - 1));
    if (first.votes(others.get(wanted)) != lastPlaceVotes) {
      return new RunOffCall(unfilled, ImmutableList.copyOf(others.subList(0, wanted)), Optional.empty());
    }
    List<String> standing = others.stream().filter(id -> first.votes(id) >= lastPlaceVotes).toList();
    List<String> tied = others.stream().filter(id -> first.votes(id) == lastPlaceVotes).toList();
    int places = wanted - (standing.size() - tied.size());
    return new RunOffCall(unfilled, ImmutableList.copyOf(standing),
        Optional.of(new Tie(ImmutableList.copyOf(tied), lastPlaceVotes, places)));
  }

  /** Returns the candidates by votes, most first; equal votes keep the order in which candidates are listed. */
  static List<String> ranked(List<String> candidateIds, Map<String, Integer> votes) {
    return candidateIds.stream()
        .sorted(Comparator.comparing((String id) -> votes.get(id)).reversed())
        .toList();
  }
}
