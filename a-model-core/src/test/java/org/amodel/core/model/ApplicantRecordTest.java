package org.amodel.core.model;

import static org.amodel.core.model.RecruitmentStage.INTERVIEW;
import static org.amodel.core.model.RecruitmentStage.ORGANISATIONAL_ASSESSMENT;
import static org.amodel.core.model.RecruitmentStage.QUALIFICATION_REVIEW;
import static org.amodel.core.model.RecruitmentStage.WRITTEN_EXAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An applicant's record")
class ApplicantRecordTest {
  private static final LocalDate DAY = LocalDate.of(2005, 6, 1);

  private static StageResult passed(RecruitmentStage stage) {
    return StageResult.passed(stage, DAY.plusDays(stage.ordinal()));
  }

  private static ApplicantRecord record(RecruitmentStage... stages) {
    return ApplicantRecord.of("p1", Arrays.stream(stages).map(ApplicantRecordTest::passed).toList());
  }

  @Test
  @DisplayName("with the four stages in order has all four in order")
  void allFourInOrder() {
    ApplicantRecord r = record(QUALIFICATION_REVIEW, WRITTEN_EXAM, INTERVIEW, ORGANISATIONAL_ASSESSMENT);
    assertEquals(r.stages(), r.stagesInOrder());
    assertTrue(r.hasEveryStageInOrder());
  }

  @Test
  @DisplayName("with a failed stage still has it in order: order and outcome are separate questions")
  void failedStageIsInOrder() {
    ApplicantRecord r = ApplicantRecord.of("p1", List.of(passed(QUALIFICATION_REVIEW),
        new StageResult(WRITTEN_EXAM, DAY, StageOutcome.FAILED, java.util.Optional.empty())));
    assertEquals(r.stages(), r.stagesInOrder());
    assertFalse(r.hasEveryStageInOrder());
  }

  @Test
  @DisplayName("with two stages swapped has in order only those before the swap")
  void swapped() {
    ApplicantRecord r = record(QUALIFICATION_REVIEW, INTERVIEW, WRITTEN_EXAM, ORGANISATIONAL_ASSESSMENT);
    assertEquals(List.of(passed(QUALIFICATION_REVIEW)), r.stagesInOrder());
    assertFalse(r.hasEveryStageInOrder());
  }

  @Test
  @DisplayName("that stops after two stages has those two in order")
  void stopsEarly() {
    ApplicantRecord r = record(QUALIFICATION_REVIEW, WRITTEN_EXAM);
    assertEquals(r.stages(), r.stagesInOrder());
    assertFalse(r.hasEveryStageInOrder());
  }

  @Test
  @DisplayName("that is empty, or starts with the wrong stage, has none in order")
  void noneInOrder() {
    assertEquals(List.of(), record().stagesInOrder());
    assertEquals(List.of(), record(WRITTEN_EXAM, QUALIFICATION_REVIEW).stagesInOrder());
  }

  @Test
  @DisplayName("with a fifth stage after the four has the four in order, and not the fifth")
  void extraStage() {
    ApplicantRecord r = record(QUALIFICATION_REVIEW, WRITTEN_EXAM, INTERVIEW, ORGANISATIONAL_ASSESSMENT, INTERVIEW);
    assertEquals(r.stages().subList(0, 4), r.stagesInOrder());
    assertTrue(r.hasEveryStageInOrder());
  }

  @Test
  @DisplayName("counts stage positions from 1, in the order of the seed")
  void positions() {
    assertEquals(List.of(1, 2, 3, 4),
        Arrays.stream(RecruitmentStage.values()).map(RecruitmentStage::position).toList());
    assertEquals(1, QUALIFICATION_REVIEW.position());
    assertEquals(4, ORGANISATIONAL_ASSESSMENT.position());
  }
}
