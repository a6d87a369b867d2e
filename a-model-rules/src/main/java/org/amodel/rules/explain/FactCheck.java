package org.amodel.rules.explain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * A pattern's conditions tested on one fact: the fact, the fact of the rule's first pattern it was
 * tested with (for a later pattern), whether every condition held, and each condition in order.
 */
public record FactCheck(String fact, Optional<String> with, boolean matched, List<ConditionCheck> conditions) {
  public FactCheck {
    requireNonNull(fact, "fact");
    requireNonNull(with, "with");
    conditions = ImmutableList.copyOf(conditions);
  }

  /** Returns the first condition that failed, if one did. */
  public Optional<ConditionCheck> firstFailed() {
    return conditions.stream().filter(c -> c.outcome() == Outcome.FAILED).findFirst();
  }
}
