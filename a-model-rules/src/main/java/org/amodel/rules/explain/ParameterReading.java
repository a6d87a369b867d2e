package org.amodel.rules.explain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import org.amodel.core.parameters.ParameterValue;

/**
 * A parameter a rule reads, on one day: its name, the expression that gives the day ({@code
 * recruitedOn()}, for the {@code …On(name, day)} calls; empty for the evaluation's as-of date), the day,
 * the facts the rule read it for on that day (empty when it reads it as of the as-of date, or the
 * expression was not reached), and the value in force that day with its source and the day it took
 * effect (empty if the parameter has no value then: the rules that read it do nothing).
 */
public record ParameterReading(String name, Optional<String> dayExpression, LocalDate day,
    List<String> forFacts, Optional<ParameterValue<?>> value) {
  public ParameterReading {
    requireNonNull(name, "name");
    requireNonNull(dayExpression, "dayExpression");
    requireNonNull(day, "day");
    forFacts = ImmutableList.copyOf(forFacts);
    requireNonNull(value, "value");
  }

  /** Returns whether the parameter has a value in force on {@link #day()}. */
  public boolean inForce() {
    return value.isPresent();
  }
}
