package org.amodel.core.election;

import org.amodel.core.model.ElectorateKind;
import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The election of a community's residents' committee, as held: the seats, who voted (the electorate's
 * kind and registered size), the candidates and who nominated them, the ballots issued, every ballot
 * returned, and the run-off if one was held.
 *
 * <pre>{@code
 * Election e = Election.of("e1", "c1", LocalDate.of(2005, 9, 18), SeatPlan.of(1, 2, 4),
 *         ElectorateKind.HOUSEHOLD_REPRESENTATIVES, 620, candidates, 600, ballots);
 * ElectionResult result = ElectionCount.of(e, ElectionThresholds.JINAN_SHIZHONG_2005);
 * }</pre>
 *
 * <p>Structural truths checked here, with {@link IllegalArgumentException} naming the field: ids are
 * not blank, counts are not negative, at least one voter is registered, no candidate is listed twice,
 * and a run-off is not held before the election. Everything a district may judge otherwise — more
 * ballots returned than issued, a low turnout, too few candidates, ballots marking non-candidates — is
 * kept as it is and reported by {@link ElectionCount} and {@link ElectionChecker}; no ballot is dropped.
 */
public record Election(
    String id,
    String communityId,
    LocalDate date,
    SeatPlan seats,
    ElectorateKind electorateKind,
    int registeredElectorate,
    ImmutableList<Candidate> candidates,
    int ballotsIssued,
    ImmutableList<Ballot> ballots,
    Optional<RunOff> runOff) {

  public Election {
    requireNonNull(id, "id");
    checkArgument(!id.isBlank(), "id must not be blank");
    requireNonNull(communityId, "communityId");
    checkArgument(!communityId.isBlank(), "communityId must not be blank");
    requireNonNull(date, "date");
    requireNonNull(seats, "seats");
    requireNonNull(electorateKind, "electorateKind");
    checkArgument(registeredElectorate >= 1,
        "registeredElectorate must be at least 1, was %s", registeredElectorate);
    candidates = ImmutableList.copyOf(candidates);
    Set<String> seen = new HashSet<>();
    for (Candidate c : candidates) {
      checkArgument(seen.add(c.personId()), "candidates of election %s list %s more than once", id, c.personId());
    }
    checkArgument(ballotsIssued >= 0, "ballotsIssued must not be negative, was %s", ballotsIssued);
    ballots = ImmutableList.copyOf(ballots);
    requireNonNull(runOff, "runOff");
    runOff.ifPresent(r -> checkArgument(!r.date().isBefore(date),
        "runOff of election %s dated %s, before the election on %s", id, r.date(), date));
  }

  /** Returns an election without a run-off. */
  public static Election of(
      String id, String communityId, LocalDate date, SeatPlan seats, ElectorateKind electorateKind,
      int registeredElectorate, List<Candidate> candidates, int ballotsIssued, List<Ballot> ballots) {
    return new Election(id, communityId, date, seats, electorateKind, registeredElectorate,
        ImmutableList.copyOf(candidates), ballotsIssued, ImmutableList.copyOf(ballots), Optional.empty());
  }

  /** Returns a copy with {@code held} as its run-off. */
  public Election withRunOff(RunOff held) {
    return new Election(id, communityId, date, seats, electorateKind, registeredElectorate, candidates,
        ballotsIssued, ballots, Optional.of(held));
  }

  /** Returns a copy without a run-off. */
  public Election withoutRunOff() {
    return new Election(id, communityId, date, seats, electorateKind, registeredElectorate, candidates,
        ballotsIssued, ballots, Optional.empty());
  }

  /** Returns a copy with {@code issued} ballots issued. */
  public Election withBallotsIssued(int issued) {
    return new Election(id, communityId, date, seats, electorateKind, registeredElectorate, candidates, issued,
        ballots, runOff);
  }

  /** Returns a copy whose returned ballots are {@code newBallots}. */
  public Election withBallots(List<Ballot> newBallots) {
    return new Election(id, communityId, date, seats, electorateKind, registeredElectorate, candidates,
        ballotsIssued, ImmutableList.copyOf(newBallots), runOff);
  }

  /** Returns a copy whose voters are of {@code kind}. */
  public Election withElectorateKind(ElectorateKind kind) {
    return new Election(id, communityId, date, seats, kind, registeredElectorate, candidates,
        ballotsIssued, ballots, runOff);
  }

  /** Returns a copy whose candidates are {@code newCandidates}. */
  public Election withCandidates(List<Candidate> newCandidates) {
    return new Election(id, communityId, date, seats, electorateKind, registeredElectorate,
        ImmutableList.copyOf(newCandidates), ballotsIssued, ballots, runOff);
  }

  /** Returns the number of ballots returned (cast) in the first vote. */
  public int ballotsReturned() {
    return ballots.size();
  }

  /** Returns the candidates' person ids, in the order listed. */
  public ImmutableList<String> candidateIds() {
    return candidates.stream().map(Candidate::personId).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns this election as known on {@code day}: without its run-off if the run-off is dated after
   * {@code day} (it has not been held yet), else this election itself.
   *
   * @throws IllegalArgumentException naming the election and both dates, if {@code day} is before it
   */
  public Election asKnownOn(LocalDate day) {
    requireNonNull(day, "day");
    checkArgument(!day.isBefore(date), "asOf %s is before election %s on %s", day, id, date);
    return runOff.filter(r -> r.date().isAfter(day)).isPresent() ? withoutRunOff() : this;
  }

  /** Returns the day of the last vote: the run-off's date if one was held, else the election's. */
  public LocalDate lastVoteDate() {
    return runOff.map(RunOff::date).orElse(date);
  }
}
