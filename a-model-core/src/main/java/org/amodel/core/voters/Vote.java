package org.amodel.core.voters;

import org.amodel.core.model.ElectorateKind;
import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** How a person takes part in the vote, by the district's {@link ElectorateKind}. */
public sealed interface Vote permits Vote.Individual, Vote.ForHousehold, Vote.ThroughRepresentative,
    Vote.HouseholdUnrepresented, Vote.NoVote {

  /** Returns true if this person casts a ballot that is counted once in the electorate. */
  boolean casts();

  /** Votes in person, for themselves. */
  record Individual() implements Vote {
    @Override
    public boolean casts() {
      return true;
    }
  }

  /** Casts the one vote of household {@code householdId}, as its representative (户代表). */
  record ForHousehold(String householdId) implements Vote {
    public ForHousehold {
      requireNonNull(householdId, "householdId");
      checkArgument(!householdId.isBlank(), "householdId must not be blank");
    }

    @Override
    public boolean casts() {
      return true;
    }
  }

  /** Votes through {@code representativeId}, who casts the one vote of household {@code householdId}. */
  record ThroughRepresentative(String householdId, String representativeId) implements Vote {
    public ThroughRepresentative {
      requireNonNull(householdId, "householdId");
      requireNonNull(representativeId, "representativeId");
    }

    @Override
    public boolean casts() {
      return false;
    }
  }

  /**
   * On the roll, but household {@code householdId} casts no vote: its representative {@code
   * representativeId} is not on the roll, and the household must name one who is.
   */
  record HouseholdUnrepresented(String householdId, String representativeId) implements Vote {
    public HouseholdUnrepresented {
      requireNonNull(householdId, "householdId");
      requireNonNull(representativeId, "representativeId");
    }

    @Override
    public boolean casts() {
      return false;
    }
  }

  /** Not on the roll. */
  record NoVote() implements Vote {
    @Override
    public boolean casts() {
      return false;
    }
  }
}
