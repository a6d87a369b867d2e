package org.amodel.core.voters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One registration (选民登记) of a person on a community's voter roll, on a date. Registrations sort
 * by date, then community, then person: the first registration of a person is the one that stands.
 */
public record Registration(String communityId, String personId, LocalDate registeredOn)
    implements Comparable<Registration> {

  private static final Comparator<Registration> ORDER = Comparator.comparing(Registration::registeredOn)
      .thenComparing(Registration::communityId)
      .thenComparing(Registration::personId);

  public Registration {
    requireNonNull(communityId, "communityId");
    checkArgument(!communityId.isBlank(), "communityId must not be blank");
    requireNonNull(personId, "personId");
    checkArgument(!personId.isBlank(), "personId must not be blank");
    requireNonNull(registeredOn, "registeredOn");
  }

  /** Returns the registration of {@code personId} in {@code communityId} on {@code registeredOn}. */
  public static Registration of(String communityId, String personId, LocalDate registeredOn) {
    return new Registration(communityId, personId, registeredOn);
  }

  @Override
  public int compareTo(Registration other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return personId + "@" + communityId + " " + registeredOn;
  }
}
