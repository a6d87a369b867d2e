package org.amodel.core.scale;

import static org.amodel.core.model.CommitteePost.CHAIR;
import static org.amodel.core.model.CommitteePost.MEMBER;
import static org.amodel.core.model.CommitteePost.VICE_CHAIR;
import static org.amodel.core.model.StationPost.DEPUTY_HEAD;
import static org.amodel.core.model.StationPost.HEAD;
import static org.amodel.core.model.StationPost.STAFF;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Appointment;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Forum;
import org.amodel.core.model.ForumKind;
import org.amodel.core.model.GridBranch;
import org.amodel.core.model.Household;
import org.amodel.core.model.Matter;
import org.amodel.core.model.MatterKind;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.PartyOrganisationKind;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.RecruitmentMethod;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StageResult;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.core.model.SubdistrictPartyWorkingCommittee;
import org.amodel.core.model.Suggestion;
import org.amodel.core.model.Term;
import org.amodel.core.model.UnitResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Merging communities (seed §二(一), 84 → 66) keeps everything once and says where it went. */
class ScaleAdjustmentTest {
  private static final SubdistrictOffice OFFICE = new SubdistrictOffice("o-gsq", "杆石桥街道办事处",
      new SubdistrictPartyWorkingCommittee("w-gsq", "杆石桥街道党工委"));
  private static final LocalDate START = LocalDate.of(2005, 9, 1);
  private static final LocalDate AS_OF = LocalDate.of(2005, 12, 1);
  private static final Term TERM = Term.ofYears(START, 3);
  private static final String NEW_ID = "c-new";
  private static final Person X = person("x");

  // ---------------------------------------------------------------- fixture

  private static Person person(String id) {
    return Person.of(id, "居民" + id, LocalDate.of(1978, 5, 1), EducationLevel.COLLEGE);
  }

  /** A small community {@code c-p} with one of everything; every id in it starts with {@code p-}. */
  private static Community community(String p) {
    List<Person> people = new ArrayList<>(Stream.of("chair", "vice", "member", "head", "deputy", "staff", "rep")
        .map(n -> person(p + "-" + n)).toList());
    people.add(person(p + "-sec").withPartyMembership(
        PartyMembership.full(LocalDate.of(1998, 7, 1), LocalDate.of(1999, 7, 1))));
    List<StageResult> passed = Arrays.stream(RecruitmentStage.values())
        .map(s -> StageResult.passed(s, START.minusDays(30 - s.ordinal()))).toList();
    String rec = p + "-rec";
    return Community.builder("c-" + p, "社区" + p, CommunityType.BLOCK, OFFICE)
        .people(people)
        .households(List.of(
            Household.of(p + "-h1", p + "路1号", p + "-chair", Set.of(p + "-chair", p + "-rep")),
            Household.of(p + "-h2", p + "路2号", p + "-vice", Set.of(p + "-vice"))))
        .partyOrganisations(List.of(PartyOrganisation.of(p + "-po", PartyOrganisationKind.GENERAL_BRANCH,
            Appointment.of(p + "-sec", START), List.of(new GridBranch(p + "-g1", "第一网格支部", p + "-member")))))
        .residentsCommittees(List.of(ResidentsCommittee.of(p + "-rc", TERM, List.of(
            CommitteeSeat.of(p + "-chair", CHAIR, START),
            CommitteeSeat.of(p + "-vice", VICE_CHAIR, START),
            CommitteeSeat.of(p + "-member", MEMBER, START)))))
        .serviceStations(List.of(ServiceStation.of(p + "-st", OFFICE.id(), p + "-as", List.of(
            StationAppointment.recruited(p + "-head", HEAD, TERM, rec),
            StationAppointment.recruited(p + "-deputy", DEPUTY_HEAD, TERM, rec),
            StationAppointment.recruited(p + "-staff", STAFF, TERM, rec)))))
        .assemblies(List.of(RepresentativeAssembly.of(p + "-as", List.of(
            new AssemblyRepresentative(p + "-rep", RepresentativeCategory.RESIDENTS_GROUP, "第一居民小组"),
            new AssemblyRepresentative(p + "-chair", RepresentativeCategory.RESIDENTS_GROUP, "第一居民小组")))))
        .recruitments(List.of(Recruitment.of(rec, RecruitmentMethod.OPEN, START.minusDays(60), START.minusDays(60),
            Stream.of("head", "deputy", "staff").map(n -> ApplicantRecord.of(p + "-" + n, passed)).toList())))
        .assessments(List.of(
            new Assessment(p + "-ass", p + "-chair", "w-gsq", START.minusDays(10), AssessmentOutcome.PASSED)))
        .matters(List.of(new Matter(p + "-mat", "事项" + p, MatterKind.SELF_GOVERNANCE, START)))
        .forums(List.of(Forum.of(p + "-forum", ForumKind.RESIDENTS_TALK, START, "议题" + p, 30, List.of(
            Suggestion.solvedOn("s1", "建议" + p, START.plusDays(10)), Suggestion.unsolved("s2", "建议" + p)))))
        .unitResources(List.of(new UnitResource(p + "-res", "单位" + p, "会议室", START)))
        .build();
  }

  /** The appointment placement ids of {@link #community(String) community(p)}, written out. */
  private static List<String> appointmentIds(String p) {
    return Stream.of("po/sec", "po/g1/member", "rc/chair", "rc/vice", "rc/member",
            "st/head", "st/deputy", "st/staff", "as/rep", "as/chair")
        .map(s -> p + "-" + s.replace("/", "/" + p + "-")).toList();
  }

  private static <T> List<T> plus(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }

  /** Returns {@code c} with {@code x} living in a new household {@code householdId} of their own. */
  private static Community withResident(Community c, Person x, String householdId) {
    return c.toBuilder().people(plus(c.people(), x))
        .households(plus(c.households(), Household.of(householdId, "某路9号", x.id(), Set.of(x.id()))))
        .build();
  }

  /** Returns {@code c} with {@code x} as extra staff of its station. */
  private static Community withStationStaff(Community c, Person x) {
    return c.toBuilder().people(plus(c.people(), x)).build()
        .mapServiceStations(s -> s.withAppointments(plus(s.appointments(), StationAppointment.unrecruited(x.id(),
            STAFF, TERM))));
  }

  private static MergeResult merge(List<Community> sources) {
    return ScaleAdjustment.merge(NEW_ID, "新社区", CommunityType.GEOGRAPHIC, OFFICE, sources);
  }

  private static MergeResult merge(Community... sources) {
    return merge(List.of(sources));
  }

  private static Placement placed(PlacementKind kind, String id, Community from) {
    return new Placement(kind, id, from.id(), NEW_ID);
  }

  /** The ids of the things of each kind in a community, for every kind but APPOINTMENT. */
  private static final Map<PlacementKind, Function<Community, List<String>>> IDS = new EnumMap<>(Map.ofEntries(
      Map.entry(PlacementKind.PERSON, c -> c.people().stream().map(Person::id).toList()),
      Map.entry(PlacementKind.HOUSEHOLD, c -> c.households().stream().map(Household::id).toList()),
      Map.entry(PlacementKind.PARTY_ORGANISATION,
          c -> c.partyOrganisations().stream().map(PartyOrganisation::id).toList()),
      Map.entry(PlacementKind.RESIDENTS_COMMITTEE,
          c -> c.residentsCommittees().stream().map(ResidentsCommittee::id).toList()),
      Map.entry(PlacementKind.SERVICE_STATION, c -> c.serviceStations().stream().map(ServiceStation::id).toList()),
      Map.entry(PlacementKind.ASSEMBLY, c -> c.assemblies().stream().map(RepresentativeAssembly::id).toList()),
      Map.entry(PlacementKind.RECRUITMENT, c -> c.recruitments().stream().map(Recruitment::id).toList()),
      Map.entry(PlacementKind.ASSESSMENT, c -> c.assessments().stream().map(Assessment::id).toList()),
      Map.entry(PlacementKind.MATTER, c -> c.matters().stream().map(Matter::id).toList()),
      Map.entry(PlacementKind.FORUM, c -> c.forums().stream().map(Forum::id).toList()),
      Map.entry(PlacementKind.UNIT_RESOURCE, c -> c.unitResources().stream().map(UnitResource::id).toList())));

  // ---------------------------------------------------------------- keeping and placing

  @Test
  @DisplayName("the fixture is complete: one of every kind in each community, and the trinity holds")
  void fixtureIsComplete() {
    Community a = community("a");
    IDS.forEach((kind, ids) -> assertTrue(!ids.apply(a).isEmpty(), () -> "fixture has no " + kind));
    assertTrue(ReferenceChecker.seed().check(a, AS_OF).stream()
        .noneMatch(f -> f.ruleId().equals(RuleId.STRUCTURE_TRINITY)));
  }

  @ParameterizedTest(name = "every {0} of three sources is in the merged community once, placed from its source")
  @EnumSource(value = PlacementKind.class, mode = EnumSource.Mode.EXCLUDE, names = "APPOINTMENT")
  void everythingIsKeptOnceAndPlaced(PlacementKind kind) {
    Function<Community, List<String>> ids = IDS.get(kind);
    assertNotNull(ids, () -> "no id extractor for " + kind + "; add one to IDS");
    List<Community> sources = List.of(community("a"), community("b"), community("c"));
    MergeResult result = merge(sources);

    ImmutableMultiset<String> expectedIds =
        sources.stream().flatMap(c -> ids.apply(c).stream()).collect(ImmutableMultiset.toImmutableMultiset());
    assertEquals(expectedIds, ImmutableMultiset.copyOf(ids.apply(result.merged())));
    ImmutableMultiset<Placement> expectedPlacements = sources.stream()
        .flatMap(c -> ids.apply(c).stream().map(id -> placed(kind, id, c)))
        .collect(ImmutableMultiset.toImmutableMultiset());
    assertEquals(expectedPlacements, ImmutableMultiset.copyOf(result.placements(kind)));
  }

  @Test
  @DisplayName("every secretary (of a Party organisation or grid branch), committee seat, station post and assembly"
      + " seat is placed")
  void everyAppointmentIsPlaced() {
    List<Community> sources = List.of(community("a"), community("b"), community("c"));
    ImmutableMultiset<Placement> expected = sources.stream()
        .flatMap(c -> appointmentIds(c.id().substring(2)).stream().map(id -> placed(PlacementKind.APPOINTMENT, id, c)))
        .collect(ImmutableMultiset.toImmutableMultiset());
    assertEquals(30, expected.size());
    assertEquals(expected, ImmutableMultiset.copyOf(merge(sources).placements(PlacementKind.APPOINTMENT)));
  }

  @Test
  @DisplayName("the merged community has the identity it was given and every organisation of its sources")
  void mergedCommunityHasTheGivenIdentity() {
    Community merged = merge(community("a"), community("b")).merged();
    assertAll(
        () -> assertEquals(NEW_ID, merged.id()),
        () -> assertEquals("新社区", merged.name()),
        () -> assertEquals(CommunityType.GEOGRAPHIC, merged.type()),
        () -> assertEquals(OFFICE, merged.subdistrictOffice()),
        () -> assertEquals(List.of(community("a").serviceStations().get(0), community("b").serviceStations().get(0)),
            merged.serviceStations()));
  }

  @Test
  @DisplayName("every forum is kept as it was, suggestions and all, and so is every unit resource")
  void forumsAndUnitResourcesAreKeptUnchanged() {
    Community a = community("a");
    Community b = community("b");
    Community merged = merge(a, b).merged();
    assertEquals(List.of(a.forums().get(0), b.forums().get(0)), merged.forums());
    assertEquals(List.of(a.unitResources().get(0), b.unitResources().get(0)), merged.unitResources());
  }

  @Test
  @DisplayName("a person living in A and working in B's station, recorded identically, is kept once and placed twice")
  void personKnownToTwoSourcesIsKeptOnce() {
    Community a = withResident(community("a"), X, "a-hx");
    Community b = withStationStaff(community("b"), X);
    MergeResult result = merge(a, b);

    assertEquals(1, result.merged().people().stream().filter(p -> p.id().equals("x")).count());
    assertEquals(community("a").people().size() + community("b").people().size() + 1, result.merged().people().size());
    assertEquals(Set.of(placed(PlacementKind.PERSON, "x", a), placed(PlacementKind.PERSON, "x", b)),
        Set.copyOf(result.placements(PlacementKind.PERSON).stream().filter(p -> p.id().equals("x")).toList()));
    assertEquals(2, result.placements(PlacementKind.PERSON).stream().filter(p -> p.id().equals("x")).count());
    assertTrue(result.placements(PlacementKind.APPOINTMENT).contains(placed(PlacementKind.APPOINTMENT, "b-st/x", b)));
    assertTrue(result.merged().households().stream().anyMatch(h -> h.id().equals("a-hx") && h.memberIds()
        .contains("x")));
  }

  @Test
  @DisplayName("a community may absorb another and keep its own id")
  void sourceMayKeepItsId() {
    Community a = community("a");
    MergeResult result = ScaleAdjustment.merge("c-a", "社区a", CommunityType.BLOCK, OFFICE, List.of(a, community("b")));
    assertEquals("c-a", result.merged().id());
    assertTrue(result.placements().contains(new Placement(PlacementKind.HOUSEHOLD, "a-h1", "c-a", "c-a")));
    assertTrue(result.placements().contains(new Placement(PlacementKind.HOUSEHOLD, "b-h1", "c-b", "c-a")));
  }

  // ---------------------------------------------------------------- refusals

  private static void assertRefused(List<Community> sources, String... named) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> merge(sources));
    for (String n : named) {
      assertTrue(e.getMessage().contains(n), () -> "message should name " + n + ": " + e.getMessage());
    }
  }

  @Test
  @DisplayName("the same person recorded differently in two sources is refused, naming the field")
  void personRecordedDifferentlyIsRefused() {
    Community a = community("a").toBuilder().people(plus(community("a").people(), X)).build();
    Community b = community("b").toBuilder()
        .people(plus(community("b").people(), X.withBirthDate(LocalDate.of(1980, 1, 1)))).build();
    assertRefused(List.of(a, b), "person x", "c-a", "c-b", "birthDate");
  }

  @Test
  @DisplayName("the same household id in two sources is refused")
  void sameHouseholdIdIsRefused() {
    Community b = community("b");
    b = b.toBuilder().households(plus(b.households(), Household.of("a-h1", "某路5号", "b-deputy", Set.of("b-deputy"))))
        .build();
    assertRefused(List.of(community("a"), b), "household id a-h1", "c-a", "c-b");
  }

  @Test
  @DisplayName("one household recorded in two sources is refused as a duplicate household, not by its members")
  void sameHouseholdInTwoSourcesIsRefused() {
    assertRefused(List.of(withResident(community("a"), X, "hx"), withResident(community("b"), X, "hx")),
        "household id hx", "c-a", "c-b");
  }

  @Test
  @DisplayName("a person in households of two sources is refused, naming both households")
  void personInTwoSourcesHouseholdsIsRefused() {
    assertRefused(List.of(withResident(community("a"), X, "a-hx"), withResident(community("b"), X, "b-hx")),
        "person x", "household a-hx of community c-a", "household b-hx of community c-b");
  }

  static Stream<Arguments> organisationIdClashes() {
    return Stream.of(
        Arguments.of("service_station id a-st", (UnaryOperator<Community>) b -> b.toBuilder().serviceStations(
            plus(b.serviceStations(), new ServiceStation("a-st", OFFICE.id(), Optional.empty(), ImmutableList.of())))
            .build()),
        Arguments.of("residents_committee id a-rc", (UnaryOperator<Community>) b -> b.toBuilder().residentsCommittees(
            plus(b.residentsCommittees(), ResidentsCommittee.of("a-rc", TERM, List.of()))).build()),
        Arguments.of("party_organisation id a-po", (UnaryOperator<Community>) b -> b.toBuilder().partyOrganisations(
            plus(b.partyOrganisations(), PartyOrganisation.of("a-po", PartyOrganisationKind.GENERAL_BRANCH,
                Appointment.of("b-sec", START), List.of()))).build()),
        Arguments.of("assembly id a-as", (UnaryOperator<Community>) b -> b.toBuilder().assemblies(
            plus(b.assemblies(), RepresentativeAssembly.of("a-as", List.of()))).build()),
        Arguments.of("recruitment id a-rec", (UnaryOperator<Community>) b -> b.toBuilder().recruitments(
            plus(b.recruitments(), Recruitment.of("a-rec", RecruitmentMethod.OPEN, START, START, List.of()))).build()),
        Arguments.of("assessment id a-ass", (UnaryOperator<Community>) b -> b.toBuilder().assessments(
            plus(b.assessments(), new Assessment("a-ass", "b-chair", "w-gsq", START, AssessmentOutcome.PASSED)))
            .build()),
        Arguments.of("matter id a-mat", (UnaryOperator<Community>) b -> b.toBuilder().matters(
            plus(b.matters(), new Matter("a-mat", "事项", MatterKind.GOVERNMENT_ASSIGNED, START))).build()),
        Arguments.of("forum id a-forum", (UnaryOperator<Community>) b -> b.toBuilder().forums(
            plus(b.forums(), Forum.of("a-forum", ForumKind.COMMUNITY_FORUM, START, "议题", 12, List.of()))).build()),
        Arguments.of("unit_resource id a-res", (UnaryOperator<Community>) b -> b.toBuilder().unitResources(
            plus(b.unitResources(), new UnitResource("a-res", "单位", "操场", START))).build()));
  }

  @ParameterizedTest(name = "{0} in two sources is refused")
  @MethodSource("organisationIdClashes")
  void sameIdInTwoSourcesIsRefused(String named, UnaryOperator<Community> clash) {
    assertRefused(List.of(community("a"), clash.apply(community("b"))), named, "c-a", "c-b");
  }

  @Test
  @DisplayName("fewer than two sources are refused, naming what was given")
  void fewerThanTwoSourcesAreRefused() {
    assertRefused(List.of(community("a")), "at least two", "got 1", "c-a");
    assertRefused(List.of(), "at least two", "got 0");
  }

  @Test
  @DisplayName("a source given twice is refused, naming it and both positions")
  void sourceGivenTwiceIsRefused() {
    Community a = community("a");
    assertRefused(List.of(a, community("b"), a), "source community c-a", "sources[0]", "sources[2]");
  }

  @Test
  @DisplayName("a null source is refused, naming its position")
  void nullSourceIsRefused() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> merge(Arrays.asList(community("a"), null)));
    assertEquals("sources[1]", e.getMessage());
  }

  // ---------------------------------------------------------------- purity and the checker

  @Test
  @DisplayName("merging alters no source and no list it was given, and returns immutable placements")
  void mergeAltersNoSource() {
    Community a = withResident(community("a"), X, "a-hx");
    Community b = withStationStaff(community("b"), X);
    List<Community> sources = new ArrayList<>(List.of(a, b));
    MergeResult first = merge(sources);

    assertEquals(withResident(community("a"), X, "a-hx"), a);
    assertEquals(withStationStaff(community("b"), X), b);
    assertEquals(List.of(a, b), sources);
    assertEquals(first, merge(sources));
    assertThrows(UnsupportedOperationException.class,
        () -> first.placements().add(placed(PlacementKind.PERSON, "y", a)));
  }

  @Test
  @DisplayName("the merged community, with two committees and two stations, breaks STRUCTURE_TRINITY")
  void mergedCommunityBreaksTrinity() {
    Community merged = merge(community("a"), community("b")).merged();
    List<Finding> trinity = ReferenceChecker.seed().check(merged, AS_OF).stream()
        .filter(f -> f.ruleId().equals(RuleId.STRUCTURE_TRINITY)).toList();
    assertEquals(1, trinity.size(), trinity::toString);
    assertEquals(Subject.community(NEW_ID), trinity.get(0).subject());
  }
}
