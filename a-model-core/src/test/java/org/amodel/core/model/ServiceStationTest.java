package org.amodel.core.model;

import static org.amodel.core.model.Rejections.assertIllegal;
import static org.amodel.core.model.Rejections.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A service station")
class ServiceStationTest {
  private static final Term TERM = Term.ofYears(LocalDate.of(2005, 9, 1), 3);

  private static StationAppointment appointment(String personId, StationPost post) {
    return StationAppointment.recruited(personId, post, TERM, "recruit-2005");
  }

  @Test
  @DisplayName("cannot list the same person twice, even in two posts; the message names the person")
  void samePersonTwiceRejected() {
    assertIllegal(() -> ServiceStation.of("station-1", "office-1", "assembly-1", List.of(
            appointment("head", StationPost.HEAD),
            appointment("head", StationPost.STAFF))),
        "appointments of station station-1 lists head more than once");
  }

  @Test
  @DisplayName("of any size can be built: how many people it needs is a district's rule")
  void anySizeIsBuildable() {
    List<StationAppointment> five = new ArrayList<>();
    five.add(appointment("head", StationPost.HEAD));
    for (int i = 1; i <= 4; i++) {
      five.add(appointment("staff-" + i, StationPost.STAFF));
    }
    ServiceStation s = ServiceStation.of("station-1", "office-1", "assembly-1", five);
    assertEquals(5, s.size());
    assertEquals(4, s.appointments(StationPost.STAFF).size());
    assertEquals(0, s.appointments(StationPost.DEPUTY_HEAD).size());
    assertEquals(0, ServiceStation.of("station-1", "office-1", "assembly-1", List.of()).size());
  }

  @Test
  @DisplayName("rejects a blank managing office and a null evaluating assembly, naming the field")
  void badFieldsRejected() {
    assertIllegal(() -> ServiceStation.of("station-1", "", "assembly-1", List.of()),
        "managingOfficeId must not be blank");
    assertNull(() -> new ServiceStation("station-1", "office-1", null, ImmutableList.of()),
        "evaluatingAssemblyId");
  }

  @Test
  @DisplayName("copies keep every other field")
  void withCopies() {
    ServiceStation s = ServiceStation.of("station-1", "office-1", "assembly-1",
        List.of(appointment("head", StationPost.HEAD)));
    ServiceStation moved = s.withManagingOfficeId("office-2").withEvaluatingAssemblyId(Optional.empty());
    assertEquals("station-1", moved.id());
    assertEquals("office-2", moved.managingOfficeId());
    assertEquals(Optional.empty(), moved.evaluatingAssemblyId());
    assertEquals(s.appointments(), moved.appointments());
  }

  @Test
  @DisplayName("an appointment rejects a blank recruitment id and null fields, naming the field")
  void appointmentRejectsBadFields() {
    assertIllegal(() -> new StationAppointment("head", StationPost.HEAD, TERM, Optional.of(" ")),
        "recruitmentId must not be blank");
    assertNull(() -> StationAppointment.unrecruited("head", null, TERM), "post");
    assertNull(() -> StationAppointment.unrecruited("head", StationPost.HEAD, null), "term");
  }
}
