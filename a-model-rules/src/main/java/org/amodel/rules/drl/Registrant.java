package org.amodel.rules.drl;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.CommunityTie;
import org.amodel.core.model.Person;
import org.amodel.core.model.TieKind;
import org.amodel.core.voters.Deprivation;
import org.amodel.core.voters.Registration;

/**
 * A fact for rule files: a person registered at least once on a community's voter roll, with what
 * the community records about them, unjudged: their registrations there (in date order), the person
 * (null if the community does not know them), the household of the community they belong to (null if
 * none), their seats in its representative assembly, the deprivations of political rights on record
 * for them, and their ties to the community ({@link #tieOn}). Whether that makes them eligible is for
 * the rules to say.
 *
 * <pre>
 * $r : Registrant( person != null &amp;&amp; householdId == null &amp;&amp; tieOn(params.asOf()) == null &amp;&amp; seats.isEmpty() )
 * $d : Deprivation( inForceOn(params.asOf()) ) from $r.deprivations()
 * </pre>
 */
public final class Registrant {
  private static final Comparator<CommunityTie> TIE_ORDER = Comparator
      .comparing((CommunityTie t) -> t.period().from())
      .thenComparing(t -> t.period().until().orElse(LocalDate.MAX))
      .thenComparing(CommunityTie::kind);

  private final String communityId;
  private final String personId;
  private final Person person;
  private final ImmutableList<Registration> registrations;
  private final String householdId;
  private final ImmutableList<AssemblyRepresentative> seats;
  private final ImmutableList<Deprivation> deprivations;

  /**
   * Returns the registrant {@code personId} of {@code communityId}.
   *
   * @param person the person, or null if the community does not know them
   * @param householdId the community's household they belong to, or null if none
   * @throws IllegalArgumentException if there is no registration, or one is of another person or
   *     community, or a seat or deprivation is another person's
   */
  public Registrant(String communityId, String personId, Person person, List<Registration> registrations,
      String householdId, List<AssemblyRepresentative> seats, List<Deprivation> deprivations) {
    this.communityId = requireNonNull(communityId, "communityId");
    this.personId = requireNonNull(personId, "personId");
    this.person = person;
    this.registrations = ImmutableList.sortedCopyOf(registrations);
    this.householdId = householdId;
    this.seats = ImmutableList.copyOf(seats);
    this.deprivations = ImmutableList.copyOf(deprivations);
    checkArgument(!this.registrations.isEmpty(), "registrant %s of %s has no registration", personId, communityId);
    checkArgument(person == null || person.id().equals(personId), "person %s is not %s", person, personId);
    for (Registration r : this.registrations) {
      checkArgument(r.personId().equals(personId) && r.communityId().equals(communityId),
          "registration %s is not of %s in %s", r, personId, communityId);
    }
    this.seats.forEach(s -> checkArgument(s.personId().equals(personId), "seat %s is not %s's", s, personId));
    this.deprivations.forEach(d -> checkArgument(d.personId().equals(personId),
        "deprivation %s is not of %s", d, personId));
  }

  public String communityId() {
    return communityId;
  }

  public String personId() {
    return personId;
  }

  /** Returns the person, or null if the community does not know them. */
  public Person person() {
    return person;
  }

  /** Returns the person's name, or their id if the community does not know them. */
  public String name() {
    return person != null ? person.name() : personId;
  }

  /** Returns the registrations in this community, earliest first. */
  public ImmutableList<Registration> registrations() {
    return registrations;
  }

  /** Returns the date of the first registration in this community. */
  public LocalDate firstRegisteredOn() {
    return registrations.get(0).registeredOn();
  }

  /** Returns the household of the community the person belongs to, or null if none. */
  public String householdId() {
    return householdId;
  }

  /** Returns the person's seats in the community's representative assemblies. */
  public ImmutableList<AssemblyRepresentative> seats() {
    return seats;
  }

  /** Returns the deprivations of political rights on record for the person, in force or not. */
  public ImmutableList<Deprivation> deprivations() {
    return deprivations;
  }

  /**
   * Returns the stretch of living or working in this community that runs on {@code date}: the
   * person's ties to the community that began by then, contiguous (one ending the day before the
   * next begins) or overlapping periods joined, if the last stretch has not ended before {@code date};
   * null if there is none, or the community does not know the person.
   */
  public Tie tieOn(LocalDate date) {
    requireNonNull(date, "date");
    if (person == null) {
      return null;
    }
    List<CommunityTie> ties = person.communityTies().stream()
        .filter(t -> t.communityId().equals(communityId) && !t.period().from().isAfter(date))
        .sorted(TIE_ORDER)
        .toList();
    if (ties.isEmpty()) {
      return null;
    }
    LocalDate since = null;
    Optional<LocalDate> until = Optional.empty();
    Set<TieKind> kinds = EnumSet.noneOf(TieKind.class);
    for (CommunityTie t : ties) {
      boolean continues = since != null && until.map(u -> !t.period().from().isAfter(u.plusDays(1))).orElse(true);
      if (!continues) {
        since = t.period().from();
        until = t.period().until();
        kinds.clear();
      } else if (until.isPresent()) {
        Optional<LocalDate> next = t.period().until();
        until = next.isEmpty() || next.get().isAfter(until.get()) ? next : until;
      }
      kinds.add(t.kind());
    }
    if (until.isPresent() && until.get().isBefore(date)) {
      return null;
    }
    return new Tie(ImmutableSet.copyOf(kinds), since);
  }

  @Override
  public String toString() {
    return "Registrant " + personId + "@" + communityId + " (" + registrations.size()
        + (registrations.size() == 1 ? " registration)" : " registrations)");
  }
}
