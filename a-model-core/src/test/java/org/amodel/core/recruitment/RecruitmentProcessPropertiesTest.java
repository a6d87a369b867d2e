package org.amodel.core.recruitment;

import static org.amodel.core.properties.Examples.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.amodel.core.generators.Recruitments;
import org.amodel.core.generators.Samples;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Person;
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StageResult;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RecruitmentProcess properties over generated recruitments")
class RecruitmentProcessPropertiesTest {
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();

  private static RecruitmentOutcome run(Recruitments.Case c) {
    return RecruitmentProcess.run(c.recruitment(), c.people(), SEED, c.openings(), c.committeeTerm());
  }

  @Test
  @DisplayName("every applicant appears exactly once in the outcome")
  void everyApplicantExactlyOnce() {
    qt().forAll(Recruitments.any()).checkAssert(c -> {
      List<String> applied = c.recruitment().applicants().stream().map(ApplicantRecord::personId).sorted().toList();
      List<String> outcome = run(c).applicants().stream().map(ApplicantOutcome::personId).sorted().toList();
      assertEquals(applied, outcome);
    });
  }

  @Test
  @DisplayName("no more are appointed than there are openings, and every opening is filled while passers remain")
  void appointedAtMostOpenings() {
    qt().forAll(Recruitments.any()).checkAssert(c -> {
      RecruitmentOutcome o = run(c);
      assertTrue(o.appointed().size() <= c.openings().count());
      if (!o.noOpening().isEmpty()) {
        assertEquals(c.openings().count(), o.appointed().size());
      }
    });
  }

  @Test
  @DisplayName("every appointed applicant passed the four stages in order, meets the criteria, and serves to the committee's end (at most 3 years)")
  void appointedPassedEverythingAndMeetsCriteria() {
    qt().forAll(Recruitments.any()).checkAssert(c -> {
      var reference = c.recruitment().referenceDate();
      for (ApplicantOutcome.Appointed a : run(c).appointed()) {
        ApplicantRecord record = c.recruitment().applicant(a.personId()).orElseThrow();
        assertTrue(record.hasEveryStageInOrder(), a.personId() + " skipped a stage");
        assertEquals(4, record.stages().size());
        assertTrue(record.stages().stream().map(StageResult::outcome).allMatch(s -> s == StageOutcome.PASSED));
        for (int i = 1; i < 4; i++) {
          assertTrue(!record.stages().get(i).date().isBefore(record.stages().get(i - 1).date()));
        }
        Person p = c.people().stream().filter(x -> x.id().equals(a.personId())).findFirst().orElseThrow();
        // born after the reference date: no age to exceed (as RECRUIT_AGE reads it)
        assertTrue(reference.isBefore(p.birthDate()) || p.ageOn(reference) <= 40,
            a.personId() + " is " + (reference.isBefore(p.birthDate()) ? "unborn" : p.ageOn(reference)));
        assertTrue(p.education().isAtLeast(EducationLevel.COLLEGE));
        var start = c.openings().appointedOn();
        var capped = start.plusYears(3);
        var end = c.committeeTerm().end().isAfter(capped) ? capped : c.committeeTerm().end();
        assertEquals(org.amodel.core.model.Term.of(start, end), a.appointment().term());
      }
    });
  }

  @Test
  @DisplayName("the outcome does not depend on the order applicants and people are listed in")
  void independentOfOrder() {
    qt().forAll(Recruitments.any()).checkAssert(c -> {
      List<ApplicantRecord> applicants = new ArrayList<>(c.recruitment().applicants());
      List<Person> people = new ArrayList<>(c.people());
      Random random = new Random(c.shuffleSeed());
      Collections.shuffle(applicants, random);
      Collections.shuffle(people, random);
      RecruitmentOutcome shuffled = RecruitmentProcess.run(
          c.recruitment().withApplicants(applicants), people, SEED, c.openings(), c.committeeTerm());
      assertEquals(run(c), shuffled);
    });
  }

  @Test
  @DisplayName("the generator reaches every kind of outcome")
  void generatorCoversOutcomes() {
    Set<String> seen = new java.util.HashSet<>();
    // a fixed sample, so that whether a rare outcome is reached never depends on the run's seed
    for (Recruitments.Case c : Samples.of(Recruitments.any(), 3000, 20051130L)) {
      for (ApplicantOutcome a : run(c).applicants()) {
        if (a instanceof ApplicantOutcome.Appointed) {
          seen.add("appointed");
        } else if (a instanceof ApplicantOutcome.NoOpening) {
          seen.add("noOpening");
        } else if (a instanceof ApplicantOutcome.Stopped x) {
          x.reasons().forEach(r -> seen.add(r.kind().name()));
        }
      }
    }
    Set<String> expected = java.util.stream.Stream.concat(java.util.stream.Stream.of("appointed", "noOpening"),
        java.util.Arrays.stream(StopReason.Kind.values()).map(Enum::name)).collect(Collectors.toSet());
    assertEquals(expected, seen);
  }
}
