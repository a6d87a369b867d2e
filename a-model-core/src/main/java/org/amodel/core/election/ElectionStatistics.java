package org.amodel.core.election;

import org.amodel.core.model.ElectorateKind;
import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The figures of one election, computed from its count: who voted and how many were registered,
 * ballots issued, returned, valid and invalid in the first vote, the turnout (ballots returned ÷
 * registered electorate), the competitive ratio (candidates ÷ seats), whether the election was direct,
 * its status and the seats filled.
 */
public record ElectionStatistics(
    String electionId,
    String communityId,
    ElectorateKind electorateKind,
    int registeredElectorate,
    int ballotsIssued,
    int ballotsReturned,
    int validBallots,
    int invalidBallots,
    int candidates,
    int seats,
    int seatsFilled,
    ElectionStatus status) {

  public ElectionStatistics {
    requireNonNull(electionId, "electionId");
    requireNonNull(communityId, "communityId");
    requireNonNull(electorateKind, "electorateKind");
    checkArgument(registeredElectorate >= 1, "registeredElectorate must be at least 1, was %s", registeredElectorate);
    checkArgument(ballotsIssued >= 0, "ballotsIssued must not be negative, was %s", ballotsIssued);
    checkArgument(validBallots >= 0 && invalidBallots >= 0 && validBallots + invalidBallots == ballotsReturned,
        "validBallots %s + invalidBallots %s must make ballotsReturned %s", validBallots, invalidBallots, ballotsReturned);
    checkArgument(candidates >= 0, "candidates must not be negative, was %s", candidates);
    checkArgument(seats >= 1, "seats must be at least 1, was %s", seats);
    checkArgument(seatsFilled >= 0 && seatsFilled <= seats, "seatsFilled must be in [0, %s], was %s", seats, seatsFilled);
    requireNonNull(status, "status");
  }

  /** Returns the figures of {@code result}. */
  public static ElectionStatistics of(ElectionResult result) {
    Election e = result.election();
    RoundCount first = result.firstVote();
    return new ElectionStatistics(e.id(), e.communityId(), e.electorateKind(), e.registeredElectorate(),
        e.ballotsIssued(), first.ballotsReturned(), first.validBallots(), first.invalidBallots(),
        e.candidates().size(), e.seats().total(), result.winners().size(), result.status());
  }

  /** Returns the ballots returned in the first vote over the registered electorate (参选率). */
  public Ratio turnout() {
    return Ratio.of(ballotsReturned, registeredElectorate);
  }

  /** Returns the candidates over the seats (差额比); above 1 for a competitive election. */
  public Ratio competitiveRatio() {
    return Ratio.of(candidates, seats);
  }

  /** Returns true if the residents or their households voted themselves (直接选举). */
  public boolean direct() {
    return electorateKind.isDirect();
  }

  /** Returns true if there were more candidates than seats (差额选举). */
  public boolean competitive() {
    return candidates > seats;
  }
}
