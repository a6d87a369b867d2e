package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** One returned ballot as counted: its position among the returned ballots, and valid or why not. */
public record CountedBallot(int position, Ballot ballot, Optional<InvalidReason> invalidReason) {
  public CountedBallot {
    checkArgument(position >= 0, "position must not be negative, was %s", position);
    requireNonNull(ballot, "ballot");
    requireNonNull(invalidReason, "invalidReason");
  }

  public boolean isValid() {
    return invalidReason.isEmpty();
  }
}
