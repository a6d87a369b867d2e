package org.amodel.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A term of office from {@code start} (the first day) to {@code end} (the day it expires).
 *
 * <p>A three-year term that starts on 2005-09-01 ends on 2008-09-01: {@code Term.ofYears(start, 3)}.
 * The term covers every date from {@code start} inclusive to {@code end} exclusive.
 */
public record Term(LocalDate start, LocalDate end) {
  public Term {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(end.isAfter(start), "term ends %s on or before it starts %s", end, start);
  }

  public static Term of(LocalDate start, LocalDate end) {
    return new Term(start, end);
  }

  /** Returns the term of {@code years} full years beginning on {@code start}. */
  public static Term ofYears(LocalDate start, int years) {
    checkArgument(years > 0, "years must be positive, was %s", years);
    return new Term(start, start.plusYears(years));
  }

  /** Returns true if {@code date} falls within the term (start inclusive, end exclusive). */
  public boolean covers(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(end);
  }

  /** Returns true if the term lasts exactly {@code years} full years. */
  public boolean lastsYears(int years) {
    return start.plusYears(years).equals(end);
  }

  /** Returns true if the term lasts no longer than {@code years} full years. */
  public boolean lastsAtMostYears(int years) {
    return !end.isAfter(start.plusYears(years));
  }

  @Override
  public String toString() {
    return start + "–" + end;
  }
}
