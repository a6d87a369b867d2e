package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** A person standing in an election, and who nominated them. Ballots mark candidates by {@link #personId()}. */
public record Candidate(String personId, Nomination nomination) {
  public Candidate {
    requireNonNull(personId, "personId");
    checkArgument(!personId.isBlank(), "personId must not be blank");
    requireNonNull(nomination, "nomination");
  }

  public static Candidate of(String personId, Nomination nomination) {
    return new Candidate(personId, nomination);
  }
}
