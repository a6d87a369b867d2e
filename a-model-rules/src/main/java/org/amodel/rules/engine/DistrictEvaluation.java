package org.amodel.rules.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.amodel.core.finding.Finding;

/**
 * The evaluation of every community of a district as of a date, all by one version of the
 * district's rule set.
 */
public record DistrictEvaluation(
    String districtId, LocalDate asOf, String ruleSetId, String ruleSetVersion, ImmutableList<Evaluation> communities) {
  public DistrictEvaluation {
    requireNonNull(districtId, "districtId");
    requireNonNull(asOf, "asOf");
    requireNonNull(ruleSetId, "ruleSetId");
    requireNonNull(ruleSetVersion, "ruleSetVersion");
    communities = ImmutableList.copyOf(communities);
  }

  /** Returns every community's findings, community by community. */
  public ImmutableList<Finding> findings() {
    return communities.stream().flatMap(e -> e.findings().stream()).collect(ImmutableList.toImmutableList());
  }
}
