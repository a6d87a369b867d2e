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
}
