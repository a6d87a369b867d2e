package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * Figures over many elections, such as a district's round of committee elections: how many were
 * direct (直选率), how many filled every seat (成功率), and the turnout over all of them (参选率: ballots
 * returned over the registered electorate, summed).
 */
public record ElectionSummary(int elections, int direct, int competitive, int elected, long registered, long returned) {
  public ElectionSummary {
    checkArgument(elections >= 1, "elections must be at least 1, was %s", elections);
    checkArgument(direct >= 0 && direct <= elections, "direct must be in [0, %s], was %s", elections, direct);
    checkArgument(competitive >= 0 && competitive <= elections,
        "competitive must be in [0, %s], was %s", elections, competitive);
    checkArgument(elected >= 0 && elected <= elections, "elected must be in [0, %s], was %s", elections, elected);
    checkArgument(registered >= elections, "registered must be at least %s, was %s", elections, registered);
    checkArgument(returned >= 0, "returned must not be negative, was %s", returned);
  }

  /**
   * Returns the summary of {@code statistics}.
   *
   * @throws IllegalArgumentException if there are none
   */
  public static ElectionSummary of(List<ElectionStatistics> statistics) {
    checkArgument(!statistics.isEmpty(), "statistics must not be empty");
    int direct = 0;
    int competitive = 0;
    int elected = 0;
    long registered = 0;
    long returned = 0;
    for (ElectionStatistics s : statistics) {
      direct += s.direct() ? 1 : 0;
      competitive += s.competitive() ? 1 : 0;
      elected += s.status() == ElectionStatus.ELECTED ? 1 : 0;
      registered += s.registeredElectorate();
      returned += s.ballotsReturned();
    }
    return new ElectionSummary(statistics.size(), direct, competitive, elected, registered, returned);
  }

  /** Returns the share of elections that were direct (直选率). */
  public Ratio directRate() {
    return Ratio.of(direct, elections);
  }

  /** Returns the share of elections that filled every seat (成功率). */
  public Ratio successRate() {
    return Ratio.of(elected, elections);
  }

  /** Returns the ballots returned over the registered electorate, over all elections (参选率). */
  public Ratio turnout() {
    return Ratio.of(returned, registered);
  }
}
