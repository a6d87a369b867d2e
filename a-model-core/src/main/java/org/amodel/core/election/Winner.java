package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** A candidate elected in {@code round} with {@code votes} votes. */
public record Winner(String personId, int votes, VoteRound round) {
  public Winner {
    requireNonNull(personId, "personId");
    checkArgument(!personId.isBlank(), "personId must not be blank");
    checkArgument(votes >= 0, "votes must not be negative, was %s", votes);
    requireNonNull(round, "round");
  }
}
