package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The count of one vote: every returned ballot classified once, valid or invalid with its reason
 * ({@link #ballots()}, in the order returned); the votes of each candidate; why the vote is void, if
 * it is; who was elected; and the tie at the last seat, if there was one.
 *
 * <p>Built by {@link ElectionCount}. The constructor checks the count's own truths: positions run
 * 0, 1, 2, … without gaps, every candidate has a tally and nobody else does, no candidate has more
 * votes than there are valid ballots, a void vote elects nobody, and the winners are candidates, each
 * once, no more than the seats, with the votes of the tally.
 */
public record RoundCount(
    VoteRound round,
    int seats,
    ImmutableList<String> candidateIds,
    int ballotsIssued,
    int registeredElectorate,
    ImmutableList<CountedBallot> ballots,
    ImmutableMap<String, Integer> votes,
    Threshold toElect,
    ImmutableList<VoidReason> voidReasons,
    ImmutableList<Winner> winners,
    Optional<Tie> tie) {

  public RoundCount {
    requireNonNull(round, "round");
    checkArgument(seats >= 0, "seats must not be negative, was %s", seats);
    candidateIds = ImmutableList.copyOf(candidateIds);
    checkArgument(ballotsIssued >= 0, "ballotsIssued must not be negative, was %s", ballotsIssued);
    checkArgument(registeredElectorate >= 1, "registeredElectorate must be at least 1, was %s", registeredElectorate);
    ballots = ImmutableList.copyOf(ballots);
    for (int i = 0; i < ballots.size(); i++) {
      checkArgument(ballots.get(i).position() == i, "ballots: position %s at index %s", ballots.get(i).position(), i);
    }
    votes = ImmutableMap.copyOf(votes);
    checkArgument(votes.keySet().asList().equals(candidateIds),
        "votes must tally exactly the candidates %s, in order; tallied %s", candidateIds, votes.keySet());
    long valid = ballots.stream().filter(CountedBallot::isValid).count();
    votes.forEach((id, n) -> checkArgument(n >= 0 && n <= valid,
        "votes: %s has %s votes; must be in [0, %s valid ballots]", id, n, valid));
    requireNonNull(toElect, "toElect");
    voidReasons = ImmutableList.copyOf(voidReasons);
    winners = ImmutableList.copyOf(winners);
    requireNonNull(tie, "tie");
    checkArgument(voidReasons.isEmpty() || (winners.isEmpty() && tie.isEmpty()),
        "a void vote elects nobody and has no tie; winners %s, tie %s", winners, tie);
    checkArgument(winners.size() <= seats, "winners: %s for %s seats", winners.size(), seats);
    Set<String> seen = new HashSet<>();
    for (Winner w : winners) {
      checkArgument(seen.add(w.personId()), "winners list %s more than once", w.personId());
      checkArgument(votes.containsKey(w.personId()), "winner %s is not a candidate", w.personId());
      checkArgument(votes.get(w.personId()) == w.votes() && w.round() == round,
          "winner %s: %s votes in %s, but the tally says %s in %s", w.personId(), w.votes(), w.round(),
          votes.get(w.personId()), round);
    }
  }

  /** Returns the number of ballots returned (cast), valid or not. */
  public int ballotsReturned() {
    return ballots.size();
  }

  public int validBallots() {
    return (int) ballots.stream().filter(CountedBallot::isValid).count();
  }

  public int invalidBallots() {
    return ballotsReturned() - validBallots();
  }

  /** Returns the number of invalid ballots for each reason that occurred, in the order of {@link InvalidReason}. */
  public ImmutableMap<InvalidReason, Integer> invalidByReason() {
    Map<InvalidReason, Integer> counts = new EnumMap<>(InvalidReason.class);
    ballots.forEach(b -> b.invalidReason().ifPresent(r -> counts.merge(r, 1, Integer::sum)));
    return ImmutableMap.copyOf(counts);
  }

  /** Returns the votes of {@code candidateId}, zero for someone who was not a candidate in this vote. */
  public int votes(String candidateId) {
    return votes.getOrDefault(candidateId, 0);
  }

  public boolean isVoid() {
    return !voidReasons.isEmpty();
  }

  /** Returns the seats this vote left unfilled. */
  public int unfilledSeats() {
    return seats - winners.size();
  }
}
