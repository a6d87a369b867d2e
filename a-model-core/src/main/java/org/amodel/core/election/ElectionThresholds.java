package org.amodel.core.election;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.ParameterKey;
import org.amodel.core.parameters.ParameterValue;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.parameters.Share;

/**
 * The numbers that decide an election: the turnout that makes it valid (a share of the registered
 * electorate), the votes that elect a candidate in the first vote (a share of the ballots cast), the
 * votes that elect in the run-off, and how many stand in the run-off. Each value cites its basis.
 *
 * <p>"Ballots cast" are all ballots returned, valid or not: the law counts those who took part in the
 * vote (参加投票的), not the valid ballots. The turnout counts the ballots returned too.
 */
public record ElectionThresholds(Threshold turnout, Threshold majority, Threshold runOffMinimum, RunOffSize runOffSize) {

  /** The parameters the thresholds are read from. */
  private static final ImmutableList<ParameterKey<?>> KEYS = ImmutableList.of(Parameters.ELECTION_TURNOUT,
      Parameters.ELECTION_MAJORITY, Parameters.ELECTION_RUN_OFF_MINIMUM, Parameters.ELECTION_RUN_OFF_CANDIDATES_PER_SEAT,
      Parameters.ELECTION_RUN_OFF_EXTRA_CANDIDATES);

  /**
   * The seed district's values (jinan-shizhong-2005), as {@link Parameters#jinanShizhong2005()} gives
   * them, following the villagers' committee law's art. 15, which the seed does not state and is
   * assumed here: valid if more than half of the registered electorate voted (有登记参加选举的村民过半数
   * 投票,选举有效); a candidate wins with more than half of the ballots cast (获得参加投票的村民过半数的
   * 选票,始得当选); in the run-off the most votes win if at least one third of the ballots cast (不得少于
   * 已投选票总数的三分之一). The law leaves the number of run-off candidates open; one more than the
   * unfilled seats is assumed, the fewest that keep the run-off competitive (差额).
   */
  public static final ElectionThresholds JINAN_SHIZHONG_2005 =
      from(Parameters.jinanShizhong2005(), Parameters.SEED_REFORM);

  /**
   * Returns the thresholds in force on {@code date} in {@code parameters} ({@code election.turnout},
   * {@code election.majority}, {@code election.runOff.minimum}, {@code election.runOff.candidatesPerSeat},
   * {@code election.runOff.extraCandidates}), each citing its value's source; empty if any of them is
   * not in force then.
   */
  public static Optional<ElectionThresholds> find(DistrictParameters parameters, LocalDate date) {
    requireNonNull(parameters, "parameters");
    requireNonNull(date, "date");
    if (KEYS.stream().anyMatch(k -> parameters.find(k, date).isEmpty())) {
      return Optional.empty();
    }
    ParameterValue<Share> turnout = parameters.findValue(Parameters.ELECTION_TURNOUT, date).orElseThrow();
    ParameterValue<Share> majority = parameters.findValue(Parameters.ELECTION_MAJORITY, date).orElseThrow();
    ParameterValue<Share> runOff = parameters.findValue(Parameters.ELECTION_RUN_OFF_MINIMUM, date).orElseThrow();
    ParameterValue<Integer> perSeat =
        parameters.findValue(Parameters.ELECTION_RUN_OFF_CANDIDATES_PER_SEAT, date).orElseThrow();
    ParameterValue<Integer> extra = parameters.findValue(Parameters.ELECTION_RUN_OFF_EXTRA_CANDIDATES, date).orElseThrow();
    String sizeBasis = perSeat.source().equals(extra.source()) ? perSeat.source()
        : perSeat.source() + "; " + extra.source();
    return Optional.of(new ElectionThresholds(
        Threshold.of(turnout.value(), turnout.source()),
        Threshold.of(majority.value(), majority.source()),
        Threshold.of(runOff.value(), runOff.source()),
        new RunOffSize(perSeat.value(), extra.value(), sizeBasis)));
  }

  /**
   * Returns the thresholds in force on {@code date} in {@code parameters}.
   *
   * @throws IllegalArgumentException naming the district, the date and the parameters not in force then
   */
  public static ElectionThresholds from(DistrictParameters parameters, LocalDate date) {
    return find(parameters, date).orElseThrow(() -> new IllegalArgumentException("district "
        + parameters.districtId() + " has no election thresholds on " + date + ": not in force then: "
        + KEYS.stream().filter(k -> parameters.find(k, date).isEmpty()).map(ParameterKey::name).toList()));
  }

  public ElectionThresholds {
    requireNonNull(turnout, "turnout");
    requireNonNull(majority, "majority");
    requireNonNull(runOffMinimum, "runOffMinimum");
    requireNonNull(runOffSize, "runOffSize");
  }

  public ElectionThresholds withTurnout(Threshold value) {
    return new ElectionThresholds(value, majority, runOffMinimum, runOffSize);
  }

  public ElectionThresholds withMajority(Threshold value) {
    return new ElectionThresholds(turnout, value, runOffMinimum, runOffSize);
  }

  public ElectionThresholds withRunOffMinimum(Threshold value) {
    return new ElectionThresholds(turnout, majority, value, runOffSize);
  }

  public ElectionThresholds withRunOffSize(RunOffSize value) {
    return new ElectionThresholds(turnout, majority, runOffMinimum, value);
  }
}
