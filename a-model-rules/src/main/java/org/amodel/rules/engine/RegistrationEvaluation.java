package org.amodel.rules.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.Severity;
import org.amodel.rules.drl.TraceEntry;

/**
 * The outcome of checking a district's voter registrations as of a date, its communities' together
 * (a person registered in two of them is one of its findings): the VOTER_ELIGIBILITY and VOTER_UNIQUE
 * findings, sorted, each about a person in a community; the communities checked; the rule set that
 * produced them; and the trace. Unlike an {@link Evaluation}, it is not about one community.
 */
public record RegistrationEvaluation(
    String districtId, LocalDate asOf, String ruleSetId, String ruleSetVersion, ImmutableList<String> communityIds,
    ImmutableList<Finding> findings, ImmutableList<TraceEntry> trace) {
  public RegistrationEvaluation {
    requireNonNull(districtId, "districtId");
    requireNonNull(asOf, "asOf");
    requireNonNull(ruleSetId, "ruleSetId");
    requireNonNull(ruleSetVersion, "ruleSetVersion");
    communityIds = ImmutableList.copyOf(communityIds);
    findings = ImmutableList.copyOf(findings);
    trace = ImmutableList.copyOf(trace);
  }

  /** Returns the findings of {@code severity}. */
  public ImmutableList<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).collect(ImmutableList.toImmutableList());
  }

  /** Returns the findings about people of community {@code communityId}. */
  public ImmutableList<Finding> findingsOf(String communityId) {
    requireNonNull(communityId, "communityId");
    return findings.stream().filter(f -> f.subject().communityId().equals(communityId))
        .collect(ImmutableList.toImmutableList());
  }
}
