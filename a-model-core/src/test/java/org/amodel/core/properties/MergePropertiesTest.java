package org.amodel.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amodel.core.activity.CommunityActivity;
import org.amodel.core.generators.CommunityGenerators;
import org.amodel.core.generators.Scenario;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.Forum;
import org.amodel.core.model.Household;
import org.amodel.core.model.Person;
import org.amodel.core.model.UnitResource;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.scale.MergeResult;
import org.amodel.core.scale.Placement;
import org.amodel.core.scale.PlacementKind;
import org.amodel.core.scale.ScaleAdjustment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Merging generated communities conserves every person, household, appointment, forum and unit resource. */
class MergePropertiesTest {
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();

  @Test
  @DisplayName("a merge keeps every person and household exactly once and places each of them")
  void mergeConservesPeopleAndHouseholds() {
    Examples.qt()
        .forAll(CommunityGenerators.valid(SEED, "ca"), CommunityGenerators.valid(SEED, "cb"),
            CommunityGenerators.valid(SEED, "cc"), booleans().all())
        .checkAssert((a, b, c, commuter) -> {
          List<Community> sources = new ArrayList<>(List.of(a.community(), b.community()));
          if (commuter) {
            // someone of "ca" is recorded, identically, by "cb" too (lives in one, works in the other)
            Person shared = a.community().people().get(0);
            List<Person> people = new ArrayList<>(b.community().people());
            people.add(shared);
            sources.set(1, b.community().toBuilder().people(people).build());
          } else {
            sources.add(c.community());
          }
          Scenario first = a;
          MergeResult result = ScaleAdjustment.merge("merged", "合并社区", CommunityType.GEOGRAPHIC,
              first.community().subdistrictOffice(), sources);
          Community merged = result.merged();

          Multiset<String> expectedPeople = HashMultiset.create();
          sources.forEach(s -> s.people().forEach(p -> expectedPeople.add(p.id())));
          assertEquals(expectedPeople.elementSet(), merged.peopleById().keySet(), "every person, once");
          assertEquals(expectedPeople.elementSet().size(), merged.people().size(), "nobody duplicated");

          List<String> expectedHouseholds = sources.stream()
              .flatMap(s -> s.households().stream()).map(Household::id).sorted().toList();
          assertEquals(expectedHouseholds, merged.households().stream().map(Household::id).sorted().toList());
          Set<Household> mergedHouseholds = Set.copyOf(merged.households());
          sources.forEach(s -> assertTrue(mergedHouseholds.containsAll(s.households()), "households unchanged"));

          ImmutableList<Placement> personPlacements = result.placements(PlacementKind.PERSON);
          Set<Placement> persons = Set.copyOf(personPlacements);
          assertEquals(expectedPeople.size(), personPlacements.size(), "one placement per person per source");
          for (Community s : sources) {
            for (Person p : s.people()) {
              assertTrue(persons.contains(new Placement(PlacementKind.PERSON, p.id(), s.id(), "merged")),
                  () -> p.id() + " of " + s.id() + " has no placement");
            }
          }
          int appointments = sources.stream().mapToInt(s -> s.serviceStations().stream()
              .mapToInt(st -> st.appointments().size()).sum()).sum();
          int stationAppointments = merged.serviceStations().stream().mapToInt(st -> st.appointments().size()).sum();
          assertEquals(appointments, stationAppointments, "every station appointment kept");
        });
  }

  @Test
  @DisplayName("a merge keeps every forum, suggestions and all, and every unit resource, and places each;"
      + " the district's activity on any day is the same before and after")
  void mergeConservesForumsAndUnitResources() {
    Examples.qt()
        .forAll(CommunityGenerators.valid(SEED, "ca"), CommunityGenerators.valid(SEED, "cb"),
            CommunityGenerators.valid(SEED, "cc"), integers().between(-400, 30))
        .checkAssert((a, b, c, shift) -> {
          List<Community> sources = List.of(a.community(), b.community(), c.community());
          MergeResult result = ScaleAdjustment.merge("merged", "合并社区", CommunityType.GEOGRAPHIC,
              a.community().subdistrictOffice(), sources);
          Community merged = result.merged();

          assertEquals(sources.stream().flatMap(s -> s.forums().stream()).toList(), merged.forums());
          assertEquals(sources.stream().flatMap(s -> s.unitResources().stream()).toList(), merged.unitResources());
          Set<Placement> placements = Set.copyOf(result.placements());
          for (Community s : sources) {
            for (Forum f : s.forums()) {
              assertTrue(placements.contains(new Placement(PlacementKind.FORUM, f.id(), s.id(), "merged")), f::id);
            }
            for (UnitResource r : s.unitResources()) {
              assertTrue(placements.contains(new Placement(PlacementKind.UNIT_RESOURCE, r.id(), s.id(), "merged")),
                  r::id);
            }
          }
          LocalDate day = a.asOf().plusDays(shift);
          assertEquals(CommunityActivity.of(sources, day), CommunityActivity.of(List.of(merged), day));
        });
  }
}
