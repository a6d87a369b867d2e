package org.amodel.core.voters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.amodel.core.model.DateRange;

/**
 * A deprivation of political rights (剥夺政治权利) of one person for a period, both ends inclusive; an
 * open period is for life or until further notice.
 *
 * @param basis the judgment or law it rests on, quoted in findings
 */
public record Deprivation(String personId, DateRange period, String basis) {
  public Deprivation {
    requireNonNull(personId, "personId");
    checkArgument(!personId.isBlank(), "personId must not be blank");
    requireNonNull(period, "period");
    requireNonNull(basis, "basis");
    checkArgument(!basis.isBlank(), "basis must not be blank");
  }

  /** Returns true if the deprivation is in force on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return period.contains(date);
  }
}
