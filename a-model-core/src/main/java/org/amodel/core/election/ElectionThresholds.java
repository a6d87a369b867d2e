package org.amodel.core.election;

import static java.util.Objects.requireNonNull;

/**
 * The numbers that decide an election: the turnout that makes it valid (a share of the registered
 * electorate), the votes that elect a candidate in the first vote (a share of the ballots cast), the
 * votes that elect in the run-off, and how many stand in the run-off. Each value cites its basis.
 *
 * <p>"Ballots cast" are all ballots returned, valid or not: the law counts those who took part in the
 * vote (参加投票的), not the valid ballots. The turnout counts the ballots returned too.
 */
public record ElectionThresholds(Threshold turnout, Threshold majority, Threshold runOffMinimum, RunOffSize runOffSize) {

  private static final String ASSUMED = "村民委员会组织法(2010)第十五条的模式,本区居委会选举沿用,系假定(seed 未载明)"
      + " / pattern of the Villagers' Committees Organic Law (2010) art. 15, assumed for this district: the seed does not state it";

  /**
   * The seed district's values (jinan-shizhong-2005), following the villagers' committee law's
   * art. 15, which the seed does not state and is assumed here: valid if more than half of the
   * registered electorate voted (有登记参加选举的村民过半数投票,选举有效); a candidate wins with more
   * than half of the ballots cast (获得参加投票的村民过半数的选票,始得当选); in the run-off the most
   * votes win if at least one third of the ballots cast (不得少于已投选票总数的三分之一). The law leaves
   * the number of run-off candidates open; one more than the unfilled seats is assumed, the fewest
   * that keep the run-off competitive (差额).
   */
  public static final ElectionThresholds JINAN_SHIZHONG_2005 = new ElectionThresholds(
      Threshold.moreThan(1, 2, "有登记参加选举的过半数投票,选举有效 / valid if more than half of the registered vote — " + ASSUMED),
      Threshold.moreThan(1, 2, "候选人获得参加投票的过半数的选票,始得当选 / elected with more than half of the ballots cast — "
          + ASSUMED),
      Threshold.atLeast(1, 3, "另行选举,以得票多的当选,但所得票数不得少于已投选票总数的三分之一"
          + " / in the run-off the most votes win, with at least one third of the ballots cast — " + ASSUMED),
      RunOffSize.unfilledPlus(1, "另行选举候选人按第一次投票得票多少确定,人数多于不足名额一人(假定,法律未定人数)"
          + " / the run-off's candidates are the first vote's runners-up by votes, one more than the unfilled seats"
          + " (assumed: the law sets no number)"));

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
