package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * The second vote of an election (另行选举), as held: its date, the ballots issued and every ballot
 * returned. Who stood and for how many seats follows from the first vote's count ({@link RunOffCall}).
 */
public record RunOff(LocalDate date, int ballotsIssued, ImmutableList<Ballot> ballots) {
  public RunOff {
    requireNonNull(date, "date");
    checkArgument(ballotsIssued >= 0, "ballotsIssued must not be negative, was %s", ballotsIssued);
    ballots = ImmutableList.copyOf(ballots);
  }

  public static RunOff of(LocalDate date, int ballotsIssued, List<Ballot> ballots) {
    return new RunOff(date, ballotsIssued, ImmutableList.copyOf(ballots));
  }

  /** Returns the number of ballots returned (cast). */
  public int ballotsReturned() {
    return ballots.size();
  }
}
