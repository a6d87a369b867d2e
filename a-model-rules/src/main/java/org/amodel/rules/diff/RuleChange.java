package org.amodel.rules.diff;

import static java.util.Objects.requireNonNull;

import org.amodel.core.finding.RuleId;

/**
 * How one rule's findings changed from the base rule set to the candidate: in how many communities,
 * about how many persons, how many findings went and how many came, and the smallest community where
 * they changed.
 */
public record RuleChange(RuleId ruleId, int communities, int persons, int findingsGone, int findingsAdded,
    Example example) {
  public RuleChange {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(example, "example");
  }
}
