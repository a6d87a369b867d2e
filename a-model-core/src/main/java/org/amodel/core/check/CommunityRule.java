package org.amodel.core.check;

import org.amodel.core.finding.RuleId;

/** One rule of the reference checker: looks at a community and reports what it finds. */
interface CommunityRule {
  RuleId id();

  /** Reports this rule's findings on {@code context}'s community through {@link CheckContext#report}. */
  void check(CheckContext context);
}
