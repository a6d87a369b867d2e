package org.amodel.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A community (社区): the area of one residents' committee, with the people and households in it and
 * the organisations of the "A", and the community's forums and the unit resources opened to it.
 *
 * <p>The organisations are lists because how many of each a community must have is a district's
 * rule (STRUCTURE_TRINITY in the seed), not a structural truth: a merged community can hold two
 * committees until it is reorganised. Structural truths checked here: ids are unique within each
 * list, every person id that a household, post, recruitment, assessment or assembly names is in
 * {@link #people()}, and nobody belongs to two households.
 *
 * <pre>{@code
 * Community c = Community.builder("c1", "泺源社区", CommunityType.BLOCK, office)
 *     .people(people).households(households)
 *     .partyOrganisations(List.of(party)).residentsCommittees(List.of(committee))
 *     .serviceStations(List.of(station)).assemblies(List.of(assembly))
 *     .forums(List.of(forum)).unitResources(List.of(schoolField))
 *     .build();
 * }</pre>
 */
public record Community(
    String id,
    String name,
    CommunityType type,
    SubdistrictOffice subdistrictOffice,
    ImmutableList<Person> people,
    ImmutableList<Household> households,
    ImmutableList<PartyOrganisation> partyOrganisations,
    ImmutableList<ResidentsCommittee> residentsCommittees,
    ImmutableList<ServiceStation> serviceStations,
    ImmutableList<RepresentativeAssembly> assemblies,
    ImmutableList<Recruitment> recruitments,
    ImmutableList<Assessment> assessments,
    ImmutableList<Matter> matters,
    ImmutableList<Forum> forums,
    ImmutableList<UnitResource> unitResources) {

  public Community {
    Checks.id(id, "id");
    Checks.text(name, "name");
    requireNonNull(type, "type");
    requireNonNull(subdistrictOffice, "subdistrictOffice");
    people = ImmutableList.copyOf(people);
    households = ImmutableList.copyOf(households);
    partyOrganisations = ImmutableList.copyOf(partyOrganisations);
    residentsCommittees = ImmutableList.copyOf(residentsCommittees);
    serviceStations = ImmutableList.copyOf(serviceStations);
    assemblies = ImmutableList.copyOf(assemblies);
    recruitments = ImmutableList.copyOf(recruitments);
    assessments = ImmutableList.copyOf(assessments);
    matters = ImmutableList.copyOf(matters);
    forums = ImmutableList.copyOf(forums);
    unitResources = ImmutableList.copyOf(unitResources);

    Checks.unique(people, Person::id, "people of community " + id);
    Checks.unique(households, Household::id, "households of community " + id);
    Checks.unique(partyOrganisations, PartyOrganisation::id, "partyOrganisations of community " + id);
    Checks.unique(residentsCommittees, ResidentsCommittee::id, "residentsCommittees of community " + id);
    Checks.unique(serviceStations, ServiceStation::id, "serviceStations of community " + id);
    Checks.unique(assemblies, RepresentativeAssembly::id, "assemblies of community " + id);
    Checks.unique(recruitments, Recruitment::id, "recruitments of community " + id);
    Checks.unique(assessments, Assessment::id, "assessments of community " + id);
    Checks.unique(matters, Matter::id, "matters of community " + id);
    Checks.unique(forums, Forum::id, "forums of community " + id);
    Checks.unique(unitResources, UnitResource::id, "unitResources of community " + id);
    checkReferences(id, people, households, partyOrganisations, residentsCommittees, serviceStations,
        assemblies, recruitments, assessments);
  }

  private static void checkReferences(
      String id,
      List<Person> people,
      List<Household> households,
      List<PartyOrganisation> partyOrganisations,
      List<ResidentsCommittee> residentsCommittees,
      List<ServiceStation> serviceStations,
      List<RepresentativeAssembly> assemblies,
      List<Recruitment> recruitments,
      List<Assessment> assessments) {
    Set<String> known = new HashSet<>();
    people.forEach(p -> known.add(p.id()));
    Map<String, String> householdOf = new HashMap<>();
    for (Household h : households) {
      for (String member : h.memberIds()) {
        requirePerson(known, member, "households[" + h.id() + "].memberIds", id);
        String previous = householdOf.put(member, h.id());
        checkArgument(previous == null,
            "person %s belongs to households %s and %s of community %s", member, previous, h.id(), id);
      }
    }
    for (PartyOrganisation p : partyOrganisations) {
      requirePerson(known, p.secretary().personId(), "partyOrganisations[" + p.id() + "].secretary", id);
      p.gridBranches().forEach(g ->
          requirePerson(known, g.secretaryId(), "partyOrganisations[" + p.id() + "].gridBranches[" + g.id() + "]", id));
    }
    for (ResidentsCommittee rc : residentsCommittees) {
      rc.seats().forEach(s -> requirePerson(known, s.personId(), "residentsCommittees[" + rc.id() + "].seats", id));
    }
    Set<String> recruitmentIds = new HashSet<>();
    recruitments.forEach(r -> recruitmentIds.add(r.id()));
    for (ServiceStation s : serviceStations) {
      for (StationAppointment a : s.appointments()) {
        requirePerson(known, a.personId(), "serviceStations[" + s.id() + "].appointments", id);
        a.recruitmentId().ifPresent(r -> checkArgument(recruitmentIds.contains(r),
            "serviceStations[%s].appointments of %s names recruitment %s, which community %s does not list",
            s.id(), a.personId(), r, id));
      }
    }
    for (RepresentativeAssembly a : assemblies) {
      a.representatives().forEach(r ->
          requirePerson(known, r.personId(), "assemblies[" + a.id() + "].representatives", id));
    }
    for (Recruitment r : recruitments) {
      r.applicants().forEach(a -> requirePerson(known, a.personId(), "recruitments[" + r.id() + "].applicants", id));
    }
    assessments.forEach(a -> requirePerson(known, a.personId(), "assessments[" + a.id() + "].personId", id));
  }

  private static void requirePerson(Set<String> known, String personId, String field, String communityId) {
    checkArgument(known.contains(personId),
        "%s names person %s, who is not among the people of community %s", field, personId, communityId);
  }

  /** Returns a builder for a community with the given identity and every list empty. */
  public static Builder builder(String id, String name, CommunityType type, SubdistrictOffice office) {
    return new Builder(id, name, type, office);
  }

  /** Returns a builder holding this community's values, to make a changed copy. */
  public Builder toBuilder() {
    return new Builder(id, name, type, subdistrictOffice)
        .people(people).households(households).partyOrganisations(partyOrganisations)
        .residentsCommittees(residentsCommittees).serviceStations(serviceStations).assemblies(assemblies)
        .recruitments(recruitments).assessments(assessments).matters(matters)
        .forums(forums).unitResources(unitResources);
  }

  /** Returns a copy of this community under another id, everything else the same. */
  public Community withId(String newId) {
    return new Community(newId, name, type, subdistrictOffice, people, households, partyOrganisations,
        residentsCommittees, serviceStations, assemblies, recruitments, assessments, matters, forums, unitResources);
  }

  /** Returns the people by id. */
  public ImmutableMap<String, Person> peopleById() {
    return people.stream().collect(ImmutableMap.toImmutableMap(Person::id, p -> p));
  }

  /** Returns the person with {@code personId}, if the community knows them. */
  public Optional<Person> person(String personId) {
    return people.stream().filter(p -> p.id().equals(personId)).findFirst();
  }

  /** Returns the recruitment with {@code recruitmentId}, if the community lists it. */
  public Optional<Recruitment> recruitment(String recruitmentId) {
    return recruitments.stream().filter(r -> r.id().equals(recruitmentId)).findFirst();
  }

  /** Returns a copy with {@code person} in place of the person with the same id. */
  public Community withPerson(Person person) {
    checkArgument(person(person.id()).isPresent(), "community %s has no person %s to replace", id, person.id());
    return toBuilder()
        .people(people.stream().map(p -> p.id().equals(person.id()) ? person : p).toList())
        .build();
  }

  /** Returns a copy with every station transformed. */
  public Community mapServiceStations(UnaryOperator<ServiceStation> change) {
    return toBuilder().serviceStations(serviceStations.stream().map(change).toList()).build();
  }

  /** Returns a copy with every committee transformed. */
  public Community mapResidentsCommittees(UnaryOperator<ResidentsCommittee> change) {
    return toBuilder().residentsCommittees(residentsCommittees.stream().map(change).toList()).build();
  }

  /** Builds a {@link Community}; every setter replaces the whole list. */
  public static final class Builder {
    private final String id;
    private final String name;
    private final CommunityType type;
    private final SubdistrictOffice office;
    private List<Person> people = new ArrayList<>();
    private List<Household> households = new ArrayList<>();
    private List<PartyOrganisation> partyOrganisations = new ArrayList<>();
    private List<ResidentsCommittee> residentsCommittees = new ArrayList<>();
    private List<ServiceStation> serviceStations = new ArrayList<>();
    private List<RepresentativeAssembly> assemblies = new ArrayList<>();
    private List<Recruitment> recruitments = new ArrayList<>();
    private List<Assessment> assessments = new ArrayList<>();
    private List<Matter> matters = new ArrayList<>();
    private List<Forum> forums = new ArrayList<>();
    private List<UnitResource> unitResources = new ArrayList<>();

    private Builder(String id, String name, CommunityType type, SubdistrictOffice office) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.office = office;
    }

    public Builder people(List<Person> value) {
      this.people = new ArrayList<>(value);
      return this;
    }

    public Builder households(List<Household> value) {
      this.households = new ArrayList<>(value);
      return this;
    }

    public Builder partyOrganisations(List<PartyOrganisation> value) {
      this.partyOrganisations = new ArrayList<>(value);
      return this;
    }

    public Builder residentsCommittees(List<ResidentsCommittee> value) {
      this.residentsCommittees = new ArrayList<>(value);
      return this;
    }

    public Builder serviceStations(List<ServiceStation> value) {
      this.serviceStations = new ArrayList<>(value);
      return this;
    }

    public Builder assemblies(List<RepresentativeAssembly> value) {
      this.assemblies = new ArrayList<>(value);
      return this;
    }

    public Builder recruitments(List<Recruitment> value) {
      this.recruitments = new ArrayList<>(value);
      return this;
    }

    public Builder assessments(List<Assessment> value) {
      this.assessments = new ArrayList<>(value);
      return this;
    }

    public Builder matters(List<Matter> value) {
      this.matters = new ArrayList<>(value);
      return this;
    }

    /** Sets the community forums, dialogues and public-sentiment meetings held (社区论坛、社区对话、民情恳谈会). */
    public Builder forums(List<Forum> value) {
      this.forums = new ArrayList<>(value);
      return this;
    }

    /** Sets the resources of units in the community opened to it (社区单位资源公开向社区开放). */
    public Builder unitResources(List<UnitResource> value) {
      this.unitResources = new ArrayList<>(value);
      return this;
    }

    /**
     * Returns the community.
     *
     * @throws IllegalArgumentException naming the field if a structural truth does not hold
     */
    public Community build() {
      return new Community(id, name, type, office,
          ImmutableList.copyOf(people), ImmutableList.copyOf(households),
          ImmutableList.copyOf(partyOrganisations), ImmutableList.copyOf(residentsCommittees),
          ImmutableList.copyOf(serviceStations), ImmutableList.copyOf(assemblies),
          ImmutableList.copyOf(recruitments), ImmutableList.copyOf(assessments), ImmutableList.copyOf(matters),
          ImmutableList.copyOf(forums), ImmutableList.copyOf(unitResources));
    }
  }
}
