package org.amodel.core.voters;

import org.amodel.core.model.ElectorateKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.generators.Rolls;
import org.amodel.core.model.Community;
import org.amodel.core.model.Household;
import org.amodel.core.model.Person;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.properties.Examples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties of voter rolls over generated communities of the seed district. */
class VoterRollPropertiesTest {
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();

  @Test
  @DisplayName("every person of the community has exactly one line with a reason, and every registration is kept")
  void everyoneOnceWithAReason() {
    Examples.qt().forAll(Rolls.rolls(SEED)).checkAssert(s -> {
      VoterRoll roll = s.roll();
      Set<String> expected = new HashSet<>(s.community().peopleById().keySet());
      s.registrations().forEach(r -> expected.add(r.personId()));
      List<String> ids = roll.entries().stream().map(RollEntry::personId).toList();
      assertEquals(expected.size(), ids.size(), "one line each");
      assertEquals(expected, Set.copyOf(ids));
      assertEquals(s.registrations().size(), roll.entries().stream().mapToInt(e -> e.registrations().size()).sum(),
          "no registration merged or dropped");
      for (RollEntry e : roll.entries()) {
        assertTrue(reasonOrGround(e.standing()), () -> e + " has no reason");
        assertEquals(s.community().person(e.personId()), e.person());
      }
    });
  }

  @Test
  @DisplayName("the standing agrees with the facts: age and rights on the as-of date, households, registration")
  void standingAgreesWithFacts() {
    Examples.qt().forAll(Rolls.rolls(SEED)).checkAssert(s -> {
      VoterRoll roll = s.roll();
      Map<String, Household> householdOf = new HashMap<>();
      s.community().households().forEach(h -> h.memberIds().forEach(m -> householdOf.put(m, h)));
      Set<String> registered = s.registrations().stream().map(Registration::personId).collect(Collectors.toSet());
      for (Person p : s.community().people()) {
        Standing st = roll.entry(p.id()).orElseThrow().standing();
        boolean underAge = p.birthDate().isAfter(s.asOf()) || p.ageOn(s.asOf()) < s.rules().minimumAge();
        boolean deprived = s.rights().inForce(p.id(), s.asOf()).isPresent();
        String about = p.id() + " born " + p.birthDate() + " is " + st;
        if (underAge || deprived) {
          assertFalse(st.eligible(), about);
          List<Reason> reasons = ((Standing.Ineligible) st).reasons();
          assertEquals(underAge, reasons.stream()
              .anyMatch(r -> r instanceof Reason.UnderAge || r instanceof Reason.NotYetBorn), about);
          assertEquals(deprived, reasons.stream().anyMatch(r -> r instanceof Reason.RightsDeprived), about);
        } else if (householdOf.containsKey(p.id())) {
          Ground resident = new Ground.RegisteredResident(householdOf.get(p.id()).id());
          assertEquals(registered.contains(p.id()) ? new Standing.OnRoll(resident) : new Standing.Unregistered(resident),
              st, about);
        }
        if (!s.rules().relaxed() && !householdOf.containsKey(p.id())) {
          assertFalse(st.eligible(), () -> "without the relaxation only residents are eligible: " + about);
        }
        if (st.eligible()) {
          assertEquals(registered.contains(p.id()), st instanceof Standing.OnRoll, about);
        }
      }
    });
  }

  @Test
  @DisplayName("votes equal the households whose representative is on the roll plus voters outside households,"
      + " or the voters on the roll")
  void votesCount() {
    Examples.qt().forAll(Rolls.rolls(SEED)).checkAssert(s -> {
      VoterRoll roll = s.roll();
      Set<String> inHouseholds = s.community().households().stream()
          .flatMap(h -> h.memberIds().stream()).collect(Collectors.toSet());
      long onRoll = roll.onRoll().size();
      if (s.rules().electorate() != ElectorateKind.HOUSEHOLD_REPRESENTATIVES) {
        assertEquals(onRoll, roll.votes());
        return;
      }
      long represented = s.community().households().stream()
          .filter(h -> roll.entry(h.representativeId()).orElseThrow().onRoll()).count();
      long outsiders = roll.onRoll().stream().filter(e -> !inHouseholds.contains(e.personId())).count();
      assertEquals(represented + outsiders, roll.votes(), s::toString);
      for (Household h : s.community().households()) {
        long casting = h.memberIds().stream()
            .filter(m -> roll.entry(m).orElseThrow().vote().equals(new Vote.ForHousehold(h.id()))).count();
        assertEquals(roll.entry(h.representativeId()).orElseThrow().onRoll() ? 1 : 0, casting, h.id());
      }
    });
  }

  @Test
  @DisplayName("under the seed's rules with everyone registered and no deprivation, each household votes once")
  void seedHouseholdsVoteOnce() {
    Examples.qt().forAll(Rolls.rolls(SEED, VoterRules.JINAN_SHIZHONG_2005)).checkAssert(s -> {
      List<Registration> everyone = s.community().people().stream()
          .map(p -> Registration.of(s.community().id(), p.id(), s.asOf())).toList();
      VoterRoll roll = VoterRoll.build(s.community(), everyone, s.asOf(), VoterRules.JINAN_SHIZHONG_2005);
      long outsiders = roll.onRoll().stream().filter(e -> !(e.vote() instanceof Vote.ForHousehold)
          && !(e.vote() instanceof Vote.ThroughRepresentative)).count();
      assertEquals(s.community().households().size() + outsiders, roll.votes());
      assertTrue(roll.onRoll().stream().noneMatch(e -> e.vote() instanceof Vote.HouseholdUnrepresented));
    });
  }

  @Test
  @DisplayName("findings name exactly the registered people who are ineligible and those registered twice")
  void findingsMatchTheRoll() {
    Examples.qt().forAll(Rolls.rolls(SEED)).checkAssert(s -> {
      VoterRoll roll = s.roll();
      List<Finding> findings = VoterRollChecker.check(roll);
      String c = s.community().id();
      assertEquals(
          roll.entries().stream().filter(e -> e.registered() && !e.standing().eligible())
              .map(e -> VoterRollChecker.voter(c, e.personId())).collect(Collectors.toSet()),
          subjects(findings, RuleId.VOTER_ELIGIBILITY));
      assertEquals(
          roll.entries().stream().filter(e -> e.registrations().size() > 1)
              .map(e -> VoterRollChecker.voter(c, e.personId())).collect(Collectors.toSet()),
          subjects(findings, RuleId.VOTER_UNIQUE));
      assertEquals(findings.size(), findings.stream().map(Finding::key).distinct().count(), "one per key");
      findings.forEach(f -> assertEquals(s.asOf(), f.asOf()));
    });
  }

  @Test
  @DisplayName("building does not depend on the order of people, households, assembly seats, ties or registrations")
  void orderIndependent() {
    Examples.qt().forAll(Rolls.rolls(SEED), longs().all()).checkAssert((s, seed) -> {
      Random random = new Random(seed);
      List<Registration> registrations = new ArrayList<>(s.registrations());
      Collections.shuffle(registrations, random);
      List<Deprivation> deprivations = new ArrayList<>(s.rights().deprivations());
      Collections.shuffle(deprivations, random);
      VoterRoll original = s.roll();
      VoterRoll shuffled = VoterRoll.build(shuffle(s.community(), random), registrations,
          PoliticalRights.of(deprivations), s.asOf(), s.rules());
      assertEquals(lines(original), lines(shuffled));
      assertEquals(VoterRollChecker.check(original), VoterRollChecker.check(shuffled));
    });
  }

  @Test
  @DisplayName("through the registry nobody is on two rolls, and every refusal names where the person stands registered")
  void registryKeepsEveryoneOnOneRoll() {
    Examples.qt().forAll(Rolls.district(SEED)).checkAssert(s -> {
      Registry.Batch batch = Registry.empty().registerAll(s.attempts());
      Registry registry = batch.registry();
      assertEquals(s.attempts().size(), batch.accepted().size() + batch.refused().size(), "every attempt answered");
      for (RegistrationOutcome.Refused r : batch.refused()) {
        assertEquals(Optional.of(r.existing()), registry.registrationOf(r.registration().personId()));
        assertTrue(r.messageZh().contains("在社区" + r.existing().communityId() + "登记"), r.messageZh());
      }
      List<VoterRoll> rolls = s.communities().stream()
          .map(c -> VoterRoll.build(c, registry.registrations(c.id()), s.rights(), s.asOf(), s.rules())).toList();
      Map<String, Long> rollsPerPerson = rolls.stream()
          .flatMap(r -> r.registered().stream().map(RollEntry::personId))
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      rollsPerPerson.forEach((person, n) -> assertEquals(1L, n, () -> person + " is on " + n + " rolls"));
      assertEquals(Set.of(), subjects(VoterRollChecker.check(rolls), RuleId.VOTER_UNIQUE));
    });
  }

  @Test
  @DisplayName("without the registry, every registration after a person's first is a VOTER_UNIQUE finding")
  void withoutRegistryDuplicatesAreFound() {
    Examples.qt().forAll(Rolls.district(SEED)).checkAssert(s -> {
      List<VoterRoll> rolls = s.communities().stream().map(c -> VoterRoll.build(c,
          s.attempts().stream().filter(r -> r.communityId().equals(c.id())).toList(), s.rights(), s.asOf(),
          s.rules())).toList();
      Set<Subject> expected = new HashSet<>();
      Map<String, List<Registration>> byPerson = s.attempts().stream()
          .collect(Collectors.groupingBy(Registration::personId));
      byPerson.forEach((person, attempts) -> {
        Map<String, List<Registration>> byCommunity = new TreeMap<>(attempts.stream()
            .collect(Collectors.groupingBy(Registration::communityId)));
        byCommunity.forEach((c, rs) -> {
          if (rs.size() > 1) {
            expected.add(VoterRollChecker.voter(c, person));
          }
        });
        byCommunity.entrySet().stream()
            .sorted(Comparator.comparing((Map.Entry<String, List<Registration>> e) -> e.getValue().stream()
                .map(Registration::registeredOn).min(Comparator.naturalOrder()).orElseThrow())
                .thenComparing(Map.Entry::getKey))
            .skip(1)
            .forEach(e -> expected.add(VoterRollChecker.voter(e.getKey(), person)));
      });
      assertEquals(expected, subjects(VoterRollChecker.check(rolls), RuleId.VOTER_UNIQUE));
    });
  }

  private static boolean reasonOrGround(Standing st) {
    if (st instanceof Standing.OnRoll on) {
      return on.ground() != null;
    }
    if (st instanceof Standing.Unregistered un) {
      return un.ground() != null;
    }
    return !((Standing.Ineligible) st).reasons().isEmpty();
  }

  private static Set<Subject> subjects(List<Finding> findings, RuleId id) {
    return findings.stream().filter(f -> f.ruleId().equals(id)).map(Finding::subject)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** A roll's lines without the person records, whose tie lists the shuffle reorders. */
  private static List<List<Object>> lines(VoterRoll roll) {
    return roll.entries().stream()
        .map(e -> List.<Object>of(e.personId(), e.standing(), e.registrations(), e.vote()))
        .toList();
  }

  private static Community shuffle(Community c, Random random) {
    return c.toBuilder()
        .people(shuffled(c.people(), random, p -> p.withCommunityTies(shuffled(p.communityTies(), random, t -> t))))
        .households(shuffled(c.households(), random, h -> Household.of(h.id(), h.address(), h.representativeId(),
            Set.copyOf(shuffled(List.copyOf(h.memberIds()), random, m -> m)))))
        .assemblies(shuffled(c.assemblies(), random,
            a -> RepresentativeAssembly.of(a.id(), shuffled(a.representatives(), random, r -> r))))
        .build();
  }

  private static <T> List<T> shuffled(List<T> items, Random random, Function<T, T> inner) {
    List<T> copy = new ArrayList<>();
    items.forEach(i -> copy.add(inner.apply(i)));
    Collections.shuffle(copy, random);
    return copy;
  }

}
