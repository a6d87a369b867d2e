package org.amodel.rules.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.amodel.core.recruitment.RecruitmentOutcome;
import org.amodel.rules.drl.StopCollector;

/**
 * A recruitment run through a rule set: the outcome (where each applicant stopped by the rule set's
 * recruitment-process rules; the others ranked and appointed by the core's {@code
 * RecruitmentProcess.rankAndAppoint}), the id and version of the rule set, and the trace of every
 * condition the rules reported, those after an applicant's stop too.
 */
public record RecruitmentRun(
    String ruleSetId, String ruleSetVersion, RecruitmentOutcome outcome, ImmutableList<StopCollector.Report> trace) {
  public RecruitmentRun {
    requireNonNull(ruleSetId, "ruleSetId");
    requireNonNull(ruleSetVersion, "ruleSetVersion");
    requireNonNull(outcome, "outcome");
    trace = ImmutableList.copyOf(trace);
  }
}
