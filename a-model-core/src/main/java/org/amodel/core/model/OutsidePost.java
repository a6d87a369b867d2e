package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A post a person holds with an employer outside the community, over a period. */
public record OutsidePost(String employer, String title, DateRange period) {
  public OutsidePost {
    Checks.text(employer, "employer");
    Checks.text(title, "title");
    requireNonNull(period, "period");
  }

  /** Returns true if the post is held on {@code date}. */
  public boolean heldOn(LocalDate date) {
    return period.contains(date);
  }
}
