package org.amodel.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A person known to a community: resident, post holder or both.
 *
 * <p>Build with {@link #of} and the {@code with…} copies:
 *
 * <pre>{@code
 * Person li = Person.of("p1", "李明", LocalDate.of(1972, 3, 1), EducationLevel.COLLEGE)
 *     .withPartyMembership(PartyMembership.full(LocalDate.of(1995, 7, 1), LocalDate.of(1996, 7, 1)));
 * }</pre>
 */
public record Person(
    String id,
    String name,
    LocalDate birthDate,
    EducationLevel education,
    Optional<PartyMembership> partyMembership,
    ImmutableList<OutsidePost> outsidePosts,
    ImmutableList<CommunityTie> communityTies) {

  public Person {
    Checks.id(id, "id");
    Checks.text(name, "name");
    requireNonNull(birthDate, "birthDate");
    requireNonNull(education, "education");
    requireNonNull(partyMembership, "partyMembership");
    partyMembership.ifPresent(
        m -> checkArgument(!m.admitted().isBefore(birthDate),
            "partyMembership of %s admitted %s before birthDate %s", id, m.admitted(), birthDate));
    outsidePosts = ImmutableList.copyOf(outsidePosts);
    communityTies = ImmutableList.copyOf(communityTies);
  }

  /** Returns a person with no Party membership, no outside post and no recorded ties. */
  public static Person of(String id, String name, LocalDate birthDate, EducationLevel education) {
    return new Person(id, name, birthDate, education, Optional.empty(), ImmutableList.of(), ImmutableList.of());
  }

  public Person withPartyMembership(PartyMembership membership) {
    return new Person(id, name, birthDate, education, Optional.of(membership), outsidePosts, communityTies);
  }

  public Person withoutPartyMembership() {
    return new Person(id, name, birthDate, education, Optional.empty(), outsidePosts, communityTies);
  }

  public Person withEducation(EducationLevel level) {
    return new Person(id, name, birthDate, level, partyMembership, outsidePosts, communityTies);
  }

  public Person withBirthDate(LocalDate date) {
    return new Person(id, name, date, education, partyMembership, outsidePosts, communityTies);
  }

  public Person withOutsidePosts(List<OutsidePost> posts) {
    return new Person(id, name, birthDate, education, partyMembership, ImmutableList.copyOf(posts), communityTies);
  }

  public Person withCommunityTies(List<CommunityTie> ties) {
    return new Person(id, name, birthDate, education, partyMembership, outsidePosts, ImmutableList.copyOf(ties));
  }

  /**
   * Returns the age in full years (周岁) on {@code date}.
   *
   * @throws IllegalArgumentException if {@code date} is before the birth date
   */
  public int ageOn(LocalDate date) {
    checkArgument(!date.isBefore(birthDate), "date %s is before birthDate %s of %s", date, birthDate, id);
    return Period.between(birthDate, date).getYears();
  }

  /** Returns the Party status on {@code date}. */
  public PartyStatus partyStatusOn(LocalDate date) {
    return partyMembership.map(m -> m.statusOn(date)).orElse(PartyStatus.NOT_A_MEMBER);
  }

  /** Returns the outside posts held on {@code date}. */
  public ImmutableList<OutsidePost> outsidePostsOn(LocalDate date) {
    return outsidePosts.stream().filter(p -> p.heldOn(date)).collect(ImmutableList.toImmutableList());
  }
}
