package org.amodel.rules.ruleset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.amodel.core.finding.Finding;

/**
 * What running a {@link Scenario} gave: the expected findings that did not come ({@code missing}),
 * the findings that came but were not expected ({@code unexpected}), those compared that matched,
 * and, for a recruitment scenario, who was appointed ({@code appointed}, person ids in rank order).
 * A scenario passes when nothing is missing or unexpected and, if it expects appointments, the
 * appointed are those, in that order.
 */
public record ScenarioResult(
    Scenario scenario, String ruleSetId, String ruleSetVersion, ImmutableList<Scenario.Expected> missing,
    ImmutableList<Finding> unexpected, ImmutableList<Finding> matched, ImmutableList<String> appointed) {
  public ScenarioResult {
    requireNonNull(scenario, "scenario");
    requireNonNull(ruleSetId, "ruleSetId");
    requireNonNull(ruleSetVersion, "ruleSetVersion");
    missing = ImmutableList.copyOf(missing);
    unexpected = ImmutableList.copyOf(unexpected);
    matched = ImmutableList.copyOf(matched);
    appointed = ImmutableList.copyOf(appointed);
  }

  /** Returns the result of a scenario that appoints no one (one not about a recruitment). */
  public ScenarioResult(Scenario scenario, String ruleSetId, String ruleSetVersion,
      ImmutableList<Scenario.Expected> missing, ImmutableList<Finding> unexpected, ImmutableList<Finding> matched) {
    this(scenario, ruleSetId, ruleSetVersion, missing, unexpected, matched, ImmutableList.of());
  }

  /** Returns true if the scenario expects no appointments, or those appointed are the ones it expects, in order. */
  public boolean appointedAsExpected() {
    return scenario.appointed().map(appointed::equals).orElse(true);
  }

  public boolean passed() {
    return missing.isEmpty() && unexpected.isEmpty() && appointedAsExpected();
  }
}
