package org.amodel.core.generators;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/** A scenario broken by several breakers in turn, and what each of them did. */
public record Mixture(Scenario scenario, ImmutableList<String> steps) {
  public Mixture {
    requireNonNull(scenario, "scenario");
    steps = ImmutableList.copyOf(steps);
  }

  @Override
  public String toString() {
    return scenario + " broken by " + String.join("; then ", steps);
  }
}
