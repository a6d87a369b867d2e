package org.amodel.core.check;

import java.time.LocalDate;
import java.util.Optional;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Person;
import org.amodel.core.parameters.Parameters;

/**
 * RECRUIT_AGE: each station member was at most 40 (40岁以下 includes 40) in full years on the
 * recruitment's reference date, by the limit in force that day; a member appointed without a
 * recruitment is judged on the first day of the appointment.
 */
final class RecruitAgeRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.RECRUIT_AGE;
  }

  @Override
  public void check(CheckContext c) {
    for (StationMember m : c.stationMembers()) {
      Person p = m.person();
      LocalDate reference = m.recruitedOn();
      Optional<Integer> limit = c.paramOn(Parameters.RECRUIT_AGE_MAX, reference);
      if (limit.isEmpty() || reference.isBefore(p.birthDate())) {
        continue; // no limit in force then, or born after the reference date: no age to exceed
      }
      int max = limit.get();
      int age = p.ageOn(reference);
      if (age > max) {
        String whenZh = m.recruitment().isPresent() ? "招聘基准日" : "聘任之日";
        String whenEn = m.recruitment().isPresent()
            ? "the recruitment's reference date" : "the first day of the appointment";
        c.report(id(), m.subject(c.communityId()),
            p.name() + "在" + reference + "(" + whenZh + ")年满" + age + "周岁,应为" + max + "周岁以下",
            p.name() + " was " + age + " on " + reference + " (" + whenEn + "); at most " + max + " allowed");
      }
    }
  }
}
