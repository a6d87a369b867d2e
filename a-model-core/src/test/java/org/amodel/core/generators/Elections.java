package org.amodel.core.generators;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.amodel.core.election.Ballot;
import org.amodel.core.election.Candidate;
import org.amodel.core.election.Election;
import org.amodel.core.election.ElectionCount;
import org.amodel.core.election.ElectionThresholds;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.election.Nomination;
import org.amodel.core.election.RunOff;
import org.amodel.core.election.RunOffCall;
import org.amodel.core.election.SeatPlan;
import org.amodel.core.finding.RuleId;
import org.quicktheories.core.Gen;

/**
 * Generators of residents' committee elections ({@link Election}) for property tests.
 *
 * <ul>
 *   <li>{@link #any()}: everything the model admits — one to nine seats, from fewer candidates than
 *       seats to several more, electorates of 1 to 60 with turnouts around the half (exactly half and
 *       half + 1 often), more ballots returned than issued now and then, blank, unreadable, over-voted
 *       ballots and ballots for non-candidates, and a run-off half of the time (among the candidates
 *       the seed's count calls, or one nobody called).
 *   <li>{@link #valid()}: elections that break none of the seed's election rules: household
 *       representatives vote, more candidates than seats, more than half turn out and more than half of
 *       the ballots cast elect a slate of as many candidates as seats; the other ballots are of any kind.
 *   <li>{@link #breaking(RuleId)}: a valid election changed to break exactly the named rule.
 * </ul>
 *
 * <pre>{@code
 * qt().forAll(Elections.any()).checkAssert(e -> {
 *   RoundCount first = ElectionCount.of(e, ElectionThresholds.JINAN_SHIZHONG_2005).firstVote();
 *   assertEquals(e.ballotsReturned(), first.validBallots() + first.invalidBallots());
 * });
 * }</pre>
 */
public final class Elections {
  private Elections() {}

  private static final LocalDate EARLIEST = LocalDate.of(2005, 9, 1);
  private static final LocalDate LATEST = LocalDate.of(2024, 12, 31);
  private static final ElectionThresholds SEED = ElectionThresholds.JINAN_SHIZHONG_2005;

  private static final ImmutableMap<RuleId, BiFunction<Election, Draw, Election>> BREAKERS =
      ImmutableMap.<RuleId, BiFunction<Election, Draw, Election>>of(
          RuleId.DIRECT_ELECTION, Elections::indirect,
          RuleId.COMPETITIVE_ELECTION, Elections::asManyCandidatesAsSeats,
          RuleId.ELECTION_VALIDITY, Elections::invalid);

  /** Returns elections of every shape the model admits, void and valid, with and without a run-off. */
  public static Gen<Election> any() {
    return source -> any(new Draw(source));
  }

  /** Returns elections that break none of the seed's election rules. */
  public static Gen<Election> valid() {
    return source -> valid(new Draw(source));
  }

  /** Returns the rule ids {@link #breaking(RuleId)} knows. */
  public static ImmutableSet<RuleId> ruleIds() {
    return BREAKERS.keySet();
  }

  /**
   * Returns valid elections changed to break exactly {@code rule} under the seed's checker.
   *
   * @throws IllegalArgumentException if there is no breaker for {@code rule}
   */
  public static Gen<Election> breaking(RuleId rule) {
    BiFunction<Election, Draw, Election> breaker = BREAKERS.get(rule);
    checkArgument(breaker != null, "no election breaker for rule %s; there are breakers for %s", rule,
        BREAKERS.keySet());
    return source -> {
      Draw draw = new Draw(source);
      return breaker.apply(valid(draw), draw);
    };
  }

  static Election any(Draw d) {
    SeatPlan plan = seatPlan(d);
    int seats = plan.total();
    int candidateCount = d.oneIn(8) ? d.between(0, seats) : seats + d.between(1, 4);
    List<String> candidateIds = ids("p", candidateCount);
    int registered = d.between(1, 60);
    int returned = turnout(d, registered);
    int issued = d.oneIn(8) ? d.between(0, returned) : returned + d.between(0, 3);
    List<Integer> popularity = popularity(d, candidateCount);
    List<Ballot> ballots = votes(d, returned, candidateIds, popularity, seats);
    Election e = Election.of("e" + d.between(1, 999), "c" + d.between(1, 66), d.date(EARLIEST, LATEST), plan,
        d.oneIn(4) ? d.pick(List.of(ElectorateKind.values())) : ElectorateKind.HOUSEHOLD_REPRESENTATIVES, registered,
        candidates(d, candidateIds), issued, ballots);
    if (d.coin()) {
      return e;
    }
    Optional<RunOffCall> call = ElectionCount.of(e, SEED).runOffCall();
    List<String> standing = call.<List<String>>map(RunOffCall::candidateIds).orElse(candidateIds);
    int runOffSeats = call.map(RunOffCall::seats).orElse(1);
    int runOffReturned = turnout(d, registered);
    List<Ballot> runOffBallots = votes(d, runOffReturned, standing, popularity(d, standing.size()), runOffSeats);
    int runOffIssued = d.oneIn(8) ? d.between(0, runOffReturned) : runOffReturned + d.between(0, 3);
    return e.withRunOff(RunOff.of(e.date().plusDays(d.between(0, 14)), runOffIssued, runOffBallots));
  }

  static Election valid(Draw d) {
    SeatPlan plan = seatPlan(d);
    int seats = plan.total();
    List<String> candidateIds = ids("p", seats + d.between(1, 4));
    int registered = d.between(1, 60);
    int returned = d.oneIn(3) ? registered / 2 + 1 : d.between(registered / 2 + 1, registered);
    int issued = returned + (d.oneIn(3) ? 0 : d.between(0, 3));
    int forSlate = d.oneIn(3) ? returned / 2 + 1 : d.between(returned / 2 + 1, returned);
    Set<String> slate = new LinkedHashSet<>(candidateIds.subList(0, seats));
    List<Integer> popularity = popularity(d, candidateIds.size());
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < returned; i++) {
      ballots.add(i < forSlate ? Ballot.marking(slate) : ballot(d, candidateIds, popularity, seats));
    }
    // the slate's ballots need not come first
    List<Ballot> shuffled = new ArrayList<>();
    for (Ballot b : ballots) {
      shuffled.add(d.between(0, shuffled.size()), b);
    }
    return Election.of("e" + d.between(1, 999), "c" + d.between(1, 66), d.date(EARLIEST, LATEST), plan,
        ElectorateKind.HOUSEHOLD_REPRESENTATIVES, registered, candidates(d, candidateIds), issued, shuffled);
  }

  /** Breaks DIRECT_ELECTION: someone other than household representatives voted. */
  private static Election indirect(Election e, Draw d) {
    return e.withElectorateKind(d.pick(List.of(ElectorateKind.INDIVIDUAL_VOTERS, ElectorateKind.RESIDENTS_REPRESENTATIVES)));
  }

  /**
   * Breaks COMPETITIVE_ELECTION: only the slate stands. Ballots marking the others stay, now ballots
   * for non-candidates; the slate keeps more than half of the ballots cast.
   */
  private static Election asManyCandidatesAsSeats(Election e, Draw d) {
    return e.withCandidates(e.candidates().subList(0, e.seats().total()));
  }

  /** Breaks ELECTION_VALIDITY: more ballots returned than issued, or a turnout of at most half. */
  private static Election invalid(Election e, Draw d) {
    if (d.coin()) {
      return e.withBallotsIssued(e.ballotsReturned() - d.between(1, e.ballotsReturned()));
    }
    int keep = d.between(0, e.registeredElectorate() / 2);
    return e.withBallots(e.ballots().subList(0, Math.min(keep, e.ballotsReturned())));
  }

  private static SeatPlan seatPlan(Draw d) {
    int chairs = d.oneIn(6) ? 0 : 1;
    int viceChairs = d.between(0, 2);
    int members = d.between(0, 6);
    return chairs + viceChairs + members == 0 ? SeatPlan.of(0, 0, 1) : SeatPlan.of(chairs, viceChairs, members);
  }

  /** Returns a number of ballots returned, often exactly half or half + 1 of {@code registered}. */
  private static int turnout(Draw d, int registered) {
    return switch (d.between(0, 3)) {
      case 0 -> registered / 2;
      case 1 -> registered / 2 + 1;
      default -> d.between(0, registered + 2);
    };
  }

  /** Returns each candidate's chance, in quarters, of being marked on a ballot. */
  private static List<Integer> popularity(Draw d, int candidates) {
    List<Integer> p = new ArrayList<>();
    for (int i = 0; i < candidates; i++) {
      p.add(d.between(0, 4));
    }
    return p;
  }

  /**
   * Returns {@code n} ballots. Some votes have a favourite ballot that recurs, as slates do; others
   * have a pool of one more candidate than seats, most ballots marking all of the pool but one, so
   * that more candidates reach a majority than there are seats and ties at the last seat are common.
   */
  private static List<Ballot> votes(Draw d, int n, List<String> candidateIds, List<Integer> popularity, int seats) {
    int mode = d.between(0, 3);
    Optional<Ballot> favourite = mode == 1 ? Optional.of(ballot(d, candidateIds, popularity, seats)) : Optional.empty();
    List<String> pool = mode == 2 && candidateIds.size() > seats ? candidateIds.subList(0, seats + 1) : List.of();
    int share = d.between(1, 3);
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean usual = d.between(1, 4) <= share;
      if (usual && favourite.isPresent()) {
        ballots.add(favourite.orElseThrow());
      } else if (usual && !pool.isEmpty()) {
        List<String> marks = new ArrayList<>(pool);
        marks.remove(d.between(0, pool.size() - 1));
        ballots.add(Ballot.marking(new LinkedHashSet<>(marks)));
      } else {
        ballots.add(ballot(d, candidateIds, popularity, seats));
      }
    }
    return ballots;
  }

  private static Ballot ballot(Draw d, List<String> candidateIds, List<Integer> popularity, int seats) {
    switch (d.between(0, 19)) {
      case 0:
        return Ballot.blank();
      case 1:
        return Ballot.unreadable();
      case 2: { // a non-candidate among the marks
        Set<String> marks = new LinkedHashSet<>(marks(d, candidateIds, popularity, seats));
        marks.add("x" + d.between(1, 3));
        return Ballot.marking(marks);
      }
      case 3: { // over-voted, where there are enough candidates to be
        Set<String> marks = new LinkedHashSet<>(candidateIds);
        return Ballot.marking(marks);
      }
      default:
        return Ballot.marking(marks(d, candidateIds, popularity, seats));
    }
  }

  private static Set<String> marks(Draw d, List<String> candidateIds, List<Integer> popularity, int seats) {
    Set<String> marks = new LinkedHashSet<>();
    for (int i = 0; i < candidateIds.size() && marks.size() < seats; i++) {
      if (d.between(1, 4) <= popularity.get(i)) {
        marks.add(candidateIds.get(i));
      }
    }
    return marks;
  }

  private static List<Candidate> candidates(Draw d, List<String> ids) {
    List<Candidate> candidates = new ArrayList<>();
    for (String id : ids) {
      Nomination n = switch (d.between(0, 3)) {
        case 0 -> new Nomination.ByVoters(d.between(1, 20));
        case 1 -> new Nomination.ByResidentsGroup("g" + d.between(1, 9));
        case 2 -> new Nomination.ByOrganisation("party-branch");
        default -> new Nomination.Self();
      };
      candidates.add(Candidate.of(id, n));
    }
    return candidates;
  }

  private static List<String> ids(String prefix, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }
}
