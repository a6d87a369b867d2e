package org.amodel.rules.ruleset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.amodel.core.finding.Finding;

/**
 * What running a {@link Scenario} gave: the expected findings that did not come ({@code missing}),
 * the findings that came but were not expected ({@code unexpected}), and those compared that matched.
 * A scenario passes when nothing is missing or unexpected.
 */
public record ScenarioResult(
    Scenario scenario, String ruleSetId, String ruleSetVersion, ImmutableList<Scenario.Expected> missing,
    ImmutableList<Finding> unexpected, ImmutableList<Finding> matched) {
  public ScenarioResult {
    requireNonNull(scenario, "scenario");
    requireNonNull(ruleSetId, "ruleSetId");
    requireNonNull(ruleSetVersion, "ruleSetVersion");
    missing = ImmutableList.copyOf(missing);
    unexpected = ImmutableList.copyOf(unexpected);
    matched = ImmutableList.copyOf(matched);
  }

  public boolean passed() {
    return missing.isEmpty() && unexpected.isEmpty();
  }
}
