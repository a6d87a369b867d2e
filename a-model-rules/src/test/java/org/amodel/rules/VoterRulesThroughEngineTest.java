package org.amodel.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
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
import org.amodel.core.voters.CommunityRegistrations;
import org.amodel.core.voters.Deprivation;
import org.amodel.core.voters.PoliticalRights;
import org.amodel.core.voters.Registration;
import org.amodel.rules.engine.RegistrationEvaluation;
import org.amodel.rules.engine.RuleEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * VOTER_ELIGIBILITY and VOTER_UNIQUE through the engine, by example: for each rule a case that holds,
 * one that breaks it and the boundary. Every expected finding is named by rule id and subject, and a
 * case holds only if there is no other finding.
 *
 * <p>The fixture is a small community c1 of Shizhong district as of 2005-09-01, everyone registered on
 * 2005-08-20: household h1 (张伟, 李娜) and h2 (王芳, 王五, 18 that day); outside every household 赵强,
 * living there since exactly one year before, 陈静, working there since 2003, and two assembly members,
 * 周杰 (unit representative) and 吴勇 (community police officer). Under the seed's relaxed rules all
 * are eligible; under national-2018 (statutory, not relaxed) only the households' members are.
 */
@DisplayName("Voter registration rules through the engine")
class VoterRulesThroughEngineTest {
  static final String SEED = "jinan-shizhong";
  static final String NATIONAL = "national";
  static final LocalDate AS_OF = LocalDate.of(2005, 9, 1);
  static final LocalDate REGISTERED_ON = LocalDate.of(2005, 8, 20);
  static final String C1 = "c1";
  static final String C2 = "c2";
  static final SubdistrictOffice OFFICE = new SubdistrictOffice("office-ganshiqiao", "杆石桥街道办事处",
      new SubdistrictPartyWorkingCommittee("wc-ganshiqiao", "杆石桥街道党工委"));

  static RuleEngine engine;

  @BeforeAll
  static void loadOnce() {
    engine = RuleEngine.withBundledRuleSets();
  }

  // ---------------------------------------------------------------- the fixture

  static Person person(String id, String name, LocalDate birthDate) {
    return Person.of(id, name, birthDate, EducationLevel.SENIOR_SECONDARY);
  }

  static Person tied(String id, String name, TieKind kind, LocalDate since) {
    return person(id, name, LocalDate.of(1975, 4, 4))
        .withCommunityTies(List.of(new CommunityTie(kind, C1, DateRange.since(since))));
  }

  static List<Person> people() {
    return List.of(
        person("h1-rep", "张伟", LocalDate.of(1960, 3, 1)),
        person("h1-adult", "李娜", LocalDate.of(1962, 5, 10)),
        person("h2-rep", "王芳", LocalDate.of(1970, 1, 15)),
        person("wang-wu", "王五", AS_OF.minusYears(18)),
        tied("tenant", "赵强", TieKind.RESIDENCE, AS_OF.minusYears(1)),
        tied("worker", "陈静", TieKind.WORK, LocalDate.of(2003, 1, 1)),
        person("unit-rep", "周杰", LocalDate.of(1965, 2, 2)),
        person("police", "吴勇", LocalDate.of(1978, 12, 12)));
  }

  static final List<String> HOUSEHOLD_MEMBERS = List.of("h1-rep", "h1-adult", "h2-rep", "wang-wu");

  /** Returns c1 with {@code people} (those of the fixture replaced by id, others added) and extra seats. */
  static Community c1(List<Person> changed, AssemblyRepresentative... extraSeats) {
    List<Person> all = new ArrayList<>(people());
    for (Person p : changed) {
      all.removeIf(q -> q.id().equals(p.id()));
      all.add(p);
    }
    List<AssemblyRepresentative> seats = new ArrayList<>(List.of(
        new AssemblyRepresentative("h1-rep", RepresentativeCategory.RESIDENTS_GROUP, "第1居民小组"),
        new AssemblyRepresentative("unit-rep", RepresentativeCategory.UNIT, "济南市某公司"),
        new AssemblyRepresentative("police", RepresentativeCategory.COMMUNITY_POLICE_OFFICER, "杆石桥派出所")));
    seats.addAll(Arrays.asList(extraSeats));
    return Community.builder(C1, "泺源社区", CommunityType.BLOCK, OFFICE)
        .people(all)
        .households(List.of(
            Household.of("h1", "经七路1号1单元101室", "h1-rep", Set.of("h1-rep", "h1-adult")),
            Household.of("h2", "经七路1号1单元102室", "h2-rep", Set.of("h2-rep", "wang-wu"))))
        .assemblies(List.of(RepresentativeAssembly.of("assembly-1", seats)))
        .build();
  }

  static Community c1() {
    return c1(List.of());
  }

  static Registration in(String communityId, String personId) {
    return Registration.of(communityId, personId, REGISTERED_ON);
  }

  /** Returns the registrations in c1 of everyone in the fixture, plus {@code extra} ids. */
  static List<Registration> everyone(String... extra) {
    List<Registration> all = new ArrayList<>(people().stream().map(p -> in(C1, p.id())).toList());
    Arrays.stream(extra).forEach(id -> all.add(in(C1, id)));
    return all;
  }

  static List<Finding> check(String district, Community community, List<Registration> registrations) {
    return check(district, community, registrations, PoliticalRights.none());
  }

  static List<Finding> check(String district, Community community, List<Registration> registrations,
      PoliticalRights rights) {
    return engine.evaluateRegistrations(district, List.of(CommunityRegistrations.of(community, registrations, rights)),
        AS_OF).findings();
  }

  static Subject voter(String communityId, String personId) {
    return Subject.of(communityId, SubjectKind.PERSON, personId);
  }

  record Found(RuleId ruleId, Subject subject) {}

  static Found eligibility(String personId) {
    return new Found(RuleId.VOTER_ELIGIBILITY, voter(C1, personId));
  }

  static Found unique(String communityId, String personId) {
    return new Found(RuleId.VOTER_UNIQUE, voter(communityId, personId));
  }

  /** Asserts the findings are exactly {@code expected}, by rule id and subject, in any order. */
  static void assertFindings(List<Finding> findings, Found... expected) {
    List<Found> found = findings.stream().map(f -> new Found(f.ruleId(), f.subject())).toList();
    assertEquals(Set.of(expected), Set.copyOf(found),
        () -> "findings: " + findings.stream().map(f -> f.key() + " " + f.messageZh()).toList());
    assertEquals(expected.length, found.size(), () -> "one finding per rule id and subject: " + found);
  }

  static Finding only(List<Finding> findings) {
    assertEquals(1, findings.size(), () -> findings.toString());
    return findings.get(0);
  }

  // ---------------------------------------------------------------- the whole roll

  @Test
  @DisplayName("under the seed's relaxed rules everyone of the fixture is eligible: no finding")
  void seedFixtureIsClean() {
    assertFindings(check(SEED, c1(), everyone()));
  }

  @Test
  @DisplayName("under national-2018 the households' members alone are clean; the others are not admitted")
  void nationalAdmitsHouseholdMembersOnly() {
    assertFindings(check(NATIONAL, c1(), HOUSEHOLD_MEMBERS.stream().map(id -> in(C1, id)).toList()));
    assertFindings(check(NATIONAL, c1(), everyone()),
        eligibility("police"), eligibility("tenant"), eligibility("unit-rep"), eligibility("worker"));
  }

  @Nested
  @DisplayName("VOTER_ELIGIBILITY: age")
  class Age {
    @Test
    @DisplayName("王五, whose 18th birthday is the as-of date, is eligible")
    void eighteenOnTheDay() {
      assertFindings(check(SEED, c1(), everyone()));
    }

    @Test
    @DisplayName("王五, 18 the day after the as-of date, is under age")
    void eighteenTheDayAfter() {
      List<Finding> findings = check(SEED, c1(List.of(person("wang-wu", "王五", AS_OF.minusYears(18).plusDays(1)))),
          everyone());
      assertFindings(findings, eligibility("wang-wu"));
      assertTrue(only(findings).messageZh().contains("未满18周岁(17岁"), only(findings).messageZh());
      assertTrue(only(findings).messageEn().contains("was 17 on 2005-09-01"), only(findings).messageEn());
    }

    @Test
    @DisplayName("a registered person born after the as-of date is not eligible")
    void notYetBorn() {
      assertFindings(check(SEED, c1(List.of(person("wang-wu", "王五", AS_OF.plusDays(1)))), everyone()),
          eligibility("wang-wu"));
    }
  }

  @Nested
  @DisplayName("VOTER_ELIGIBILITY: political rights")
  class Rights {
    static PoliticalRights deprived(DateRange period) {
      return PoliticalRights.of(List.of(new Deprivation("h1-adult", period, "(2004)市中刑字第7号")));
    }

    @Test
    @DisplayName("a deprivation that ended the day before the as-of date leaves 李娜 eligible")
    void endedTheDayBefore() {
      assertFindings(check(SEED, c1(), everyone(), deprived(DateRange.between(AS_OF.minusYears(1), AS_OF.minusDays(1)))));
    }

    @Test
    @DisplayName("a deprivation that starts the day after the as-of date leaves 李娜 eligible")
    void startsTheDayAfter() {
      assertFindings(check(SEED, c1(), everyone(), deprived(DateRange.between(AS_OF.plusDays(1), AS_OF.plusYears(1)))));
    }

    @Test
    @DisplayName("a deprivation in force from the as-of date makes 李娜 ineligible, naming the judgment")
    void inForceFromTheDay() {
      List<Finding> findings = check(SEED, c1(), everyone(), deprived(DateRange.since(AS_OF)));
      assertFindings(findings, eligibility("h1-adult"));
      assertTrue(only(findings).messageZh().contains("被剥夺政治权利(2005-09-01–;(2004)市中刑字第7号)"),
          only(findings).messageZh());
    }

    @Test
    @DisplayName("a deprivation recorded for another community's entry does not reach c1")
    void scopedToItsEntry() {
      Community c2 = Community.builder(C2, "其他社区", CommunityType.BLOCK, OFFICE).build();
      RegistrationEvaluation e = engine.evaluateRegistrations(SEED, List.of(
          CommunityRegistrations.of(c1(), everyone()),
          CommunityRegistrations.of(c2, List.of(), deprived(DateRange.since(AS_OF)))), AS_OF);
      assertFindings(e.findings());
    }
  }

  @Nested
  @DisplayName("VOTER_ELIGIBILITY: who the community knows")
  class Known {
    @Test
    @DisplayName("a registered id the community does not know is not eligible")
    void unknownPerson() {
      List<Finding> findings = check(SEED, c1(), everyone("someone-else"));
      assertEquals(List.of(new Found(RuleId.VOTER_ELIGIBILITY, voter(C1, "someone-else"))),
          findings.stream().map(f -> new Found(f.ruleId(), f.subject())).toList());
      assertTrue(only(findings).messageZh().contains("不在社区c1的人员名单中"), only(findings).messageZh());
    }

    @Test
    @DisplayName("a person known to the community with no household, tie or seat there is not eligible")
    void noConnection() {
      List<Finding> findings = check(SEED, c1(List.of(person("stranger", "马超", LocalDate.of(1970, 7, 7)))),
          everyone("stranger"));
      assertFindings(findings, eligibility("stranger"));
      assertTrue(only(findings).messageEn().contains("had no tie to community c1"), only(findings).messageEn());
    }

    @Test
    @DisplayName("a person known to the community but not registered draws no finding, eligible or not")
    void unregisteredIsNoFinding() {
      assertFindings(check(SEED, c1(List.of(person("stranger", "马超", LocalDate.of(1970, 7, 7)))), everyone()));
    }
  }

  @Nested
  @DisplayName("VOTER_ELIGIBILITY: living or working in the community (一年以上 includes one year)")
  class Ties {
    @Test
    @DisplayName("赵强, living there since exactly one year before the as-of date, is eligible")
    void exactlyOneYear() {
      assertFindings(check(SEED, c1(), everyone()));
    }

    @Test
    @DisplayName("赵强, living there one day short of a year, is not eligible, and the message gives the date")
    void oneDayShort() {
      List<Finding> findings = check(SEED,
          c1(List.of(tied("tenant", "赵强", TieKind.RESIDENCE, AS_OF.minusYears(1).plusDays(1)))), everyone());
      assertFindings(findings, eligibility("tenant"));
      assertTrue(only(findings).messageZh().contains("自2004-09-02起在社区c1居住,至2005-09-01未满1年"),
          only(findings).messageZh());
      assertTrue(only(findings).basis().startsWith("seed §三(二)2"), only(findings).basis());
    }

    @Test
    @DisplayName("living, then working from the day after the lease ended, joins into one year: eligible")
    void joinedPeriods() {
      Person p = person("tenant", "赵强", LocalDate.of(1975, 4, 4)).withCommunityTies(List.of(
          new CommunityTie(TieKind.RESIDENCE, C1, DateRange.between(AS_OF.minusYears(1), AS_OF.minusMonths(3))),
          new CommunityTie(TieKind.WORK, C1, DateRange.since(AS_OF.minusMonths(3).plusDays(1)))));
      assertFindings(check(SEED, c1(List.of(p)), everyone()));
    }

    @Test
    @DisplayName("a one-day gap breaks the stretch: only the months since count, not eligible")
    void brokenPeriods() {
      Person p = person("tenant", "赵强", LocalDate.of(1975, 4, 4)).withCommunityTies(List.of(
          new CommunityTie(TieKind.RESIDENCE, C1, DateRange.between(AS_OF.minusYears(1), AS_OF.minusMonths(3))),
          new CommunityTie(TieKind.WORK, C1, DateRange.since(AS_OF.minusMonths(3).plusDays(2)))));
      assertFindings(check(SEED, c1(List.of(p)), everyone()), eligibility("tenant"));
    }

    @Test
    @DisplayName("a tie that ended the day before the as-of date admits nobody")
    void endedTie() {
      Person p = person("worker", "陈静", LocalDate.of(1980, 8, 8)).withCommunityTies(List.of(
          new CommunityTie(TieKind.WORK, C1, DateRange.between(LocalDate.of(2003, 1, 1), AS_OF.minusDays(1)))));
      assertFindings(check(SEED, c1(List.of(p)), everyone()), eligibility("worker"));
    }

    @Test
    @DisplayName("under national-2018, working there since 2003 admits nobody: registration is not relaxed")
    void notRelaxed() {
      List<Finding> findings = check(NATIONAL, c1(), List.of(in(C1, "worker")));
      assertFindings(findings, eligibility("worker"));
      assertTrue(only(findings).messageEn().contains("has not relaxed voter registration"), only(findings).messageEn());
    }
  }

  @Nested
  @DisplayName("VOTER_ELIGIBILITY: assembly seats (unit representatives and the police officer are admitted)")
  class Seats {
    @Test
    @DisplayName("the unit representative and the community police officer are eligible under the seed's rules")
    void admittedCategories() {
      assertFindings(check(SEED, c1(), List.of(in(C1, "unit-rep"), in(C1, "police"))));
    }

    @Test
    @DisplayName("a people's congress deputy sitting in the assembly is not admitted under the seed's rules")
    void notAdmittedCategory() {
      List<Finding> findings = check(SEED,
          c1(List.of(person("deputy", "孙丽", LocalDate.of(1960, 10, 1))),
              new AssemblyRepresentative("deputy", RepresentativeCategory.PEOPLES_CONGRESS_DEPUTY, "区人大")),
          everyone("deputy"));
      assertFindings(findings, eligibility("deputy"));
      assertTrue(only(findings).messageZh().contains("人大代表(区人大)"), only(findings).messageZh());
    }

    @Test
    @DisplayName("a deputy who has also lived there a year is eligible on the tie")
    void notAdmittedCategoryButTied() {
      assertFindings(check(SEED,
          c1(List.of(tied("deputy", "孙丽", TieKind.RESIDENCE, AS_OF.minusYears(1))),
              new AssemblyRepresentative("deputy", RepresentativeCategory.PEOPLES_CONGRESS_DEPUTY, "区人大")),
          everyone("deputy")));
    }

    @Test
    @DisplayName("under national-2018 a unit representative is not admitted")
    void nationalAdmitsNoCategory() {
      assertFindings(check(NATIONAL, c1(), List.of(in(C1, "unit-rep"))), eligibility("unit-rep"));
    }

    @Test
    @DisplayName("a residents' group representative is eligible as a household member, under either rule set")
    void residentsGroupRepresentative() {
      assertFindings(check(NATIONAL, c1(), List.of(in(C1, "h1-rep"))));
      assertFindings(check(SEED, c1(), List.of(in(C1, "h1-rep"))));
    }
  }

  @Nested
  @DisplayName("VOTER_UNIQUE")
  class Unique {
    /** c2, where 张伟 of c1 has worked since 2003 and is known. */
    Community c2() {
      Person zhang = people().get(0).withCommunityTies(List.of(
          new CommunityTie(TieKind.WORK, C2, DateRange.since(LocalDate.of(2003, 1, 1)))));
      return Community.builder(C2, "朝山街社区", CommunityType.GEOGRAPHIC, OFFICE).people(List.of(zhang)).build();
    }

    RegistrationEvaluation both(Registration inC1, Registration inC2) {
      List<Registration> c1 = new ArrayList<>(everyone());
      c1.removeIf(r -> r.personId().equals("h1-rep"));
      c1.add(inC1);
      return engine.evaluateRegistrations(SEED, List.of(
          CommunityRegistrations.of(c1(), c1), CommunityRegistrations.of(c2(), List.of(inC2))), AS_OF);
    }

    @Test
    @DisplayName("everyone registered once: no finding")
    void once() {
      assertFindings(check(SEED, c1(), everyone()));
    }

    @Test
    @DisplayName("王芳 registered twice in c1 is one VOTER_UNIQUE finding, naming both dates")
    void twiceInOneCommunity() {
      List<Registration> registrations = new ArrayList<>(everyone());
      registrations.add(Registration.of(C1, "h2-rep", REGISTERED_ON.minusDays(5)));
      List<Finding> findings = check(SEED, c1(), registrations);
      assertFindings(findings, unique(C1, "h2-rep"));
      assertTrue(only(findings).messageZh().contains("登记2次(2005-08-15, 2005-08-20)"), only(findings).messageZh());
    }

    @Test
    @DisplayName("张伟 registered in c2 first, then in c1: the c1 registration is the finding, naming c2")
    void laterInC1() {
      RegistrationEvaluation e = both(Registration.of(C1, "h1-rep", REGISTERED_ON),
          Registration.of(C2, "h1-rep", REGISTERED_ON.minusDays(10)));
      assertFindings(e.findings(), unique(C1, "h1-rep"));
      Finding f = only(e.findings());
      assertTrue(f.messageZh().contains("已于2005-08-10在社区c2登记,又于2005-08-20在社区c1登记"), f.messageZh());
      assertTrue(f.messageEn().contains("registered in community c2 on 2005-08-10 and again in community c1"),
          f.messageEn());
    }

    @Test
    @DisplayName("张伟 registered in c1 first, then in c2: the c2 registration is the finding, naming c1")
    void laterInC2() {
      RegistrationEvaluation e = both(Registration.of(C1, "h1-rep", REGISTERED_ON.minusDays(10)),
          Registration.of(C2, "h1-rep", REGISTERED_ON));
      assertFindings(e.findings(), unique(C2, "h1-rep"));
      assertTrue(only(e.findings()).messageZh().contains("在社区c1登记,又于2005-08-20在社区c2登记"),
          only(e.findings()).messageZh());
      assertEquals(List.of(), e.findingsOf(C1));
    }

    @Test
    @DisplayName("registered in both on the same day: the community whose id sorts first stands (c1), c2 is the finding")
    void sameDay() {
      RegistrationEvaluation e = both(Registration.of(C1, "h1-rep", REGISTERED_ON),
          Registration.of(C2, "h1-rep", REGISTERED_ON));
      assertFindings(e.findings(), unique(C2, "h1-rep"));
    }

    @Test
    @DisplayName("three communities: each registration after the first names the first")
    void threeCommunities() {
      Community c3 = Community.builder("c3", "第三社区", CommunityType.BLOCK, OFFICE).build();
      List<Registration> c1 = new ArrayList<>(everyone());
      RegistrationEvaluation e = engine.evaluateRegistrations(SEED, List.of(
          CommunityRegistrations.of(c3, List.of(Registration.of("c3", "h1-rep", REGISTERED_ON.plusDays(1)))),
          CommunityRegistrations.of(c1(), c1),
          CommunityRegistrations.of(c2(), List.of(Registration.of(C2, "h1-rep", REGISTERED_ON.plusDays(2))))),
          AS_OF);
      // c3 does not know 张伟, so that registration is also ineligible there
      assertFindings(e.findings(), unique(C2, "h1-rep"), new Found(RuleId.VOTER_ELIGIBILITY, voter("c3", "h1-rep")),
          unique("c3", "h1-rep"));
      e.findings().stream().filter(f -> f.ruleId() == RuleId.VOTER_UNIQUE)
          .forEach(f -> assertTrue(f.messageZh().contains("已于2005-08-20在社区c1登记"), f.messageZh()));
    }
  }

  @Nested
  @DisplayName("the entry point")
  class EntryPoint {
    @Test
    @DisplayName("says which rule set and communities produced the findings, and traces the voters rule that fired")
    void result() {
      RegistrationEvaluation e = engine.evaluateRegistrations(SEED, List.of(CommunityRegistrations.of(c1(),
          everyone("someone-else"))), AS_OF);
      assertEquals("jinan-shizhong", e.districtId());
      assertEquals("jinan-shizhong-2005", e.ruleSetId());
      assertEquals(List.of(C1), e.communityIds());
      assertEquals(AS_OF, e.asOf());
      assertEquals(1, e.trace().size());
      assertEquals("national_2018", e.trace().get(0).packageName());
      assertEquals("Registered voter is not known to the community", e.trace().get(0).ruleName());
    }

    @Test
    @DisplayName("shenzhen-2006 inherits the voter rules")
    void shenzhenInherits() {
      assertFindings(engine.evaluateRegistrations("shenzhen", List.of(CommunityRegistrations.of(c1(),
          everyone("someone-else"))), AS_OF).findings(), eligibility("someone-else"));
    }

    @Test
    @DisplayName("no registrations, no findings: no community rule fires on registrations")
    void nothingRegistered() {
      assertFindings(engine.evaluateRegistrations(SEED, List.of(CommunityRegistrations.of(c1(), List.of())), AS_OF)
          .findings());
      assertFindings(engine.evaluateRegistrations(SEED, List.of(), AS_OF).findings());
    }

    @Test
    @DisplayName("evaluating a community does not fire the voter rules")
    void communityEvaluationHasNoVoterFindings() {
      assertTrue(engine.evaluate(SEED, c1(), AS_OF).findings().stream()
          .noneMatch(f -> f.ruleId() == RuleId.VOTER_ELIGIBILITY || f.ruleId() == RuleId.VOTER_UNIQUE));
    }

    @Test
    @DisplayName("two entries for one community are refused, naming the community")
    void twoEntriesOfOneCommunity() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.evaluateRegistrations(SEED,
          List.of(CommunityRegistrations.of(c1(), everyone()), CommunityRegistrations.of(c1(), List.of())), AS_OF));
      assertTrue(e.getMessage().contains("two entries of community c1"), e.getMessage());
    }

    @Test
    @DisplayName("a registration dated after the as-of date is refused, naming it")
    void registrationAfterAsOf() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.evaluateRegistrations(SEED,
          List.of(CommunityRegistrations.of(c1(), List.of(Registration.of(C1, "h1-rep", AS_OF.plusDays(1))))), AS_OF));
      assertTrue(e.getMessage().contains("h1-rep@c1 2005-09-02") && e.getMessage().contains("after asOf 2005-09-01"),
          e.getMessage());
    }

    @Test
    @DisplayName("a registration for a community other than its entry's is refused, naming both")
    void registrationOfAnotherCommunity() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> CommunityRegistrations.of(c1(), List.of(in(C2, "h1-rep"))));
      assertTrue(e.getMessage().contains("h1-rep@c2") && e.getMessage().contains("not c1"), e.getMessage());
    }

    @Test
    @DisplayName("a district no rule set serves is refused, naming it")
    void unknownDistrict() {
      NoSuchElementException e = assertThrows(NoSuchElementException.class,
          () -> engine.evaluateRegistrations("atlantis", List.of(), AS_OF));
      assertTrue(e.getMessage().contains("atlantis"), e.getMessage());
    }
  }
}
