package org.amodel.rules.drl;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.amodel.core.model.Person;
import org.amodel.core.model.Post;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StationAppointment;

/**
 * A fact for rule files: one person's appointment to a station post, with the person and the
 * recruitment it names (null when none), and the day the recruitment is judged on.
 */
public final class StationMember {
  private final ServiceStation station;
  private final StationAppointment appointment;
  private final Person person;
  private final Recruitment recruitment;

  public StationMember(ServiceStation station, StationAppointment appointment, Person person, Recruitment recruitment) {
    this.station = requireNonNull(station, "station");
    this.appointment = requireNonNull(appointment, "appointment");
    this.person = requireNonNull(person, "person");
    this.recruitment = recruitment;
  }

  public ServiceStation station() {
    return station;
  }

  public StationAppointment appointment() {
    return appointment;
  }

  public Person person() {
    return person;
  }

  /** Returns the recruitment the appointment names, or null if none. */
  public Recruitment recruitment() {
    return recruitment;
  }

  public boolean recruited() {
    return recruitment != null;
  }

  public Post post() {
    return appointment.post().post();
  }

  /** Returns the recruitment's reference date, or the appointment's first day if there was none. */
  public LocalDate recruitedOn() {
    return recruitment != null ? recruitment.referenceDate() : appointment.term().start();
  }

  @Override
  public String toString() {
    return "StationMember " + person.id() + " (" + appointment.post() + ")";
  }
}
