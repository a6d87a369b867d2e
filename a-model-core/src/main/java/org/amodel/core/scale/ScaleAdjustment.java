package org.amodel.core.scale;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.Household;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Person;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.SubdistrictOffice;

/**
 * Merges communities into one (the seed's 84 → 66 adjustment), as a pure function.
 *
 * <pre>{@code
 * MergeResult r = ScaleAdjustment.merge("c-new", "新泺源社区", CommunityType.GEOGRAPHIC, office, List.of(a, b));
 * r.merged().households().size(); // a's and b's households, all of them
 * }</pre>
 *
 * <p>Every person, household, organisation, recruitment, assessment, matter, forum (with its
 * suggestions), unit resource and appointment of the sources is kept, once, and a {@link Placement}
 * says where it came from. A person known to several sources (living in one, serving in another) is
 * kept once if every source records them identically.
 * The merged community keeps all the organisations of its sources: reorganising them into one of each
 * is a later step, and until then STRUCTURE_TRINITY reports it.
 */
public final class ScaleAdjustment {
  private ScaleAdjustment() {}

  /**
   * Returns the merge of {@code sources} into a community with the given identity.
   *
   * @throws IllegalArgumentException if there are fewer than two sources, a source is given twice,
   *     or the merge would duplicate or lose something: two sources recording the same person
   *     differently, the same household, organisation, recruitment, assessment, matter, forum or unit
   *     resource id in two sources, or a person in households of two sources. The message names the id and the sources.
   */
  public static MergeResult merge(
      String id, String name, CommunityType type, SubdistrictOffice office, List<Community> sources) {
    requireNonNull(sources, "sources");
    for (int i = 0; i < sources.size(); i++) {
      requireNonNull(sources.get(i), "sources[" + i + "]");
    }
    checkArgument(sources.size() >= 2, "a merge needs at least two source communities, got %s: %s",
        sources.size(), sources.stream().map(Community::id).toList());
    Map<String, Integer> positionOf = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      Integer earlier = positionOf.putIfAbsent(sources.get(i).id(), i);
      checkArgument(earlier == null, "source community %s is given more than once, as sources[%s] and sources[%s]",
          sources.get(i).id(), earlier, i);
    }
    List<Placement> placements = new ArrayList<>();

    Map<String, Person> people = new LinkedHashMap<>();
    Map<String, String> personSource = new HashMap<>();
    for (Community c : sources) {
      for (Person p : c.people()) {
        Person known = people.putIfAbsent(p.id(), p);
        if (known != null && !known.equals(p)) {
          throw new IllegalArgumentException(String.format(
              "person %s is recorded differently in communities %s and %s (%s differ); reconcile the records"
                  + " before merging", p.id(), personSource.get(p.id()), c.id(), differingFields(known, p)));
        }
        personSource.putIfAbsent(p.id(), c.id());
        placements.add(new Placement(PlacementKind.PERSON, p.id(), c.id(), id));
      }
    }
    // Household ids first: the same household in two sources is reported as such, not by its members.
    List<Household> households =
        collect(sources, Community::households, Household::id, PlacementKind.HOUSEHOLD, id, placements);
    Map<String, String> householdOfPerson = new HashMap<>();
    for (Community c : sources) {
      c.households().forEach(h -> h.memberIds().forEach(m -> {
        String here = "household " + h.id() + " of community " + c.id();
        String other = householdOfPerson.putIfAbsent(m, here);
        checkArgument(other == null,
            "person %s belongs to %s and to %s; the merge would put them in two households", m, other, here);
      }));
    }

    Community.Builder merged = Community.builder(id, name, type, office).people(List.copyOf(people.values()));
    merged.households(households);
    merged.partyOrganisations(
        collect(sources, Community::partyOrganisations, PartyOrganisation::id, PlacementKind.PARTY_ORGANISATION, id,
            placements));
    merged.residentsCommittees(
        collect(sources, Community::residentsCommittees, ResidentsCommittee::id, PlacementKind.RESIDENTS_COMMITTEE, id,
            placements));
    merged.serviceStations(
        collect(sources, Community::serviceStations, ServiceStation::id, PlacementKind.SERVICE_STATION, id,
            placements));
    merged.assemblies(
        collect(sources, Community::assemblies, RepresentativeAssembly::id, PlacementKind.ASSEMBLY, id, placements));
    merged.recruitments(collect(sources, Community::recruitments, r -> r.id(), PlacementKind.RECRUITMENT, id,
        placements));
    merged.assessments(collect(sources, Community::assessments, a -> a.id(), PlacementKind.ASSESSMENT, id,
        placements));
    merged.matters(collect(sources, Community::matters, m -> m.id(), PlacementKind.MATTER, id, placements));
    merged.forums(collect(sources, Community::forums, f -> f.id(), PlacementKind.FORUM, id, placements));
    merged.unitResources(collect(sources, Community::unitResources, r -> r.id(), PlacementKind.UNIT_RESOURCE, id,
        placements));

    for (Community c : sources) {
      appointments(c, id, placements);
    }
    return new MergeResult(merged.build(), ImmutableList.copyOf(placements));
  }

  private static <T> List<T> collect(List<Community> sources, Function<Community, List<T>> items,
      Function<T, String> idOf, PlacementKind kind, String target, List<Placement> placements) {
    Map<String, String> sourceOf = new HashMap<>();
    List<T> all = new ArrayList<>();
    for (Community c : sources) {
      for (T item : items.apply(c)) {
        String itemId = idOf.apply(item);
        String other = sourceOf.putIfAbsent(itemId, c.id());
        checkArgument(other == null,
            "%s id %s is used in communities %s and %s; the merge would duplicate it",
            kind.name().toLowerCase(java.util.Locale.ROOT), itemId, other, c.id());
        all.add(item);
        placements.add(new Placement(kind, itemId, c.id(), target));
      }
    }
    return all;
  }

  private static void appointments(Community c, String target, List<Placement> placements) {
    for (PartyOrganisation p : c.partyOrganisations()) {
      placements.add(appointment(p.id(), p.secretary().personId(), c, target));
      p.gridBranches().forEach(g -> placements.add(appointment(p.id() + "/" + g.id(), g.secretaryId(), c, target)));
    }
    for (ResidentsCommittee rc : c.residentsCommittees()) {
      rc.seats().forEach(s -> placements.add(appointment(rc.id(), s.personId(), c, target)));
    }
    for (ServiceStation s : c.serviceStations()) {
      s.appointments().forEach(a -> placements.add(appointment(s.id(), a.personId(), c, target)));
    }
    for (RepresentativeAssembly a : c.assemblies()) {
      a.representatives().forEach(r -> placements.add(appointment(a.id(), r.personId(), c, target)));
    }
  }

  /** Returns the names of the fields in which two records of the same person differ. */
  private static List<String> differingFields(Person a, Person b) {
    List<String> fields = new ArrayList<>();
    addIfDifferent(fields, "name", a.name(), b.name());
    addIfDifferent(fields, "birthDate", a.birthDate(), b.birthDate());
    addIfDifferent(fields, "education", a.education(), b.education());
    addIfDifferent(fields, "partyMembership", a.partyMembership(), b.partyMembership());
    addIfDifferent(fields, "outsidePosts", a.outsidePosts(), b.outsidePosts());
    addIfDifferent(fields, "communityTies", a.communityTies(), b.communityTies());
    return fields;
  }

  private static void addIfDifferent(List<String> fields, String field, Object a, Object b) {
    if (!a.equals(b)) {
      fields.add(field);
    }
  }

  private static Placement appointment(String organisationId, String personId, Community from, String target) {
    return new Placement(PlacementKind.APPOINTMENT, organisationId + "/" + personId, from.id(), target);
  }
}
