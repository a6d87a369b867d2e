package org.amodel.core.election;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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
