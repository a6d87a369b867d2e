package org.amodel.core.check;

import org.amodel.core.finding.Problems;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.parameters.Parameters;

/**
 * COMMITTEE_SIZE: 5–9 members in all, exactly one chair, at least one vice-chair, the rest members.
 * That a person holds one seat only is a structural truth of {@link ResidentsCommittee}.
 */
final class CommitteeSizeRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.COMMITTEE_SIZE;
  }

  @Override
  public void check(CheckContext c) {
    var size = Bounds.of(c, Parameters.COMMITTEE_SIZE_MIN, Parameters.COMMITTEE_SIZE_MAX);
    var viceChairsMin = c.param(Parameters.COMMITTEE_VICE_CHAIRS_MIN);
    if (size.isEmpty() && viceChairsMin.isEmpty()) {
      return;
    }
    for (ResidentsCommittee rc : c.community().residentsCommittees()) {
      Problems problems = new Problems();
      int n = rc.seats().size();
      size.filter(b -> !b.contains(n)).ifPresent(b -> problems.add(
          "居委会现有" + n + "人,应为" + b.zh() + "人", "committee has " + n + " members; " + b.en() + " required"));
      int chairs = rc.seats(CommitteePost.CHAIR).size();
      if (chairs != 1) {
        problems.add("主任现有" + chairs + "人,应为1人", "committee has " + chairs + " chairs; exactly 1 required");
      }
      int viceChairs = rc.seats(CommitteePost.VICE_CHAIR).size();
      viceChairsMin.filter(min -> viceChairs < min).ifPresent(min -> problems.add(
          "副主任现有" + viceChairs + "人,应至少" + min + "人",
          "committee has " + viceChairs + " vice-chair" + (viceChairs == 1 ? "" : "s") + "; at least " + min
              + " required"));
      c.reportAll(id(), Subject.of(c.communityId(), SubjectKind.RESIDENTS_COMMITTEE, rc.id()), problems);
    }
  }
}
