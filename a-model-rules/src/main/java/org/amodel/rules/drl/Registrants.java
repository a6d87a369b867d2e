package org.amodel.rules.drl;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.Community;
import org.amodel.core.model.Household;
import org.amodel.core.model.Person;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.voters.CommunityRegistrations;
import org.amodel.core.voters.Deprivation;
import org.amodel.core.voters.Registration;

/** Makes the {@link Registrant} facts of a district's recorded registrations. */
public final class Registrants {
  private Registrants() {}

  /**
   * Returns a fact per person registered in each community of {@code registrations}, community by
   * community and person by person.
   *
   * @throws IllegalArgumentException if two entries are of one community, or a registration is dated
   *     after {@code asOf}; the message names it
   */
  public static ImmutableList<Registrant> of(List<CommunityRegistrations> registrations, LocalDate asOf) {
    requireNonNull(registrations, "registrations");
    requireNonNull(asOf, "asOf");
    Set<String> seen = new HashSet<>();
    ImmutableList.Builder<Registrant> registrants = ImmutableList.builder();
    for (int i = 0; i < registrations.size(); i++) {
      CommunityRegistrations entry = requireNonNull(registrations.get(i), "registrations[" + i + "]");
      checkArgument(seen.add(entry.communityId()), "registrations include two entries of community %s",
          entry.communityId());
      registrants.addAll(of(entry, asOf));
    }
    return registrants.build();
  }

  private static List<Registrant> of(CommunityRegistrations entry, LocalDate asOf) {
    Community community = entry.community();
    Map<String, List<Registration>> byPerson = new TreeMap<>();
    for (int i = 0; i < entry.registrations().size(); i++) {
      Registration r = entry.registrations().get(i);
      checkArgument(!r.registeredOn().isAfter(asOf), "registrations of community %s: [%s] %s is dated after asOf %s",
          community.id(), i, r, asOf);
      byPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
    }
    if (byPerson.isEmpty()) {
      return List.of();
    }
    Map<String, Person> people = community.peopleById();
    Map<String, String> householdOf = new HashMap<>();
    for (Household h : community.households()) {
      h.memberIds().forEach(m -> householdOf.putIfAbsent(m, h.id()));
    }
    Map<String, List<AssemblyRepresentative>> seatsOf = new HashMap<>();
    for (RepresentativeAssembly a : community.assemblies()) {
      a.representatives().forEach(r -> seatsOf.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r));
    }
    Map<String, List<Deprivation>> deprivationsOf = new HashMap<>();
    for (Deprivation d : entry.rights().deprivations()) {
      deprivationsOf.computeIfAbsent(d.personId(), k -> new ArrayList<>()).add(d);
    }
    List<Registrant> registrants = new ArrayList<>();
    byPerson.forEach((personId, list) -> registrants.add(new Registrant(community.id(), personId,
        people.get(personId), list, householdOf.get(personId), seatsOf.getOrDefault(personId, List.of()),
        deprivationsOf.getOrDefault(personId, List.of()))));
    return registrants;
  }
}
