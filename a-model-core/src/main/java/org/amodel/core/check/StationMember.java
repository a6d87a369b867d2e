package org.amodel.core.check;

import org.amodel.core.finding.Subject;
import org.amodel.core.model.Person;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StationAppointment;

/** A person appointed to a station post: what the recruitment and term rules look at. */
record StationMember(ServiceStation station, StationAppointment appointment, Person person) {

  /** Returns the person in their station post, as a finding's subject. */
  Subject subject(String communityId) {
    return Subject.person(communityId, person.id(), appointment.post().post());
  }
}
