package org.amodel.rules.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetProblem;

/** What became of a request to replace a district's rule set. */
public sealed interface ReloadResult permits ReloadResult.Swapped, ReloadResult.Refused {

  /** The replacement compiled and now serves; {@code previous} is what served before, if anything. */
  record Swapped(String district, RuleSet current, Optional<RuleSet> previous) implements ReloadResult {
    public Swapped {
      requireNonNull(district, "district");
      requireNonNull(current, "current");
      requireNonNull(previous, "previous");
    }
  }

  /** The replacement was refused for these problems; {@code serving} still serves, if anything did. */
  record Refused(ImmutableList<RuleSetProblem> problems, Optional<RuleSet> serving) implements ReloadResult {
    public Refused {
      problems = ImmutableList.copyOf(problems);
      requireNonNull(serving, "serving");
    }

    static Refused of(List<RuleSetProblem> problems, Optional<RuleSet> serving) {
      return new Refused(ImmutableList.copyOf(problems), serving);
    }
  }
}
