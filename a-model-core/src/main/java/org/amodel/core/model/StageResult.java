package org.amodel.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** One applicant's result in one recruitment stage: its date, outcome and score where scored. */
public record StageResult(RecruitmentStage stage, LocalDate date, StageOutcome outcome, Optional<BigDecimal> score) {
  public StageResult {
    requireNonNull(stage, "stage");
    requireNonNull(date, "date");
    requireNonNull(outcome, "outcome");
    requireNonNull(score, "score");
    score.ifPresent(s -> checkArgument(s.signum() >= 0, "score must not be negative, was %s", s));
  }

  public static StageResult passed(RecruitmentStage stage, LocalDate date) {
    return new StageResult(stage, date, StageOutcome.PASSED, Optional.empty());
  }

  public static StageResult scored(RecruitmentStage stage, LocalDate date, StageOutcome outcome, BigDecimal score) {
    return new StageResult(stage, date, outcome, Optional.of(score));
  }
}
