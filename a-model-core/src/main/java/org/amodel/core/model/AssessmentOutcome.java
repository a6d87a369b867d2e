package org.amodel.core.model;

/** The conclusion of a working-committee assessment (党工委考察). */
public enum AssessmentOutcome {
  PASSED,
  FAILED
}
