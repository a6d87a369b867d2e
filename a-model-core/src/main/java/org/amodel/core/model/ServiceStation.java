package org.amodel.core.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The community service station (社区服务站): the recruited execution layer, the other leg of the
 * "A". It is managed by a subdistrict office and evaluated by a representative assembly; a person
 * holds at most one post in it.
 */
public record ServiceStation(
    String id,
    String managingOfficeId,
    Optional<String> evaluatingAssemblyId,
    ImmutableList<StationAppointment> appointments) {

  public ServiceStation {
    Checks.id(id, "id");
    Checks.id(managingOfficeId, "managingOfficeId");
    Objects.requireNonNull(evaluatingAssemblyId, "evaluatingAssemblyId");
    appointments = ImmutableList.copyOf(appointments);
    Checks.unique(appointments, StationAppointment::personId, "appointments of station " + id);
  }

  public static ServiceStation of(
      String id, String managingOfficeId, String evaluatingAssemblyId, List<StationAppointment> appointments) {
    return new ServiceStation(id, managingOfficeId, Optional.of(evaluatingAssemblyId), ImmutableList.copyOf(appointments));
  }

  public ServiceStation withAppointments(List<StationAppointment> newAppointments) {
    return new ServiceStation(id, managingOfficeId, evaluatingAssemblyId, ImmutableList.copyOf(newAppointments));
  }

  public ServiceStation withManagingOfficeId(String officeId) {
    return new ServiceStation(id, officeId, evaluatingAssemblyId, appointments);
  }

  public ServiceStation withEvaluatingAssemblyId(Optional<String> assemblyId) {
    return new ServiceStation(id, managingOfficeId, assemblyId, appointments);
  }

  /** Returns the appointments to {@code post}. */
  public ImmutableList<StationAppointment> appointments(StationPost post) {
    return appointments.stream().filter(a -> a.post() == post).collect(ImmutableList.toImmutableList());
  }

  /** Returns the number of people in the station. */
  public int size() {
    return appointments.size();
  }
}
