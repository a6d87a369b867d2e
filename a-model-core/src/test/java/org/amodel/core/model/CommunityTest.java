package org.amodel.core.model;

import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.HEAD;
import static org.amodel.core.fixtures.SeedFixture.OFFICE;
import static org.amodel.core.fixtures.SeedFixture.residentId;
import static org.amodel.core.model.Rejections.assertIllegal;
import static org.amodel.core.model.Rejections.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amodel.core.fixtures.SeedFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A community")
class CommunityTest {
  private static final String UNKNOWN = "not-a-resident";
  private static final String NOT_KNOWN = "names person " + UNKNOWN + ", who is not among the people of community "
      + COMMUNITY_ID;

  private static Community seed() {
    return SeedFixture.community();
  }

  @Test
  @DisplayName("rebuilt from its own builder is equal to itself")
  void toBuilderRoundTrip() {
    assertEquals(seed(), seed().toBuilder().build());
  }

  @Test
  @DisplayName("cannot seat on its committee a person it does not know")
  void unknownCommitteeMemberRejected() {
    List<CommitteeSeat> seats = new ArrayList<>(seed().residentsCommittees().get(0).seats());
    seats.add(CommitteeSeat.of(UNKNOWN, CommitteePost.MEMBER, LocalDate.of(2005, 9, 1)));
    assertIllegal(() -> SeedFixture.withCommitteeSeats(seed(), seats), "residentsCommittees[rc-1].seats " + NOT_KNOWN);
  }

  @Test
  @DisplayName("cannot appoint to its station a person it does not know")
  void unknownStationMemberRejected() {
    List<StationAppointment> appointments = new ArrayList<>(seed().serviceStations().get(0).appointments());
    appointments.add(SeedFixture.appointment(UNKNOWN, StationPost.STAFF));
    assertIllegal(() -> SeedFixture.withStationAppointments(seed(), appointments),
        "serviceStations[station-1].appointments " + NOT_KNOWN);
  }

  @Test
  @DisplayName("cannot have a secretary it does not know")
  void unknownSecretaryRejected() {
    assertIllegal(() -> SeedFixture.withSecretary(seed(), UNKNOWN, LocalDate.of(2005, 9, 1)),
        "partyOrganisations[party-1].secretary " + NOT_KNOWN);
  }

  @Test
  @DisplayName("cannot seat in its assembly a person it does not know")
  void unknownRepresentativeRejected() {
    assertIllegal(() -> SeedFixture.withAssemblyRepresentatives(seed(), List.of(
            new AssemblyRepresentative(UNKNOWN, RepresentativeCategory.RESIDENTS_GROUP, "第一居民小组"))),
        "assemblies[assembly-1].representatives " + NOT_KNOWN);
  }

  @Test
  @DisplayName("cannot record an assessment or an applicant it does not know")
  void unknownAssessedOrApplicantRejected() {
    assertIllegal(() -> SeedFixture.withAssessment(seed(), SeedFixture.passedAssessment(UNKNOWN, LocalDate.of(2005, 8, 1))),
        "assessments[assessment-" + UNKNOWN + "-2005-08-01].personId " + NOT_KNOWN);
    Recruitment r = SeedFixture.recruitment(seed());
    List<ApplicantRecord> applicants = new ArrayList<>(r.applicants());
    applicants.add(SeedFixture.passedAllStages(UNKNOWN));
    assertIllegal(() -> SeedFixture.withRecruitment(seed(), r.withApplicants(applicants)),
        "recruitments[recruit-2005].applicants " + NOT_KNOWN);
  }

  @Test
  @DisplayName("cannot have a household member it does not know")
  void unknownHouseholdMemberRejected() {
    List<Household> households = new ArrayList<>(seed().households());
    households.add(Household.of("hh-new", "杆石桥小区99号楼", UNKNOWN, Set.of(UNKNOWN)));
    assertIllegal(() -> seed().toBuilder().households(households).build(), "households[hh-new].memberIds " + NOT_KNOWN);
  }

  @Test
  @DisplayName("cannot put one person in two households; the message names the person and both households")
  void personInTwoHouseholdsRejected() {
    List<Household> households = new ArrayList<>(seed().households());
    String resident = residentId(1, 2);
    households.add(Household.of("hh-new", "杆石桥小区99号楼", resident, Set.of(resident)));
    assertIllegal(() -> seed().toBuilder().households(households).build(),
        "person " + resident + " belongs to households hh-001 and hh-new of community " + COMMUNITY_ID);
  }

  @Test
  @DisplayName("cannot know two people with the same id")
  void duplicatePersonIdRejected() {
    assertIllegal(() -> SeedFixture.withPeopleAdded(seed(),
            Person.of(HEAD, "另一个李明", LocalDate.of(1980, 1, 1), EducationLevel.COLLEGE)),
        "people of community " + COMMUNITY_ID + " lists " + HEAD + " more than once");
  }

  @Test
  @DisplayName("cannot list two households, stations or recruitments with the same id")
  void duplicateIdsRejected() {
    Community c = seed();
    List<Household> households = new ArrayList<>(c.households());
    households.add(Household.of("hh-001", "杆石桥小区99号楼", HEAD, Set.of(HEAD)));
    assertIllegal(() -> c.toBuilder().households(households).build(),
        "households of community " + COMMUNITY_ID + " lists hh-001 more than once");
    ServiceStation station = c.serviceStations().get(0);
    assertIllegal(() -> c.toBuilder().serviceStations(List.of(station, station)).build(),
        "serviceStations of community " + COMMUNITY_ID + " lists station-1 more than once");
    Recruitment r = SeedFixture.recruitment(c);
    assertIllegal(() -> c.toBuilder().recruitments(List.of(r, r)).build(),
        "recruitments of community " + COMMUNITY_ID + " lists recruit-2005 more than once");
  }

  @Test
  @DisplayName("cannot have an appointment that names a recruitment it does not list")
  void unknownRecruitmentRejected() {
    List<StationAppointment> appointments = seed().serviceStations().get(0).appointments().stream()
        .map(a -> a.personId().equals(HEAD) ? StationAppointment.recruited(HEAD, StationPost.HEAD, a.term(), "recruit-x") : a)
        .toList();
    assertIllegal(() -> SeedFixture.withStationAppointments(seed(), appointments),
        "appointments of head names recruitment recruit-x, which community " + COMMUNITY_ID + " does not list");
  }

  @Test
  @DisplayName("can only replace a person it knows")
  void withPersonOfUnknownRejected() {
    assertIllegal(() -> seed().withPerson(Person.of(UNKNOWN, "无名", LocalDate.of(1980, 1, 1), EducationLevel.COLLEGE)),
        "community " + COMMUNITY_ID + " has no person " + UNKNOWN + " to replace");
    Community changed = seed().withPerson(SeedFixture.person(HEAD).withEducation(EducationLevel.MASTER));
    assertEquals(EducationLevel.MASTER, SeedFixture.person(changed, HEAD).education());
    assertNotEquals(seed(), changed);
    assertEquals(seed().people().size(), changed.people().size());
  }

  @Test
  @DisplayName("rejects a blank id, a null name and a null office, naming the field")
  void badFieldsRejected() {
    assertIllegal(() -> Community.builder("", "杆石桥第一社区", CommunityType.BLOCK, OFFICE).build(), "id must not be blank");
    assertNull(() -> Community.builder("c1", null, CommunityType.BLOCK, OFFICE).build(), "name");
    assertNull(() -> Community.builder("c1", "杆石桥第一社区", CommunityType.BLOCK, null).build(), "subdistrictOffice");
    assertNull(() -> Community.builder("c1", "杆石桥第一社区", null, OFFICE).build(), "type");
  }

  private static final Forum FORUM = Forum.of("forum-1", ForumKind.COMMUNITY_DIALOGUE, LocalDate.of(2005, 10, 12),
      "小区停车难", 40, List.of(Suggestion.solvedOn("s1", "施划停车位", LocalDate.of(2005, 11, 2))));
  private static final UnitResource FIELD = new UnitResource("res-1", "济南市某小学", "操场", LocalDate.of(2005, 11, 1));

  private static Community withActivity() {
    return seed().toBuilder().forums(List.of(FORUM)).unitResources(List.of(FIELD)).build();
  }

  @Test
  @DisplayName("has no forums and no unit resources unless given; keeps them through toBuilder and withId")
  void forumsAndUnitResourcesAreKept() {
    assertEquals(List.of(), Community.builder("c1", "杆石桥第一社区", CommunityType.BLOCK, OFFICE).build().forums());
    assertEquals(List.of(), seed().unitResources());
    Community c = withActivity();
    assertEquals(List.of(FORUM), c.forums());
    assertEquals(List.of(FIELD), c.unitResources());
    assertEquals(c, c.toBuilder().build());
    assertEquals(List.of(FORUM), c.withId("c-other").forums());
    assertEquals(List.of(FIELD), c.withId("c-other").unitResources());
    assertEquals(List.of(FIELD), c.withPerson(SeedFixture.person(HEAD)).unitResources());
  }

  @Test
  @DisplayName("cannot list two forums or two unit resources with the same id")
  void duplicateForumOrResourceRejected() {
    assertIllegal(() -> seed().toBuilder().forums(List.of(FORUM, FORUM)).build(),
        "forums of community " + COMMUNITY_ID + " lists forum-1 more than once");
    assertIllegal(() -> seed().toBuilder().unitResources(List.of(FIELD,
            new UnitResource("res-1", "市中区人民医院", "会议室", LocalDate.of(2005, 12, 1)))).build(),
        "unitResources of community " + COMMUNITY_ID + " lists res-1 more than once");
  }

  @Test
  @DisplayName("keeps its lists unmodifiable")
  void listsAreImmutable() {
    Community c = seed();
    assertThrows(UnsupportedOperationException.class, () -> c.people().clear());
    assertThrows(UnsupportedOperationException.class, () -> c.households().remove(0));
    assertThrows(UnsupportedOperationException.class, () -> withActivity().forums().clear());
    assertThrows(UnsupportedOperationException.class, () -> withActivity().unitResources().clear());
  }
}
