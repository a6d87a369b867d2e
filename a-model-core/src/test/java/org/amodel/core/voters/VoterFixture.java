package org.amodel.core.voters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityTie;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Household;
import org.amodel.core.model.Person;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.core.model.SubdistrictPartyWorkingCommittee;
import org.amodel.core.model.TieKind;

/**
 * A small community of the seed district as of {@link #AS_OF} (2005-09-01), in which everyone but the
 * child is registered on {@link #REGISTERED_ON} and on the roll under the seed's rules:
 *
 * <ul>
 *   <li>household h1: representative {@link #H1_REP} 张伟 (45), {@link #H1_ADULT} 李娜 (43), {@link
 *       #CHILD} 张小明 (10, not registered);
 *   <li>household h2: representative {@link #H2_REP} 王芳 (35), {@link #WANG_WU} 王五 (18 that day);
 *   <li>outside every household: {@link #TENANT} 赵强, living there since exactly one year before;
 *       {@link #WORKER} 陈静, working there since 2003; {@link #UNIT_REP} 周杰 (unit representative) and
 *       {@link #POLICE} 吴勇 (community police officer), both in the assembly.
 * </ul>
 *
 * {@link #STRANGER} 马超 and {@link #DEPUTY} 孙丽 (a people's congress deputy in the assembly) are
 * known to the community but not eligible; they are added only where a test needs them.
 */
final class VoterFixture {
  private VoterFixture() {}

  static final String COMMUNITY_ID = "c1";
  static final String OTHER_COMMUNITY_ID = "c2";
  static final LocalDate AS_OF = LocalDate.of(2005, 9, 1);
  static final LocalDate REGISTERED_ON = LocalDate.of(2005, 8, 20);

  static final String H1 = "h1";
  static final String H2 = "h2";
  static final String H1_REP = "h1-rep";
  static final String H1_ADULT = "h1-adult";
  static final String CHILD = "h1-child";
  static final String H2_REP = "h2-rep";
  static final String WANG_WU = "wang-wu";
  static final String TENANT = "tenant";
  static final String WORKER = "worker";
  static final String UNIT_REP = "unit-rep";
  static final String POLICE = "police";
  static final String STRANGER = "stranger";
  static final String DEPUTY = "deputy";

  static final String UNIT = "济南市某公司";
  static final String POLICE_STATION = "杆石桥派出所";

  static final SubdistrictOffice OFFICE = new SubdistrictOffice("office-ganshiqiao", "杆石桥街道办事处",
      new SubdistrictPartyWorkingCommittee("wc-ganshiqiao", "杆石桥街道党工委"));

  static Person person(String id, String name, LocalDate birthDate) {
    return Person.of(id, name, birthDate, EducationLevel.SENIOR_SECONDARY);
  }

  static CommunityTie tie(TieKind kind, String communityId, LocalDate from) {
    return new CommunityTie(kind, communityId, DateRange.since(from));
  }

  static List<Person> people() {
    return List.of(
        person(H1_REP, "张伟", LocalDate.of(1960, 3, 1)),
        person(H1_ADULT, "李娜", LocalDate.of(1962, 5, 10)),
        person(CHILD, "张小明", LocalDate.of(1995, 6, 1)),
        person(H2_REP, "王芳", LocalDate.of(1970, 1, 15)),
        person(WANG_WU, "王五", AS_OF.minusYears(18)),
        person(TENANT, "赵强", LocalDate.of(1975, 4, 4))
            .withCommunityTies(List.of(tie(TieKind.RESIDENCE, COMMUNITY_ID, AS_OF.minusYears(1)))),
        person(WORKER, "陈静", LocalDate.of(1980, 8, 8))
            .withCommunityTies(List.of(tie(TieKind.WORK, COMMUNITY_ID, LocalDate.of(2003, 1, 1)))),
        person(UNIT_REP, "周杰", LocalDate.of(1965, 2, 2)),
        person(POLICE, "吴勇", LocalDate.of(1978, 12, 12)));
  }

  static Person stranger() {
    return person(STRANGER, "马超", LocalDate.of(1970, 7, 7));
  }

  static Person deputy() {
    return person(DEPUTY, "孙丽", LocalDate.of(1960, 10, 1));
  }

  static Community community() {
    return community(people(), List.of());
  }

  /** Returns the fixture's community with {@code people} and extra assembly seats. */
  static Community community(List<Person> people, List<AssemblyRepresentative> extraSeats) {
    List<AssemblyRepresentative> seats = new ArrayList<>(List.of(
        new AssemblyRepresentative(H1_REP, RepresentativeCategory.RESIDENTS_GROUP, "第1居民小组"),
        new AssemblyRepresentative(UNIT_REP, RepresentativeCategory.UNIT, UNIT),
        new AssemblyRepresentative(POLICE, RepresentativeCategory.COMMUNITY_POLICE_OFFICER, POLICE_STATION)));
    seats.addAll(extraSeats);
    return Community.builder(COMMUNITY_ID, "泺源社区", CommunityType.BLOCK, OFFICE)
        .people(people)
        .households(List.of(
            Household.of(H1, "经七路1号1单元101室", H1_REP, Set.of(H1_REP, H1_ADULT, CHILD)),
            Household.of(H2, "经七路1号1单元102室", H2_REP, Set.of(H2_REP, WANG_WU))))
        .assemblies(List.of(RepresentativeAssembly.of("assembly-1", seats)))
        .build();
  }

  /** Returns the fixture's community with {@code person} in place of the one with the same id, or added. */
  static Community with(Person person) {
    List<Person> people = new ArrayList<>(people().stream().filter(p -> !p.id().equals(person.id())).toList());
    people.add(person);
    return community(people, List.of());
  }

  /** Returns the fixture's person {@code id}. */
  static Person fixturePerson(String id) {
    return people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  /** Returns a registration in the fixture's community on {@link #REGISTERED_ON}. */
  static Registration registration(String personId) {
    return Registration.of(COMMUNITY_ID, personId, REGISTERED_ON);
  }

  /** Returns the registrations of everyone in the fixture but the child. */
  static List<Registration> registrations() {
    return people().stream().map(Person::id).filter(id -> !id.equals(CHILD)).map(VoterFixture::registration).toList();
  }

  /** Returns the registrations of everyone but the child, plus {@code extra}. */
  static List<Registration> registrationsPlus(String... extra) {
    List<Registration> all = new ArrayList<>(registrations());
    Arrays.stream(extra).map(VoterFixture::registration).forEach(all::add);
    return all;
  }

  static VoterRoll seedRoll(Community community, List<Registration> registrations) {
    return VoterRoll.build(community, registrations, AS_OF, VoterRules.JINAN_SHIZHONG_2005);
  }

  static Subject voter(String personId) {
    return VoterRollChecker.voter(COMMUNITY_ID, personId);
  }

  /** Returns the standing of {@code personId} on {@code roll}. */
  static Standing standing(VoterRoll roll, String personId) {
    return roll.entry(personId).orElseThrow(() -> new AssertionError(personId + " has no entry")).standing();
  }
}
