package org.amodel.core.check;

import java.util.Optional;
import org.amodel.core.finding.Problems;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.parameters.Parameters;

/**
 * APPOINTMENT_TERM: a station appointment lasts at most the years in force on the day it began (3
 * in the seed) and, where the district ties it to the committee, ends on the day the committee's
 * term ends. The tie is checked when the community has exactly one committee (STRUCTURE_TRINITY
 * reports the other cases).
 */
final class AppointmentTermRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.APPOINTMENT_TERM;
  }

  @Override
  public void check(CheckContext c) {
    boolean tied = c.enabled(Parameters.STATION_TERM_TIED_TO_COMMITTEE);
    Optional<ResidentsCommittee> committee = c.community().residentsCommittees().size() == 1
        ? Optional.of(c.community().residentsCommittees().get(0))
        : Optional.empty();
    for (StationMember member : c.stationMembers()) {
      StationAppointment a = member.appointment();
      Problems problems = new Problems();
      c.paramOn(Parameters.STATION_TERM_YEARS_MAX, a.term().start())
          .filter(years -> !a.term().lastsAtMostYears(years))
          .ifPresent(years -> problems.add(
              "聘期" + a.term() + "超过" + years + "年",
              "appointment " + a.term() + " lasts longer than " + years + " years"));
      if (tied) {
        committee.filter(rc -> !rc.term().end().equals(a.term().end())).ifPresent(rc -> problems.add(
            "聘期止于" + a.term().end() + ",居委会任期止于" + rc.term().end() + ",二者应相同",
            "appointment ends " + a.term().end() + " but the committee's term ends " + rc.term().end()
                + "; they must end together"));
      }
      c.reportAll(id(), member.subject(c.communityId()), problems);
    }
  }
}
