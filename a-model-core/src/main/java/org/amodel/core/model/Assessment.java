package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An assessment (考察) of a person by a subdistrict Party working committee, e.g. before the chair
 * also becomes Party secretary.
 */
public record Assessment(
    String id, String personId, String workingCommitteeId, LocalDate date, AssessmentOutcome outcome) {
  public Assessment {
    Checks.id(id, "id");
    Checks.id(personId, "personId");
    Checks.id(workingCommitteeId, "workingCommitteeId");
    requireNonNull(date, "date");
    requireNonNull(outcome, "outcome");
  }
}
