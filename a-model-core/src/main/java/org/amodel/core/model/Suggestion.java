package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A reasonable suggestion (合理化建议) raised at a {@link Forum}, and the day the practical problem it
 * raised was solved (解决实际问题), if it has been.
 *
 * <pre>{@code
 * Suggestion lights = Suggestion.solvedOn("s1", "小区路灯不亮", LocalDate.of(2005, 10, 20));
 * lights.isSolvedBy(LocalDate.of(2005, 12, 1));   // true
 * Suggestion.unsolved("s2", "增设停车位").isSolvedBy(LocalDate.of(2005, 12, 1));   // false
 * }</pre>
 */
public record Suggestion(String id, String summary, Optional<LocalDate> solved) {
  public Suggestion {
    Checks.id(id, "id");
    Checks.text(summary, "summary");
    requireNonNull(solved, "solved");
  }

  /** Returns a suggestion whose problem is not solved yet. */
  public static Suggestion unsolved(String id, String summary) {
    return new Suggestion(id, summary, Optional.empty());
  }

  /** Returns a suggestion whose problem was solved on {@code solved}. */
  public static Suggestion solvedOn(String id, String summary, LocalDate solved) {
    return new Suggestion(id, summary, Optional.of(solved));
  }

  /** Returns true if the problem was solved on or before {@code day}. */
  public boolean isSolvedBy(LocalDate day) {
    requireNonNull(day, "day");
    return solved.filter(s -> !s.isAfter(day)).isPresent();
  }
}
