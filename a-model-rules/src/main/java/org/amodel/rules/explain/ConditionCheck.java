package org.amodel.rules.explain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One condition of a pattern tested on one fact: its text as written, how deep it sits in the
 * pattern's {@code &&} and {@code ||} (0 for a condition of the pattern itself), what became of it,
 * and the values of its sides and of the parameters it reads, as the rule saw them.
 */
public record ConditionCheck(String condition, int depth, Outcome outcome, List<Value> values) {
  public ConditionCheck {
    requireNonNull(condition, "condition");
    requireNonNull(outcome, "outcome");
    values = ImmutableList.copyOf(values);
  }

  /** An expression of a condition and its value, shown as text ({@code size()} = {@code 4}). */
  public record Value(String expression, String value) {
    public Value {
      requireNonNull(expression, "expression");
      requireNonNull(value, "value");
    }
  }
}
