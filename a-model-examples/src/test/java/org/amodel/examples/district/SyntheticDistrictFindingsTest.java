package org.amodel.examples.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Appointment;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.Community;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.model.StationPost;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.recruitment.Openings;
import org.amodel.core.recruitment.RecruitmentProcess;
import org.amodel.examples.district.SyntheticDistrict.Options;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The default district of 1,000 communities, checked by {@code ReferenceChecker.seed()} as of 2005-11-30. */
class SyntheticDistrictFindingsTest {
  private static final int COMMUNITIES = 1000;
  private static final long SEED = 20051130L;

  private static SyntheticDistrict generated;
  /** The findings of each community, in the district's order. */
  private static Map<String, List<Finding>> findings;

  @BeforeAll
  static void generateAndCheck() {
    generated = SyntheticDistrict.generate(Options.of(COMMUNITIES, SEED));
    findings = check(generated, ReferenceChecker.seed());
  }

  private static Map<String, List<Finding>> check(SyntheticDistrict d, ReferenceChecker checker) {
    Map<String, List<Finding>> byCommunity = new LinkedHashMap<>();
    for (Community c : d.district().communities()) {
      byCommunity.put(c.id(), checker.check(c, d.options().asOf()));
    }
    return byCommunity;
  }

  /** The rule ids and subject kinds of findings, as "RULE/KIND". */
  private static Set<String> kinds(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + "/" + f.subject().kind()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> expectedKinds(Set<Flaw> flaws) {
    Set<String> kinds = new TreeSet<>();
    flaws.forEach(f -> f.ruleIds().forEach(r -> kinds.add(r + "/" + f.subjectKind())));
    return kinds;
  }

  @Test
  @DisplayName("1,000 communities are generated (their speed is measured by SyntheticDistrictBenchmark, not here)")
  void size() {
    assertEquals(COMMUNITIES, generated.district().communities().size());
  }

  @Test
  @DisplayName("each community draws exactly the findings of its flaws, by rule id and subject kind; clean ones none")
  void findingsAreTheFlaws() {
    generated.flaws().forEach((id, flaws) ->
        assertEquals(expectedKinds(flaws), kinds(findings.get(id)), id + " drawn with " + flaws));
  }

  @Test
  @DisplayName("about two communities in three are clean, as the default rates say")
  void cleanShare() {
    long clean = findings.values().stream().filter(List::isEmpty).count();
    double expected = generated.options().expectedCleanShare();

    assertTrue(expected > 0.64 && expected < 0.70, "expected " + expected);
    assertTrue(clean >= 620 && clean <= 740, clean + " clean of " + COMMUNITIES);
  }

  @Test
  @DisplayName("each rule is broken in about the share of communities its flaws' rates say")
  void brokenSharePerRule() {
    Map<String, Double> expected = new TreeMap<>();
    for (Flaw f : Flaw.values()) {
      f.ruleIds().forEach(r -> expected.merge(r + "/" + f.subjectKind(), f.defaultRate(), Double::sum));
    }
    Map<String, Integer> observed = new TreeMap<>();
    findings.values().forEach(list -> kinds(list).forEach(k -> observed.merge(k, 1, Integer::sum)));

    assertEquals(expected.keySet(), observed.keySet(), "every rule of the reference checker is broken somewhere");
    expected.forEach((kind, rate) -> {
      int n = observed.get(kind);
      assertTrue(n >= 0.4 * rate * COMMUNITIES && n <= 1.6 * rate * COMMUNITIES,
          kind + ": " + n + " communities, rate " + rate);
    });
    assertEquals(ReferenceChecker.ruleIds(),
        observed.keySet().stream().map(k -> RuleId.of(k.substring(0, k.indexOf('/')))).collect(Collectors.toSet()));
  }

  @Test
  @DisplayName("station members straddle the age limit: exactly 40, 41–45 and 46–47 on the reference date")
  void membersStraddleTheAgeLimit() {
    Set<Integer> ages = new TreeSet<>();
    int birthdayOnTheDay = 0;
    for (Community c : generated.district().communities()) {
      for (ServiceStation s : c.serviceStations()) {
        for (StationAppointment a : s.appointments()) {
          LocalDate reference = c.recruitment(a.recruitmentId().orElseThrow()).orElseThrow().referenceDate();
          var person = c.person(a.personId()).orElseThrow();
          ages.add(person.ageOn(reference));
          if (person.ageOn(reference) == 40 && person.birthDate().plusYears(40).equals(reference)) {
            birthdayOnTheDay++;
          }
        }
      }
    }
    assertTrue(ages.containsAll(Set.of(38, 39, 40, 41, 42, 43, 44, 45, 46, 47)), ages.toString());
    assertTrue(ages.stream().allMatch(a -> a <= 47), ages.toString());
    assertTrue(birthdayOnTheDay > 0, "someone turned 40 on the reference date itself");
  }

  @Test
  @DisplayName("stations of 2 to 6, committees of 4 to 10, households exactly 100 and 700")
  void sizesStraddleTheBounds() {
    Set<Integer> stations = new TreeSet<>();
    Set<Integer> committees = new TreeSet<>();
    Set<Integer> households = new TreeSet<>();
    for (Community c : generated.district().communities()) {
      c.serviceStations().forEach(s -> stations.add(s.size()));
      c.residentsCommittees().forEach(rc -> committees.add(rc.seats().size()));
      households.add(c.households().size());
    }
    assertEquals(Set.of(2, 3, 4, 5, 6), stations);
    assertEquals(Set.of(4, 5, 6, 7, 8, 9, 10), committees);
    assertTrue(households.contains(100) && households.contains(700), "households on the bounds");
    assertTrue(households.stream().anyMatch(h -> h < 100) && households.stream().anyMatch(h -> h > 700));
  }

  @Test
  @DisplayName("some chairs became secretary the day after their assessment, some on the day itself")
  void assessmentsStraddleTheAppointment() {
    int dayAfter = 0;
    int sameDay = 0;
    for (Community c : generated.district().communities()) {
      PartyOrganisation party = c.partyOrganisations().get(0);
      ResidentsCommittee rc = c.residentsCommittees().get(0);
      String chair = rc.chair().orElseThrow().personId();
      if (!party.secretary().personId().equals(chair)) {
        continue;
      }
      Appointment secretary = party.secretary();
      for (Assessment a : c.assessments()) {
        if (a.personId().equals(chair) && a.outcome() == AssessmentOutcome.PASSED) {
          dayAfter += a.date().plusDays(1).equals(secretary.since()) ? 1 : 0;
          sameDay += a.date().equals(secretary.since()) ? 1 : 0;
        }
      }
    }
    assertTrue(dayAfter > 0 && sameDay > 0, dayAfter + " the day after, " + sameDay + " the same day");
  }

  @Test
  @DisplayName("recruit.age.max 45 instead of 40 changes the findings of some communities, not all, and only RECRUIT_AGE")
  void olderRecruitsChangeSomeCommunities() {
    DistrictParameters candidate = Parameters.jinanShizhong2005().toBuilder()
        .set(Parameters.RECRUIT_AGE_MAX, Parameters.SEED_REFORM, 45, "candidate: 45岁以下")
        .build();
    Map<String, List<Finding>> after = check(generated, ReferenceChecker.of(candidate));

    List<String> changed = new ArrayList<>();
    int stillOverAge = 0;
    for (String id : findings.keySet()) {
      List<Finding> before = findings.get(id);
      if (!kinds(before).equals(kinds(after.get(id)))) {
        changed.add(id);
        assertTrue(generated.flaws().get(id).contains(Flaw.RECRUIT_AGE), id);
        assertEquals(without(before, RuleId.RECRUIT_AGE), without(after.get(id), RuleId.RECRUIT_AGE), id);
      }
      if (after.get(id).stream().anyMatch(f -> f.ruleId().equals(RuleId.RECRUIT_AGE))) {
        stillOverAge++;
      }
    }
    assertTrue(changed.size() >= 20, changed.size() + " changed");
    assertTrue(changed.size() < COMMUNITIES / 2, changed.size() + " changed");
    assertTrue(stillOverAge > 0, "members of 46 and 47 break the limit of 45 too");
  }

  @Test
  @DisplayName("a station size of 3–5 clears STATION_SIZE from the stations of 5, not from those of 2 or 6")
  void largerStationsChangeSomeCommunities() {
    DistrictParameters candidate = Parameters.jinanShizhong2005().toBuilder()
        .set(Parameters.STATION_SIZE_MAX, Parameters.SEED_REFORM, 5, "candidate: 3-5人")
        .build();
    Map<String, List<Finding>> after = check(generated, ReferenceChecker.of(candidate));

    int cleared = 0;
    int kept = 0;
    for (Community c : generated.district().communities()) {
      boolean before = hasRule(findings.get(c.id()), RuleId.STATION_SIZE);
      boolean now = hasRule(after.get(c.id()), RuleId.STATION_SIZE);
      if (before && !now) {
        assertEquals(5, c.serviceStations().get(0).size(), c.id());
        cleared++;
      } else if (before) {
        kept++;
      }
    }
    assertTrue(cleared > 0 && kept > 0, cleared + " cleared, " + kept + " kept");
  }

  @Test
  @DisplayName("every clean community's station is what RecruitmentProcess appoints from its recruitment")
  void cleanStationsAgreeWithTheRecruitmentProcess() {
    DistrictParameters seed = Parameters.jinanShizhong2005();
    int compared = 0;
    for (Community c : generated.district().communities()) {
      if (!findings.get(c.id()).isEmpty()) {
        continue;
      }
      ServiceStation station = c.serviceStations().get(0);
      Recruitment recruitment = c.recruitments().get(0);
      List<StationPost> posts = station.appointments().stream().map(StationAppointment::post).toList();
      LocalDate appointed = station.appointments().get(0).term().start();
      var outcome = RecruitmentProcess.run(recruitment, c.people(), seed, Openings.of(appointed, posts),
          c.residentsCommittees().get(0).term());

      assertEquals(station.appointments(), outcome.appointments(), c.id());
      compared++;
    }
    assertTrue(compared > 600, compared + " compared");
  }

  @Test
  @DisplayName("with no flaws drawn, every community passes the seed's rules clean")
  void withoutFlawsEveryCommunityIsClean() {
    SyntheticDistrict clean = SyntheticDistrict.generate(Options.of(300, 99L).withoutFlaws());

    check(clean, ReferenceChecker.seed()).forEach((id, list) -> assertEquals(List.of(), list, id));
    assertTrue(clean.flaws().values().stream().allMatch(Set::isEmpty));
  }

  @ParameterizedTest
  @EnumSource(Flaw.class)
  @DisplayName("a flaw drawn in every community breaks its rules in every community, and nothing else")
  void eachFlawAlone(Flaw flaw) {
    SyntheticDistrict broken = SyntheticDistrict.generate(
        Options.of(40, flaw.ordinal()).withoutFlaws().withFlawRate(flaw, 1.0));

    check(broken, ReferenceChecker.seed()).forEach((id, list) ->
        assertEquals(expectedKinds(Set.of(flaw)), kinds(list), id));
  }

  private static boolean hasRule(List<Finding> findings, RuleId rule) {
    return findings.stream().anyMatch(f -> f.ruleId().equals(rule));
  }

  private static List<Finding.Key> without(List<Finding> findings, RuleId rule) {
    return findings.stream().filter(f -> !f.ruleId().equals(rule)).map(Finding::key).toList();
  }
}
