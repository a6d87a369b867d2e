package org.amodel.examples.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.amodel.core.election.Election;
import org.amodel.core.election.ElectionCount;
import org.amodel.core.election.ElectionResult;
import org.amodel.core.election.ElectionStatus;
import org.amodel.core.election.ElectionThresholds;
import org.amodel.core.election.Winner;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.model.Household;
import org.amodel.core.model.Person;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.scale.MergeResult;
import org.amodel.core.scale.PlacementKind;
import org.amodel.rules.ruleset.RuleSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The seed's district as generated: its shape, the scale adjustment, the reform's timeline, the elections and what the seed's rules find. */
class SeedDistrictTest {
  private final SeedDistrict seed = SeedDistrictFixture.district();

  @Nested
  @DisplayName("the scale adjustment, 84 → 66")
  class Scale {
    @Test
    @DisplayName("84 originals of the three types become 66 communities, each original in exactly one")
    void mergeMap() {
      assertEquals(84, seed.originals().size());
      assertEquals(66, seed.district().communities().size());
      assertEquals(seed.district().communities().stream().map(Community::id).toList(),
          List.copyOf(seed.mergeMap().keySet()));
      List<String> sources = seed.mergeMap().values().stream().flatMap(List::stream).toList();
      assertEquals(seed.originals().stream().map(Community::id).toList(), sources);
      Map<Integer, Long> bySize = seed.mergeMap().values().stream()
          .collect(Collectors.groupingBy(List::size, Collectors.counting()));
      assertEquals(Map.of(1, 50L, 2, 14L, 3, 2L), bySize);
      assertEquals(16, seed.merges().size());
      assertEquals(3, seed.originals().stream().map(Community::type).distinct().count(), "the three types");
    }

    @Test
    @DisplayName("every household and resident of the originals is in the community their original became, once")
    void nothingLost() {
      Map<String, String> becameOf = new HashMap<>();
      seed.mergeMap().forEach((target, list) -> list.forEach(source -> becameOf.put(source, target)));
      Map<String, Community> after = seed.district().communities().stream()
          .collect(Collectors.toMap(Community::id, c -> c));
      int households = 0;
      for (Community original : seed.originals()) {
        Community target = after.get(becameOf.get(original.id()));
        Set<Household> there = new HashSet<>(target.households());
        Map<String, Person> people = target.peopleById();
        for (Household h : original.households()) {
          assertTrue(there.contains(h), () -> h.id() + " of " + original.id() + " is not in " + target.id());
          households++;
        }
        for (Person p : original.people()) {
          assertEquals(p, people.get(p.id()), () -> p.id() + " of " + original.id() + " in " + target.id());
        }
      }
      assertEquals(households, seed.district().communities().stream().mapToInt(c -> c.households().size()).sum());
    }

    @Test
    @DisplayName("each merge places every household of its sources in the merged community")
    void placements() {
      for (MergeResult m : seed.merges()) {
        Set<String> placed = m.placements(PlacementKind.HOUSEHOLD).stream().map(p -> p.id())
            .collect(Collectors.toSet());
        Set<String> sourceHouseholds = seed.mergeMap().get(m.merged().id()).stream()
            .flatMap(id -> seed.originals().stream().filter(o -> o.id().equals(id)))
            .flatMap(o -> o.households().stream()).map(Household::id).collect(Collectors.toSet());
        assertEquals(sourceHouseholds, placed, m.merged().id());
      }
    }
  }

  @Nested
  @DisplayName("the reform's timeline")
  class Timeline {
    @Test
    @DisplayName("Ganshiqiao's 8 communities are the pilot and elect in May 2005; the rest elect in September")
    void pilot() {
      assertEquals(8, seed.pilotCommunityIds().size());
      for (Community c : seed.district().communities()) {
        Election e = election(c);
        boolean pilot = seed.pilotCommunityIds().contains(c.id());
        assertEquals(pilot, c.subdistrictOffice().id().equals("ganshiqiao"), c.id());
        assertEquals(pilot ? Month.MAY : Month.SEPTEMBER, e.date().getMonth(), c.id());
      }
    }

    @Test
    @DisplayName("every committee, secretary and station member took office by the end of November")
    void doneByTheEndOfNovember() {
      LocalDate end = LocalDate.of(2005, 11, 30);
      for (Community c : seed.district().communities()) {
        assertEquals(1, c.residentsCommittees().size(), c.id());
        assertEquals(1, c.serviceStations().size(), c.id());
        assertEquals(1, c.partyOrganisations().size(), c.id());
        assertFalse(c.partyOrganisations().get(0).secretary().since().isAfter(end), c.id());
        for (StationAppointment a : c.serviceStations().get(0).appointments()) {
          assertFalse(a.term().start().isAfter(end), c.id());
        }
      }
    }
  }

  @Nested
  @DisplayName("the sixth election")
  class Elections {
    @Test
    @DisplayName("each community's committee is the one its household representatives elected, competitively")
    void committeesAreElected() {
      for (Community c : seed.district().communities()) {
        Election e = election(c);
        assertEquals(ElectorateKind.HOUSEHOLD_REPRESENTATIVES, e.electorateKind(), e.id());
        assertEquals(c.households().size(), e.registeredElectorate(), e.id());
        assertTrue(e.candidates().size() > e.seats().total(), e.id());
        ElectionResult result = ElectionCount.of(e, ElectionThresholds.JINAN_SHIZHONG_2005);
        assertEquals(ElectionStatus.ELECTED, result.status(), e.id());
        Set<String> winners = result.winners().stream().map(Winner::personId).collect(Collectors.toSet());
        Set<String> seated = c.residentsCommittees().get(0).seats().stream().map(CommitteeSeat::personId)
            .collect(Collectors.toSet());
        assertEquals(winners, seated, e.id());
        Set<String> residents = c.households().stream().flatMap(h -> h.memberIds().stream())
            .collect(Collectors.toSet());
        assertTrue(residents.containsAll(seated), () -> e.id() + ": a member lives elsewhere");
      }
    }
  }

  @Nested
  @DisplayName("what the seed's rules find")
  class Findings {
    @Test
    @DisplayName("COMMITTEE_SIZE on exactly the committees of 4, COMMUNITY_HOUSEHOLDS on exactly those over 700, nothing else")
    void onlyTheTensions() {
      RuleSet rules = SeedDistrictFixture.seedRules();
      Set<String> found = new TreeSet<>();
      Set<String> expected = new TreeSet<>();
      for (Community c : seed.district().communities()) {
        List<Finding> onCommunity = rules.evaluate(c, SeedDistrict.AS_OF).findings();
        onCommunity.forEach(f -> found.add(f.ruleId().value() + " " + f.subject()));
        rules.evaluate(election(c), SeedDistrict.AS_OF).findings()
            .forEach(f -> found.add(f.ruleId().value() + " " + f.subject()));
        if (c.residentsCommittees().get(0).seats().size() < 5) {
          expected.add(RuleId.COMMITTEE_SIZE.value() + " "
              + Subject.of(c.id(), SubjectKind.RESIDENTS_COMMITTEE, c.residentsCommittees().get(0).id()));
        }
        if (c.households().size() > 700) {
          expected.add(RuleId.COMMUNITY_HOUSEHOLDS.value() + " " + Subject.community(c.id()));
        }
      }
      assertEquals(expected, found);
      assertEquals(41, expected.stream().filter(s -> s.startsWith("COMMITTEE_SIZE ")).count());
    }

    @Test
    @DisplayName("the stations are of 3 and 4, all recruited openly")
    void stations() {
      Set<Integer> sizes = seed.district().communities().stream().flatMap(c -> c.serviceStations().stream())
          .map(ServiceStation::size).collect(Collectors.toSet());
      assertEquals(Set.of(3, 4), sizes);
    }
  }

  @Nested
  @DisplayName("determinism")
  class Determinism {
    @Test
    @DisplayName("the same seed gives the same district, byte for byte; another seed another")
    void sameSeedSameBytes() throws NoSuchAlgorithmException {
      SeedDistrict again = SeedDistrict.generate(SeedDistrict.SEED);
      assertEquals(fingerprint(seed), fingerprint(again));
      // A deliberate change to the generator changes this value: update it then, and say so in the commit.
      assertEquals("0c2740af35d63eb118f0b5a61569de9d2e8b4fb68b2dc0ed21b9d01605260603", fingerprint(seed));
      assertNotEquals(fingerprint(seed), fingerprint(SeedDistrict.generate(1L)));
    }

    private String fingerprint(SeedDistrict d) throws NoSuchAlgorithmException {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      d.originals().forEach(c -> digest.update(c.toString().getBytes(StandardCharsets.UTF_8)));
      d.district().communities().forEach(c -> digest.update(c.toString().getBytes(StandardCharsets.UTF_8)));
      d.elections().forEach(e -> digest.update(e.toString().getBytes(StandardCharsets.UTF_8)));
      digest.update(d.mergeMap().toString().getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest.digest());
    }
  }

  private Election election(Community c) {
    return seed.elections().stream().filter(e -> e.communityId().equals(c.id())).findFirst().orElseThrow();
  }
}
