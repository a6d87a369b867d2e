package org.amodel.rules.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.Severity;
import org.amodel.rules.drl.TraceEntry;

/**
 * The outcome of evaluating one community as of a date: its findings (the core's {@link Finding}s,
 * sorted), the id and version of the rule set that produced them, and the trace of what fired on
 * which facts.
 */
public record Evaluation(
    String communityId, LocalDate asOf, String ruleSetId, String ruleSetVersion, ImmutableList<Finding> findings,
    ImmutableList<TraceEntry> trace) {
  public Evaluation {
    requireNonNull(communityId, "communityId");
    requireNonNull(asOf, "asOf");
    requireNonNull(ruleSetId, "ruleSetId");
    requireNonNull(ruleSetVersion, "ruleSetVersion");
    findings = ImmutableList.copyOf(findings);
    trace = ImmutableList.copyOf(trace);
  }

  /** Returns the findings of {@code severity}. */
  public ImmutableList<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).collect(ImmutableList.toImmutableList());
  }
}
