package org.amodel.core.model;

/** The outcome of one recruitment stage for one applicant. */
public enum StageOutcome {
  PASSED,
  FAILED,
  WITHDREW
}
