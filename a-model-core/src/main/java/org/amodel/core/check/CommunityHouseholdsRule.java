package org.amodel.core.check;

import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.parameters.Parameters;

/** COMMUNITY_HOUSEHOLDS (a warning): a community normally (一般) has 100–700 households. */
final class CommunityHouseholdsRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.COMMUNITY_HOUSEHOLDS;
  }

  @Override
  public void check(CheckContext c) {
    int n = c.community().households().size();
    Bounds.of(c, Parameters.HOUSEHOLDS_MIN, Parameters.HOUSEHOLDS_MAX).filter(b -> !b.contains(n)).ifPresent(b ->
        c.report(id(), Subject.community(c.communityId()),
            "社区现有" + n + "户,一般应为" + b.zh() + "户",
            "community has " + n + " households; normally " + b.en()));
  }
}
