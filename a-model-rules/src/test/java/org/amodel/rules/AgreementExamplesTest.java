package org.amodel.rules;

import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Community;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Person;
import org.amodel.core.model.Post;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.StageResult;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Agreement of DRL and reference on hand-made communities that reach what the generators do not
 * (the breakers never add a fifth recruitment stage, date a stage after the appointment, remove the
 * assembly, or give two organisations one secretary): each example also checks that the reference
 * says what the example is about, so it cannot pass by both saying nothing.
 */
@DisplayName("The seed rule set in DRL agrees with the reference checker where the generators do not reach")
class AgreementExamplesTest {
  private static final ReferenceChecker REFERENCE = ReferenceChecker.seed();
  private static final Subject HEAD = Subject.person(COMMUNITY_ID, SeedFixture.HEAD, Post.STATION_HEAD);
  private static RuleSet drl;

  @BeforeAll
  static void compileOnce() {
    drl = RuleSetLoaders.standard()
        .bundled("jinan-shizhong-2005");
  }

  private static Community withHeadsStages(List<StageResult> stages) {
    return SeedFixture.withApplicantRecord(SeedFixture.community(), ApplicantRecord.of(SeedFixture.HEAD, stages));
  }

  private static List<StageResult> headsStagesWithAssessmentOn(LocalDate day) {
    List<StageResult> stages = new ArrayList<>(SeedFixture.passedAllStages(SeedFixture.HEAD).stages());
    stages.set(3, StageResult.passed(RecruitmentStage.ORGANISATIONAL_ASSESSMENT, day));
    return stages;
  }

  @Test
  @DisplayName("a head whose record has a fifth stage after the four breaks RECRUIT_PROCESS")
  void extraStage() {
    List<StageResult> stages = new ArrayList<>(SeedFixture.passedAllStages(SeedFixture.HEAD).stages());
    stages.add(StageResult.passed(RecruitmentStage.INTERVIEW, SeedFixture.ORGANISATIONAL_ASSESSMENT_ON.plusDays(1)));
    assertBothSay(withHeadsStages(stages), AS_OF, violation(RuleId.RECRUIT_PROCESS, HEAD));
  }

  @Test
  @DisplayName("a head appointed before their organisational assessment breaks RECRUIT_PROCESS")
  void appointedBeforeTheLastStage() {
    LocalDate appointed = SeedFixture.COMMITTEE_TERM.start();
    assertBothSay(withHeadsStages(headsStagesWithAssessmentOn(appointed.plusDays(1))), AS_OF,
        violation(RuleId.RECRUIT_PROCESS, HEAD));
  }

  @Test
  @DisplayName("a head appointed on the day of their organisational assessment breaks nothing")
  void appointedOnTheDayOfTheLastStage() {
    Community c = withHeadsStages(headsStagesWithAssessmentOn(SeedFixture.COMMITTEE_TERM.start()));
    assertBothSayNothing(c, AS_OF);
  }

  @Test
  @DisplayName("a community without a representative assembly breaks ASSEMBLY_COMPOSITION and STATION_REPORTING")
  void noAssembly() {
    Community c = SeedFixture.community().toBuilder().assemblies(List.of()).build();
    assertBothSay(c, AS_OF, violation(RuleId.ASSEMBLY_COMPOSITION, Subject.community(COMMUNITY_ID)),
        violation(RuleId.STATION_REPORTING, Subject.of(COMMUNITY_ID, SubjectKind.SERVICE_STATION,
            SeedFixture.STATION_ID)));
  }

  @Test
  @DisplayName("a probationary member secretary of two Party organisations gets one SECRETARY_MEMBERSHIP finding")
  void oneSecretaryOfTwoOrganisations() {
    Community c = SeedFixture.community();
    PartyOrganisation party = c.partyOrganisations().get(0);
    Person probationary = SeedFixture.person(SeedFixture.SECRETARY)
        .withPartyMembership(PartyMembership.probationary(AS_OF.minusMonths(3)));
    c = SeedFixture.withPerson(c, probationary).toBuilder().partyOrganisations(List.of(party,
        PartyOrganisation.of("party-2", party.kind(), party.secretary(), List.of()))).build();
    assertBothSay(c, AS_OF, violation(RuleId.STRUCTURE_TRINITY, Subject.community(COMMUNITY_ID)),
        violation(RuleId.SECRETARY_MEMBERSHIP,
            Subject.person(COMMUNITY_ID, SeedFixture.SECRETARY, Post.PARTY_SECRETARY)));
  }

  /** Asserts that the reference says exactly {@code expected} and the DRL says the same. */
  private static void assertBothSay(Community c, LocalDate asOf, Finding.Key... expected) {
    List<Finding.Key> reference = keys(REFERENCE.check(c, asOf));
    assertEquals(keys(expected), reference, "what the reference says");
    assertEquals(reference, keys(drl.evaluate(c, asOf).findings()), "what the DRL says");
  }

  private static void assertBothSayNothing(Community c, LocalDate asOf) {
    assertEquals(List.of(), REFERENCE.check(c, asOf), "what the reference says");
    assertEquals(List.of(), drl.evaluate(c, asOf).findings(), "what the DRL says");
  }

  private static final Comparator<Finding.Key> KEY_ORDER = Comparator.comparing(Finding.Key::ruleId)
      .thenComparing(Finding.Key::subject)
      .thenComparing(Finding.Key::severity);

  private static List<Finding.Key> keys(List<Finding> findings) {
    return findings.stream().map(Finding::key).sorted(KEY_ORDER).toList();
  }

  private static List<Finding.Key> keys(Finding.Key... keys) {
    return Arrays.stream(keys).sorted(KEY_ORDER).toList();
  }
}
