package org.amodel.rules.explain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.amodel.rules.drl.TraceEntry;

/**
 * One DRL rule of the explained rule id: where it is ({@code file}, in the DRL that was checked, so a
 * sentence or a table row shows as its rule), its basis ({@code @basis}, or with {@code @basisFrom}
 * the source of that parameter's value in force on the as-of date), the parameters it reads, the
 * times it fired (from the evaluation's trace, with the facts it matched), and each of its condition
 * elements tested on the community's facts.
 */
public record RuleExplanation(String packageName, String ruleName, String file, String basis,
    Optional<String> basisFrom, List<ParameterReading> parameters, List<TraceEntry> fired,
    List<PatternCheck> patterns, List<Note> notes) {
  public RuleExplanation {
    requireNonNull(packageName, "packageName");
    requireNonNull(ruleName, "ruleName");
    requireNonNull(file, "file");
    requireNonNull(basis, "basis");
    requireNonNull(basisFrom, "basisFrom");
    parameters = ImmutableList.copyOf(parameters);
    fired = ImmutableList.copyOf(fired);
    patterns = ImmutableList.copyOf(patterns);
    notes = ImmutableList.copyOf(notes);
  }

  /**
   * Returns the first condition element that did not hold, if the rule's elements were tested up to
   * one that failed; empty if every tested element held or one could not be tested first.
   */
  public Optional<PatternCheck> firstFailed() {
    for (PatternCheck p : patterns) {
      Optional<Boolean> held = p.held();
      if (held.isEmpty()) {
        return Optional.empty();
      }
      if (!held.get()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
