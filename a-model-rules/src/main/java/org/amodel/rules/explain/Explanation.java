package org.amodel.rules.explain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;

/**
 * Why a rule id gave the findings it gave on a community as of a date, or why it gave none: the
 * findings of that id (on the subject asked about, if one was), and each DRL rule of that id
 * explained ({@link RuleExplanation}).
 */
public record Explanation(String ruleSetId, String ruleSetVersion, String communityId, LocalDate asOf, RuleId ruleId,
    Optional<SubjectSelector> subject, List<Finding> findings, List<RuleExplanation> rules) {
  public Explanation {
    requireNonNull(ruleSetId, "ruleSetId");
    requireNonNull(ruleSetVersion, "ruleSetVersion");
    requireNonNull(communityId, "communityId");
    requireNonNull(asOf, "asOf");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(subject, "subject");
    findings = ImmutableList.copyOf(findings);
    rules = ImmutableList.copyOf(rules);
  }

  /** Returns whether the rule id gave a finding (on the subject, if one was asked about). */
  public boolean fired() {
    return !findings.isEmpty();
  }
}
