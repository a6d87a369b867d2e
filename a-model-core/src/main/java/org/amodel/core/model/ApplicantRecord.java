package org.amodel.core.model;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** One applicant's path through a recruitment: the stage results in the order they happened. */
public record ApplicantRecord(String personId, ImmutableList<StageResult> stages) {
  public ApplicantRecord {
    Checks.id(personId, "personId");
    stages = ImmutableList.copyOf(stages);
  }

  public static ApplicantRecord of(String personId, List<StageResult> stages) {
    return new ApplicantRecord(personId, ImmutableList.copyOf(stages));
  }

  /**
   * Returns the leading results that follow the order of {@link RecruitmentStage}: the first result
   * if it is the qualification review, then the second if it is the written exam, and so on, up to
   * the first result out of its place. A record that went through the four stages in order (whatever
   * their outcomes) returns its first four results.
   */
  public ImmutableList<StageResult> stagesInOrder() {
    RecruitmentStage[] required = RecruitmentStage.values();
    int n = 0;
    while (n < required.length && n < stages.size() && stages.get(n).stage() == required[n]) {
      n++;
    }
    return stages.subList(0, n);
  }

  /** Returns true if the record begins with every {@link RecruitmentStage}, in order; more may follow. */
  public boolean hasEveryStageInOrder() {
    return stagesInOrder().size() == RecruitmentStage.values().length;
  }
}
