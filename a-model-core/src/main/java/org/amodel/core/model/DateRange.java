package org.amodel.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A period of days from {@code from} to {@code until}, both inclusive; an empty {@code until}
 * means the period is still running.
 */
public record DateRange(LocalDate from, Optional<LocalDate> until) {
  public DateRange {
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    until.ifPresent(u -> checkArgument(!u.isBefore(from), "period ends %s before it starts %s", u, from));
  }

  /** Returns a period that started on {@code from} and is still running. */
  public static DateRange since(LocalDate from) {
    return new DateRange(from, Optional.empty());
  }

  /** Returns the period from {@code from} to {@code until}, both inclusive. */
  public static DateRange between(LocalDate from, LocalDate until) {
    return new DateRange(from, Optional.of(until));
  }

  /** Returns true if {@code date} falls within the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && until.map(u -> !date.isAfter(u)).orElse(true);
  }

  @Override
  public String toString() {
    return from + "–" + until.map(LocalDate::toString).orElse("");
  }
}
