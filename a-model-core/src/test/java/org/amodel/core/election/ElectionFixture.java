package org.amodel.core.election;

import org.amodel.core.model.ElectorateKind;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;

/** Small hand-built elections for the examples: candidates, ballots by the hundred, and rejections. */
final class ElectionFixture {
  private ElectionFixture() {}

  static final String COMMUNITY = "c1";
  static final LocalDate DAY = LocalDate.of(2005, 9, 18);
  static final LocalDate RUN_OFF_DAY = LocalDate.of(2005, 9, 25);
  static final ElectionThresholds SEED = ElectionThresholds.JINAN_SHIZHONG_2005;

  /** Returns candidates with the given ids, each nominated jointly by ten voters. */
  static List<Candidate> candidates(String... ids) {
    return Arrays.stream(ids).map(id -> Candidate.of(id, new Nomination.ByVoters(10))).toList();
  }

  /** Returns {@code n} ballots marking {@code ids} (blank ballots if there are none). */
  static List<Ballot> votes(int n, String... ids) {
    return Collections.nCopies(n, Ballot.marking(ids));
  }

  /**
   * Returns {@code n} valid ballots of at most {@code maxMarks} marks each that give every candidate
   * exactly the votes in {@code votes}, spreading the marks evenly.
   */
  static List<Ballot> ballotsGiving(int n, int maxMarks, Map<String, Integer> votes) {
    List<Set<String>> marks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      marks.add(new LinkedHashSet<>());
    }
    votes.forEach((id, v) -> {
      if (v == 0) {
        return;
      }
      List<Set<String>> emptiest = marks.stream().sorted(Comparator.comparingInt(Set::size)).limit(v).toList();
      if (emptiest.size() < v || emptiest.get(v - 1).size() >= maxMarks) {
        throw new IllegalArgumentException(votes + " do not fit on " + n + " ballots of " + maxMarks + " marks");
      }
      emptiest.forEach(m -> m.add(id));
    });
    return marks.stream().map(Ballot::marking).toList();
  }

  /** Returns {@code n} copies of {@code ballot}. */
  static List<Ballot> times(int n, Ballot ballot) {
    return Collections.nCopies(n, ballot);
  }

  @SafeVarargs
  static List<Ballot> concat(List<Ballot>... parts) {
    List<Ballot> all = new ArrayList<>();
    Arrays.stream(parts).forEach(all::addAll);
    return all;
  }

  /** Returns an election for {@code plan} by household representatives, with every returned ballot issued. */
  static Election election(SeatPlan plan, int registered, List<String> candidateIds, List<Ballot> ballots) {
    return election(plan, registered, ballots.size(), candidateIds, ballots);
  }

  static Election election(SeatPlan plan, int registered, int issued, List<String> candidateIds, List<Ballot> ballots) {
    return Election.of("e1", COMMUNITY, DAY, plan, ElectorateKind.HOUSEHOLD_REPRESENTATIVES, registered,
        candidates(candidateIds.toArray(String[]::new)), issued, ballots);
  }

  /** Returns a one-seat election among {@code candidateIds}. */
  static Election oneSeat(int registered, List<String> candidateIds, List<Ballot> ballots) {
    return election(SeatPlan.of(0, 0, 1), registered, candidateIds, ballots);
  }

  /** Returns the run-off held on {@link #RUN_OFF_DAY} with every returned ballot issued. */
  static RunOff runOff(List<Ballot> ballots) {
    return RunOff.of(RUN_OFF_DAY, ballots.size(), ballots);
  }

  static ElectionResult count(Election e) {
    return ElectionCount.of(e, SEED);
  }

  /** Asserts {@code build} throws {@link IllegalArgumentException} whose message contains every part. */
  static IllegalArgumentException assertIllegal(Executable build, String... parts) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    for (String part : parts) {
      assertTrue(e.getMessage() != null && e.getMessage().contains(part),
          () -> "message '" + e.getMessage() + "' should mention '" + part + "'");
    }
    return e;
  }
}
