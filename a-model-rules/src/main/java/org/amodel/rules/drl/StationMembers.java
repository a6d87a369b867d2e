package org.amodel.rules.drl;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import org.amodel.core.model.Community;
import org.amodel.core.model.Person;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StationAppointment;

/** Makes the {@link StationMember} facts of a community. */
public final class StationMembers {
  private StationMembers() {}

  /** Returns a fact per station appointment of {@code community}, in the community's order. */
  public static ImmutableList<StationMember> of(Community community) {
    Map<String, Person> people = community.peopleById();
    ImmutableList.Builder<StationMember> members = ImmutableList.builder();
    for (ServiceStation s : community.serviceStations()) {
      for (StationAppointment a : s.appointments()) {
        members.add(new StationMember(s, a, people.get(a.personId()),
            a.recruitmentId().flatMap(community::recruitment).orElse(null)));
      }
    }
    return members.build();
  }
}
