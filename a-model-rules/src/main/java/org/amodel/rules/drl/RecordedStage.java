package org.amodel.rules.drl;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.StageResult;

/**
 * One of the first four results of an applicant's record, for rule files: the stage that belongs in
 * its place ({@code expected}), the result recorded there, and the date of what comes before it
 * (the previous result, or the announcement for the first), named in Chinese and English.
 */
public record RecordedStage(
    RecruitmentStage expected, StageResult result, LocalDate previousDate, String previousZh, String previousEn) {
  public RecordedStage {
    requireNonNull(expected, "expected");
    requireNonNull(result, "result");
    requireNonNull(previousDate, "previousDate");
    requireNonNull(previousZh, "previousZh");
    requireNonNull(previousEn, "previousEn");
  }

  /** Returns true if the record has the stage that belongs here. */
  public boolean inPlace() {
    return result.stage() == expected;
  }
}
