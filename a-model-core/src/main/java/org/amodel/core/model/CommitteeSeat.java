package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A seat on the residents' committee: who holds which post since when. */
public record CommitteeSeat(String personId, CommitteePost post, LocalDate since) {
  public CommitteeSeat {
    Checks.id(personId, "personId");
    requireNonNull(post, "post");
    requireNonNull(since, "since");
  }

  public static CommitteeSeat of(String personId, CommitteePost post, LocalDate since) {
    return new CommitteeSeat(personId, post, since);
  }
}
