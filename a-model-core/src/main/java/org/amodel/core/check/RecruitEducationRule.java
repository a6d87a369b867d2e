package org.amodel.core.check;

import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Person;
import org.amodel.core.parameters.Parameters;

/**
 * RECRUIT_EDUCATION: each station member has college (大专) education or higher, by the minimum in
 * force on the recruitment's reference date.
 */
final class RecruitEducationRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.RECRUIT_EDUCATION;
  }

  @Override
  public void check(CheckContext c) {
    for (StationMember m : c.stationMembers()) {
      Person p = m.person();
      c.paramOn(Parameters.RECRUIT_EDUCATION_MIN, m.recruitedOn())
          .filter(min -> !p.education().isAtLeast(min))
          .ifPresent(min -> c.report(id(), m.subject(c.communityId()),
              p.name() + "文化程度为" + p.education().nameZh() + ",应为" + min.nameZh() + "以上",
              p.name() + " has " + p.education().nameEn() + " education; " + min.nameEn() + " or higher required"));
    }
  }
}
