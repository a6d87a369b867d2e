package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The run-off the first vote calls for: {@code seats} unfilled seats, and the candidates who stand,
 * ranked by their first-vote votes. {@code tieAtCut} names the candidates who tied at the last place
 * of the list and were all let in, making it longer than {@link RunOffSize} asked.
 */
public record RunOffCall(int seats, ImmutableList<String> candidateIds, Optional<Tie> tieAtCut) {
  public RunOffCall {
    checkArgument(seats >= 1, "seats must be at least 1, was %s", seats);
    candidateIds = ImmutableList.copyOf(candidateIds);
    requireNonNull(tieAtCut, "tieAtCut");
  }
}
