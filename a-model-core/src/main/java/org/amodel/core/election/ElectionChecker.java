package org.amodel.core.election;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.amodel.core.check.SeedCatalogue;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.Problems;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;

/**
 * Checks an election against the seed's election rules and returns findings, never exceptions:
 *
 * <ul>
 *   <li>DIRECT_ELECTION: the electorate is of the district's required kind (household representatives
 *       in the seed district, §二(二) "由户代表投票");
 *   <li>COMPETITIVE_ELECTION: more candidates than seats (差额), in the first vote and in the run-off;
 *   <li>ELECTION_VALIDITY: neither vote is void, a run-off was held where one was called and only
 *       then, and no seat is left unfilled after it.
 * </ul>
 *
 * <p>Winners tied across two posts ({@link ElectionResult#postTies()}) are not a finding: the election
 * is valid, only the ranking cannot say who takes which post, and the posts are then given to {@link
 * ElectionResult#committee(String, org.amodel.core.model.Term, java.util.Map)}.
 *
 * <p>Each finding is about the election's community ({@link Subject#community}); its messages name
 * the election and the numbers; severity and basis come from {@link SeedCatalogue}. Thread-safe and
 * stateless.
 *
 * <pre>{@code
 * List<Finding> findings = ElectionChecker.seed().check(election, LocalDate.of(2005, 10, 1));
 * }</pre>
 */
public final class ElectionChecker {
  private final Function<LocalDate, Optional<ElectorateKind>> requiredKind;
  private final Function<LocalDate, Optional<ElectionThresholds>> thresholds;

  private ElectionChecker(
      Function<LocalDate, Optional<ElectorateKind>> requiredKind,
      Function<LocalDate, Optional<ElectionThresholds>> thresholds) {
    this.requiredKind = requiredKind;
    this.thresholds = thresholds;
  }

  /** Returns a checker requiring {@code requiredKind} to vote, counting under {@code thresholds}. */
  public static ElectionChecker of(ElectorateKind requiredKind, ElectionThresholds thresholds) {
    requireNonNull(requiredKind, "requiredKind");
    requireNonNull(thresholds, "thresholds");
    return new ElectionChecker(d -> Optional.of(requiredKind), d -> Optional.of(thresholds));
  }

  /**
   * Returns a checker reading {@code parameters} as in force on each election's day: the electorate
   * {@code election.electorate} requires (none, if it is not set: DIRECT_ELECTION does not apply),
   * and the thresholds of {@link ElectionThresholds#find} (if they are not all set, the election
   * cannot be counted: ELECTION_VALIDITY and the run-off's COMPETITIVE_ELECTION do not apply).
   */
  public static ElectionChecker of(DistrictParameters parameters) {
    requireNonNull(parameters, "parameters");
    return new ElectionChecker(d -> parameters.find(Parameters.ELECTION_ELECTORATE, d),
        d -> ElectionThresholds.find(parameters, d));
  }

  /** Returns the seed district's checker: household representatives vote, {@link ElectionThresholds#JINAN_SHIZHONG_2005}. */
  public static ElectionChecker seed() {
    return of(ElectorateKind.HOUSEHOLD_REPRESENTATIVES, ElectionThresholds.JINAN_SHIZHONG_2005);
  }

  /** Returns the electorate this checker requires of an election held on {@code day}, if any. */
  public Optional<ElectorateKind> requiredKind(LocalDate day) {
    return requiredKind.apply(requireNonNull(day, "day"));
  }

  /** Returns the thresholds this checker counts an election held on {@code day} under, if any. */
  public Optional<ElectionThresholds> thresholds(LocalDate day) {
    return thresholds.apply(requireNonNull(day, "day"));
  }

  /**
   * Returns the findings on {@code election} as of {@code asOf}, counted under this checker's
   * thresholds, sorted by rule id. A run-off dated after {@code asOf} has not been held as of then.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the election
   */
  public ImmutableList<Finding> check(Election election, LocalDate asOf) {
    requireNonNull(election, "election");
    requireNonNull(asOf, "asOf");
    Election known = election.asKnownOn(asOf);
    Optional<ElectionThresholds> counting = thresholds(election.date());
    if (counting.isEmpty()) {
      List<Finding> findings = new ArrayList<>();
      directElection(election, asOf).ifPresent(findings::add);
      competitiveElection(election, Optional.empty(), asOf).ifPresent(findings::add);
      return ImmutableList.sortedCopyOf(findings);
    }
    return check(ElectionCount.of(known, counting.get()), asOf);
  }

  /**
   * Returns the findings on an election already counted, under the thresholds it was counted with.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the election
   */
  public ImmutableList<Finding> check(ElectionResult result, LocalDate asOf) {
    requireNonNull(result, "result");
    requireNonNull(asOf, "asOf");
    Election election = result.election();
    Election knownElection = election.asKnownOn(asOf);
    ElectionResult known = knownElection == election ? result : ElectionCount.of(knownElection, result.thresholds());
    List<Finding> findings = new ArrayList<>();
    directElection(election, asOf).ifPresent(findings::add);
    competitiveElection(election, known.runOffCall(), asOf).ifPresent(findings::add);
    validity(known, asOf).ifPresent(findings::add);
    return findings.stream()
        .sorted()
        .collect(ImmutableList.toImmutableList());
  }

  private Optional<Finding> directElection(Election election, LocalDate asOf) {
    ElectorateKind kind = election.electorateKind();
    Optional<ElectorateKind> required = requiredKind(election.date());
    if (required.isEmpty() || kind == required.get()) {
      return Optional.empty();
    }
    ElectorateKind requiredKind = required.get();
    return Optional.of(finding(RuleId.DIRECT_ELECTION, election, asOf,
        "选举由" + kind.nameZh() + "投票(" + (kind.isDirect() ? "直接选举" : "间接选举") + "),本区要求由"
            + requiredKind.nameZh() + "投票",
        "voted by " + kind.nameEn() + " (" + (kind.isDirect() ? "direct" : "indirect") + "); "
            + requiredKind.nameEn() + " voting required"));
  }

  private static Optional<Finding> competitiveElection(
      Election election, Optional<RunOffCall> runOffCall, LocalDate asOf) {
    Problems problems = new Problems();
    int candidates = election.candidates().size();
    int seats = election.seats().total();
    if (candidates <= seats) {
      problems.add("候选人 " + Text.count(candidates) + " 人,应选名额 " + Text.count(seats) + " 名,候选人数应多于应选名额",
          Text.candidatesEn(candidates) + " for " + Text.seatsEn(seats) + "; more candidates than seats required");
    }
    runOffCall.filter(c -> c.candidateIds().size() <= c.seats()).ifPresent(c -> problems.add(
        "另行选举候选人 " + Text.count(c.candidateIds().size()) + " 人,应选名额 " + Text.count(c.seats())
            + " 名,候选人数应多于应选名额",
        "run-off: " + Text.candidatesEn(c.candidateIds().size()) + " for " + Text.seatsEn(c.seats())
            + "; more candidates than seats required"));
    return finding(RuleId.COMPETITIVE_ELECTION, election, asOf, problems);
  }

  private static Optional<Finding> validity(ElectionResult result, LocalDate asOf) {
    Problems problems = new Problems();
    RoundCount first = result.firstVote();
    first.voidReasons().forEach(r -> problems.add("选举无效:" + r.messageZh(), "void: " + r.messageEn()));
    if (result.status() == ElectionStatus.RUN_OFF_PENDING) {
      RunOffCall call = result.runOffCall().orElseThrow();
      problems.add("第一次投票后缺额 " + Text.count(call.seats()) + " 名,另行选举(候选人 " + Text.idsZh(call.candidateIds())
              + ")尚未举行" + first.tie().map(t -> ";" + t.describeZh()).orElse(""),
          Text.seatsEn(call.seats()) + " unfilled after the first vote; the run-off among "
              + Text.idsEn(call.candidateIds()) + " has not been held" + first.tie().map(t -> "; " + t.describeEn()).orElse(""));
    }
    result.runOff().ifPresent(runOff -> {
      runOff.voidReasons().forEach(r -> problems.add("另行选举无效:" + r.messageZh(), "run-off void: " + r.messageEn()));
      if (result.status() == ElectionStatus.SEATS_UNFILLED) {
        int unfilled = result.unfilledSeats();
        problems.add("另行选举后仍缺额 " + Text.count(unfilled) + " 名" + runOff.tie().map(t -> ";" + t.describeZh()).orElse(""),
            Text.seatsEn(unfilled) + " unfilled after the run-off" + runOff.tie().map(t -> "; " + t.describeEn()).orElse(""));
      }
    });
    return finding(RuleId.ELECTION_VALIDITY, result.election(), asOf, problems);
  }

  private static Finding finding(
      RuleId id, Election e, LocalDate asOf, String messageZh, String messageEn) {
    return SeedCatalogue.rule(id).finding(Subject.community(e.communityId()),
        "选举 " + e.id() + ":" + messageZh, "election " + e.id() + ": " + messageEn, asOf);
  }

  /** Returns the finding of rule {@code id} joining {@code problems}, if there are any. */
  private static Optional<Finding> finding(RuleId id, Election election, LocalDate asOf, Problems problems) {
    return problems.isEmpty() ? Optional.empty() : Optional.of(finding(id, election, asOf, problems.zh(), problems.en()));
  }
}
