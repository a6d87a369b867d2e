package org.amodel.core.check;

import java.time.LocalDate;
import java.util.Optional;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StationAppointment;

/**
 * A person appointed to a station post, with the recruitment the appointment names (if the
 * community lists it): what the recruitment and term rules look at.
 */
record StationMember(
    ServiceStation station, StationAppointment appointment, Person person, Optional<Recruitment> recruitment) {

  /** Returns the person in their station post, as a finding's subject. */
  Subject subject(String communityId) {
    return Subject.person(communityId, person.id(), appointment.post().post());
  }

  /**
   * Returns the day the member's recruitment is judged on, and whose rules apply: the recruitment's
   * reference date, or the first day of the appointment when there was no recruitment.
   */
  LocalDate recruitedOn() {
    return recruitment.map(Recruitment::referenceDate).orElse(appointment.term().start());
  }
}
