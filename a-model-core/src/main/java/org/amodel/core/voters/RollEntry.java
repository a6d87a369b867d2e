package org.amodel.core.voters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.amodel.core.model.Person;

/**
 * One line of a voter roll: a person the community knows (or a registered person it does not), where
 * they stand, their registrations in date order, and how they vote.
 *
 * <p>Structural truths: every registration names this person; a person on the roll is registered
 * and a person eligible but not on it is not; only a person on the roll has a vote other than {@link
 * Vote.NoVote}; an unknown person ({@code person} empty) is ineligible for that reason.
 */
public record RollEntry(
    String personId, Optional<Person> person, Standing standing, ImmutableList<Registration> registrations,
    Vote vote) {

  public RollEntry {
    requireNonNull(personId, "personId");
    requireNonNull(person, "person");
    requireNonNull(standing, "standing");
    requireNonNull(vote, "vote");
    registrations = ImmutableList.sortedCopyOf(registrations);
    person.ifPresent(p -> checkArgument(p.id().equals(personId),
        "person %s does not match personId %s", p.id(), personId));
    for (Registration r : registrations) {
      checkArgument(r.personId().equals(personId), "registrations of %s include %s", personId, r);
    }
    if (standing instanceof Standing.OnRoll) {
      checkArgument(!registrations.isEmpty(), "%s is on the roll, so registrations must not be empty", personId);
      checkArgument(!(vote instanceof Vote.NoVote), "%s is on the roll, so vote must not be NoVote", personId);
    } else {
      checkArgument(vote instanceof Vote.NoVote, "%s is not on the roll, so vote must be NoVote, got %s",
          personId, vote);
    }
    if (standing instanceof Standing.Unregistered) {
      checkArgument(registrations.isEmpty(), "%s is eligible but unregistered, so registrations must be empty, got %s",
          personId, registrations);
    }
    checkArgument(person.isPresent() || standing.equals(unknown()),
        "%s is unknown to the community, so standing must be Ineligible for UnknownPerson alone, got %s",
        personId, standing);
  }

  private static Standing unknown() {
    return new Standing.Ineligible(ImmutableList.of(new Reason.UnknownPerson()));
  }

  /** Returns the line of a registered person the community does not know. */
  static RollEntry unknownPerson(String personId, ImmutableList<Registration> registrations) {
    return new RollEntry(personId, Optional.empty(), unknown(), registrations, new Vote.NoVote());
  }

  /** Returns true if the person is on the roll: eligible and registered. */
  public boolean onRoll() {
    return standing instanceof Standing.OnRoll;
  }

  /** Returns true if the person was registered at least once. */
  public boolean registered() {
    return !registrations.isEmpty();
  }

  /** Returns the person's name, or their id if the community does not know them. */
  public String name() {
    return person.map(Person::name).orElse(personId);
  }
}
