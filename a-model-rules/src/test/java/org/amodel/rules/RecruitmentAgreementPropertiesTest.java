package org.amodel.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amodel.core.generators.Recruitments;
import org.amodel.core.generators.Samples;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.properties.Examples;
import org.amodel.core.recruitment.ApplicantOutcome;
import org.amodel.core.recruitment.RecruitmentOutcome;
import org.amodel.core.recruitment.RecruitmentProcess;
import org.amodel.core.recruitment.StopReason;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetCompiler;
import org.amodel.rules.ruleset.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The recruitment process's criteria in DRL ({@code national-2018/rules/recruitment-process.drl},
 * inherited by the districts) and the core's {@link RecruitmentProcess} agree: for generated
 * recruitments, each rule set's {@code runRecruitment} gives every applicant the outcome type, stage,
 * rank, score and stop kinds that {@code RecruitmentProcess.run} gives with the rule set's
 * parameters, and the same appointments. Besides the bundled sets, a test district whose age and
 * education limits change during the generator's years ({@code variants/shifting-district}) tells a
 * rule that reads a limit on the wrong day; and the seed's set built with the executable model, whose
 * parser reads constraints differently.
 */
@DisplayName("The recruitment process in DRL agrees with the core's RecruitmentProcess")
class RecruitmentAgreementPropertiesTest {
  private static ImmutableMap<String, RuleSet> sets;

  @BeforeAll
  static void compileOnce() throws URISyntaxException {
    RuleSetLoader loader = RuleSetLoaders.standard();
    Path shifting = Path.of(RecruitmentAgreementPropertiesTest.class.getResource("variants/shifting-district").toURI());
    sets = ImmutableMap.of(
        "national-2018", loader.bundled("national-2018"),
        "jinan-shizhong-2005", loader.bundled("jinan-shizhong-2005"),
        "shenzhen-2006", loader.bundled("shenzhen-2006"),
        "shifting-district", loader.folder(shifting),
        "jinan-shizhong-2005 (executable model)",
        RuleSetLoaders.standard(RuleSetCompiler.BuildMode.EXECUTABLE_MODEL).bundled("jinan-shizhong-2005"));
  }

  @Test
  @DisplayName("only the seed district (and the test district) limit age and education; Shenzhen unsets them, national has none")
  void limitsWhereExpected() {
    assertTrue(sets.get("jinan-shizhong-2005").parameters().series().containsKey(Parameters.RECRUIT_AGE_MAX.name()));
    assertTrue(sets.get("shifting-district").parameters().series().containsKey(Parameters.RECRUIT_EDUCATION_MIN.name()));
    for (String id : List.of("national-2018", "shenzhen-2006")) {
      assertFalse(sets.get(id).parameters().series().containsKey(Parameters.RECRUIT_AGE_MAX.name()), id);
      assertFalse(sets.get(id).parameters().series().containsKey(Parameters.RECRUIT_EDUCATION_MIN.name()), id);
    }
  }

  @TestFactory
  @DisplayName("on generated recruitments, for each rule set")
  Stream<DynamicTest> agreeOnGeneratedRecruitments() {
    return sets.keySet().stream().map(id -> DynamicTest.dynamicTest(id, () ->
        Examples.qt().forAll(Recruitments.any()).checkAssert(c -> assertAgree(sets.get(id), c))));
  }

  @Test
  @DisplayName("through the seed's rules, a fixed sample reaches every stop kind, appointment and no opening")
  void sampleReachesEveryOutcome() {
    RuleSet seed = sets.get("jinan-shizhong-2005");
    Set<String> seen = new TreeSet<>();
    for (Recruitments.Case c : Samples.of(Recruitments.any(), 3000, 20051130L)) {
      for (ApplicantOutcome a : seed.runRecruitment(c.recruitment(), c.people(), c.openings(), c.committeeTerm())
          .outcome().applicants()) {
        Seen x = seen(a);
        seen.add(x.type());
        x.kinds().forEach(k -> seen.add(k.name()));
      }
    }
    Set<String> expected = new TreeSet<>(List.of("appointed", "no opening", "stopped"));
    EnumSet.allOf(StopReason.Kind.class).forEach(k -> expected.add(k.name()));
    assertEquals(expected, seen);
  }

  private static void assertAgree(RuleSet ruleSet, Recruitments.Case c) {
    RecruitmentOutcome fromCore = RecruitmentProcess.run(
        c.recruitment(), c.people(), ruleSet.parameters(), c.openings(), c.committeeTerm());
    RecruitmentOutcome fromDrl = ruleSet.runRecruitment(
        c.recruitment(), c.people(), c.openings(), c.committeeTerm()).outcome();
    List<Seen> core = seen(fromCore);
    List<Seen> drl = seen(fromDrl);
    List<StationAppointment> coreAppointments = fromCore.appointments();
    List<StationAppointment> drlAppointments = fromDrl.appointments();
    if (!core.equals(drl) || !coreAppointments.equals(drlAppointments)) {
      fail(ruleSet.id() + ": DRL and core disagree on " + c
          + "\n  DRL:  " + drl + "\n        " + drlAppointments
          + "\n  core: " + core + "\n        " + coreAppointments);
    }
    assertEquals(fromCore.recruitmentId(), fromDrl.recruitmentId());
  }

  /** What the two must agree on for one applicant. */
  private record Seen(String personId, String type, RecruitmentStage stage, Integer rank, BigDecimal score,
      Set<StopReason.Kind> kinds) {
    @Override
    public String toString() {
      return personId + " " + type + (stage == null ? "" : " at " + stage) + (rank == null ? "" : " #" + rank)
          + (score == null ? "" : " " + score.toPlainString()) + (kinds.isEmpty() ? "" : " " + kinds);
    }
  }

  private static List<Seen> seen(RecruitmentOutcome outcome) {
    return outcome.applicants().stream().map(RecruitmentAgreementPropertiesTest::seen).toList();
  }

  private static Seen seen(ApplicantOutcome a) {
    if (a instanceof ApplicantOutcome.Appointed x) {
      return new Seen(x.personId(), "appointed", null, x.rank(), x.score(), Set.of());
    } else if (a instanceof ApplicantOutcome.NoOpening x) {
      return new Seen(x.personId(), "no opening", null, x.rank(), x.score(), Set.of());
    }
    ApplicantOutcome.Stopped x = (ApplicantOutcome.Stopped) a;
    return new Seen(x.personId(), "stopped", x.stage(), null, null, x.reasons().stream().map(StopReason::kind)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(StopReason.Kind.class))));
  }
}
