package org.amodel.core.check;

import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.Person;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.parameters.Parameters;

/** RECRUIT_EDUCATION: each station member has college (大专) education or higher. */
final class RecruitEducationRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.RECRUIT_EDUCATION;
  }

  @Override
  public void check(CheckContext c) {
    c.param(Parameters.RECRUIT_EDUCATION_MIN).ifPresent(min -> {
      for (ServiceStation s : c.community().serviceStations()) {
        for (StationAppointment a : s.appointments()) {
          Person p = c.person(a.personId());
          if (!p.education().isAtLeast(min)) {
            c.report(id(), Subject.person(c.communityId(), p.id(), a.post().post()),
                p.name() + "文化程度为" + p.education().nameZh() + ",应为" + min.nameZh() + "以上",
                p.name() + " has " + p.education().nameEn() + " education; " + min.nameEn() + " or higher required");
          }
        }
      }
    });
  }
}
