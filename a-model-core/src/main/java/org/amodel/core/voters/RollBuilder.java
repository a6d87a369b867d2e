package org.amodel.core.voters;

import org.amodel.core.model.ElectorateKind;
import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityTie;
import org.amodel.core.model.Household;
import org.amodel.core.model.Person;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.TieKind;

/** Builds a {@link VoterRoll}: who is eligible on which ground, who is registered, who votes how. */
final class RollBuilder {
  private static final Comparator<CommunityTie> TIE_ORDER = Comparator
      .comparing((CommunityTie t) -> t.period().from())
      .thenComparing(t -> t.period().until().orElse(LocalDate.MAX))
      .thenComparing(CommunityTie::kind);
  private static final Comparator<AssemblyRepresentative> SEAT_ORDER = Comparator
      .comparing(AssemblyRepresentative::category)
      .thenComparing(AssemblyRepresentative::constituency);

  private final Community community;
  private final LocalDate asOf;
  private final VoterRules rules;
  private final PoliticalRights rights;
  private final Set<String> deprived = new HashSet<>();
  private final Map<String, Household> householdOf = new HashMap<>();
  private final Map<String, List<AssemblyRepresentative>> seatsOf = new HashMap<>();

  private RollBuilder(Community community, PoliticalRights rights, LocalDate asOf, VoterRules rules) {
    this.community = community;
    this.asOf = asOf;
    this.rules = rules;
    this.rights = rights;
    rights.deprivations().forEach(d -> deprived.add(d.personId()));
    for (Household h : community.households()) {
      h.memberIds().forEach(m -> householdOf.put(m, h));
    }
    for (RepresentativeAssembly a : community.assemblies()) {
      a.representatives().forEach(r -> seatsOf.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r));
    }
  }

  static VoterRoll build(
      Community community, List<Registration> registrations, PoliticalRights rights, LocalDate asOf,
      VoterRules rules) {
    requireNonNull(community, "community");
    requireNonNull(registrations, "registrations");
    requireNonNull(rights, "rights");
    requireNonNull(asOf, "asOf");
    requireNonNull(rules, "rules");
    Map<String, List<Registration>> registrationsOf = new TreeMap<>();
    for (int i = 0; i < registrations.size(); i++) {
      Registration r = requireNonNull(registrations.get(i), "registrations[" + i + "]");
      checkArgument(r.communityId().equals(community.id()),
          "registrations[%s] %s is for community %s, not %s", i, r, r.communityId(), community.id());
      checkArgument(!r.registeredOn().isAfter(asOf),
          "registrations[%s] %s is dated after the roll's asOf %s", i, r, asOf);
      registrationsOf.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
    }
    return new RollBuilder(community, rights, asOf, rules).roll(registrationsOf);
  }

  private VoterRoll roll(Map<String, List<Registration>> registrationsOf) {
    Map<String, Person> people = community.peopleById();
    Set<String> ids = new TreeSet<>(people.keySet());
    ids.addAll(registrationsOf.keySet());

    Map<String, Standing> standings = new HashMap<>();
    for (String id : ids) {
      Person p = people.get(id);
      if (p != null) {
        standings.put(id, standing(p, registrationsOf.containsKey(id)));
      }
    }
    List<RollEntry> entries = new ArrayList<>();
    for (String id : ids) {
      ImmutableList<Registration> registered = ImmutableList.copyOf(registrationsOf.getOrDefault(id, List.of()));
      Person p = people.get(id);
      if (p == null) {
        entries.add(RollEntry.unknownPerson(id, registered));
      } else {
        Standing s = standings.get(id);
        entries.add(new RollEntry(id, Optional.of(p), s, registered, vote(id, s, standings)));
      }
    }
    return new VoterRoll(community.id(), asOf, rules, ImmutableList.copyOf(entries));
  }

  private Standing standing(Person p, boolean registered) {
    List<Reason> personal = new ArrayList<>();
    if (p.birthDate().isAfter(asOf)) {
      personal.add(new Reason.NotYetBorn(p.birthDate()));
    } else {
      int age = p.ageOn(asOf);
      if (age < rules.minimumAge()) {
        personal.add(new Reason.UnderAge(age, rules.minimumAge()));
      }
    }
    if (deprived.contains(p.id())) {
      rights.inForce(p.id(), asOf).ifPresent(d -> personal.add(new Reason.RightsDeprived(d)));
    }

    List<Ground> admitted = new ArrayList<>();
    List<Reason> connection = new ArrayList<>();
    Household h = householdOf.get(p.id());
    if (h != null) {
      admitted.add(new Ground.RegisteredResident(h.id()));
    }
    currentTie(p).ifPresent(tie -> {
      if (!rules.relaxed()) {
        connection.add(new Reason.NotAdmitted(tie, false));
      } else if (Period.between(tie.since(), asOf).getYears() >= rules.minimumTieYears()) {
        admitted.add(tie);
      } else {
        connection.add(new Reason.TieTooShort(tie.kinds(), tie.since(), rules.minimumTieYears()));
      }
    });
    List<AssemblyRepresentative> seats = new ArrayList<>(seatsOf.getOrDefault(p.id(), List.of()));
    seats.sort(SEAT_ORDER);
    for (AssemblyRepresentative seat : seats) {
      Ground g = new Ground.Representative(seat.category(), seat.constituency());
      if (rules.admits(seat.category())) {
        admitted.add(g);
      } else {
        connection.add(new Reason.NotAdmitted(g, rules.relaxed()));
      }
    }

    if (personal.isEmpty() && !admitted.isEmpty()) {
      Ground ground = admitted.get(0);
      return registered ? new Standing.OnRoll(ground) : new Standing.Unregistered(ground);
    }
    List<Reason> reasons = new ArrayList<>(personal);
    if (admitted.isEmpty()) {
      reasons.addAll(connection.isEmpty() ? List.of(new Reason.NotConnected()) : connection);
    }
    return new Standing.Ineligible(ImmutableList.copyOf(reasons));
  }

  /**
   * Returns the stretch of living or working in the community that runs on the as-of date: the
   * person's ties to this community that started by then, contiguous or overlapping periods joined
   * (whatever their kind), and the stretch that contains the as-of date, if any.
   */
  private Optional<Ground.LivedOrWorked> currentTie(Person p) {
    List<CommunityTie> ties = p.communityTies().stream()
        .filter(t -> t.communityId().equals(community.id()) && !t.period().from().isAfter(asOf))
        .sorted(TIE_ORDER)
        .toList();
    LocalDate since = null;
    Optional<LocalDate> until = Optional.empty();
    Set<TieKind> kinds = EnumSet.noneOf(TieKind.class);
    for (CommunityTie t : ties) {
      boolean joins = since != null
          && (until.isEmpty() || !t.period().from().isAfter(until.get().plusDays(1)));
      if (!joins) {
        since = t.period().from();
        until = t.period().until();
        kinds.clear();
      } else if (until.isPresent()) {
        until = t.period().until().isEmpty() || t.period().until().get().isAfter(until.get())
            ? t.period().until() : until;
      }
      kinds.add(t.kind());
    }
    if (since == null || until.map(u -> u.isBefore(asOf)).orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(new Ground.LivedOrWorked(ImmutableSet.copyOf(kinds), since));
  }

  private Vote vote(String id, Standing standing, Map<String, Standing> standings) {
    if (!(standing instanceof Standing.OnRoll)) {
      return new Vote.NoVote();
    }
    Household h = householdOf.get(id);
    if (rules.electorate() != ElectorateKind.HOUSEHOLD_REPRESENTATIVES || h == null) {
      return new Vote.Individual();
    }
    if (h.representativeId().equals(id)) {
      return new Vote.ForHousehold(h.id());
    }
    return standings.get(h.representativeId()) instanceof Standing.OnRoll
        ? new Vote.ThroughRepresentative(h.id(), h.representativeId())
        : new Vote.HouseholdUnrepresented(h.id(), h.representativeId());
  }
}
