package org.amodel.rules.drl;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;

/** One report in an evaluation's trace: which rule fired, about what, on which facts. */
public record TraceEntry(
    String packageName, String ruleName, RuleId ruleId, Subject subject, ImmutableList<String> facts) {
  public TraceEntry {
    requireNonNull(packageName, "packageName");
    requireNonNull(ruleName, "ruleName");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(subject, "subject");
    facts = ImmutableList.copyOf(facts);
  }

  @Override
  public String toString() {
    return packageName + "." + ruleName + " [" + ruleId + "] on " + facts + " → " + subject;
  }
}
