package org.amodel.rules.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import org.amodel.core.finding.RuleId;

/**
 * The impact of replacing rule set {@code base} by {@code candidate} on a population of communities
 * as of one date: how many communities and persons change outcome, and the change of each rule.
 */
public record DiffReport(String baseId, String baseVersion, String candidateId, String candidateVersion,
    LocalDate asOf, int communities, int changedCommunities, int changedPersons,
    ImmutableSortedMap<RuleId, RuleChange> byRule) {
  public DiffReport {
    requireNonNull(baseId, "baseId");
    requireNonNull(baseVersion, "baseVersion");
    requireNonNull(candidateId, "candidateId");
    requireNonNull(candidateVersion, "candidateVersion");
    requireNonNull(asOf, "asOf");
    requireNonNull(byRule, "byRule");
  }

  /** Returns true if no community's findings changed. */
  public boolean unchanged() {
    return changedCommunities == 0;
  }
}
