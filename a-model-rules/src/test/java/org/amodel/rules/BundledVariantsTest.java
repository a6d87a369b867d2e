package org.amodel.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Severity;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.OutsidePost;
import org.amodel.core.model.Person;
import org.amodel.core.model.Post;
import org.amodel.core.model.StationPost;
import org.amodel.core.model.Term;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The three bundled rule sets differ exactly where DESIGN.md §3 says: each scenario is checked by
 * all three, and each one's findings are stated in full (rule id, severity, subject).
 */
class BundledVariantsTest {
  private static final LocalDate AS_OF = LocalDate.of(2007, 1, 1); // Shenzhen's 2006 measures in force
  private static final String C = SeedFixture.COMMUNITY_ID;
  private static final Subject STATION = Subject.of(C, SubjectKind.SERVICE_STATION, SeedFixture.STATION_ID);

  private static Map<String, RuleSet> sets;

  @BeforeAll
  static void load() {
    RuleSetLoader loader = RuleSetLoaders.standard();
    sets = ImmutableMap.of("national-2018", loader.bundled("national-2018"),
        "jinan-shizhong-2005", loader.bundled("jinan-shizhong-2005"), "shenzhen-2006", loader.bundled("shenzhen-2006"));
  }

  private static Set<String> keys(String set, Community community, LocalDate asOf) {
    return sets.get(set).evaluate(community, asOf).findings().stream().map(BundledVariantsTest::describe)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String describe(Finding f) {
    return f.severity() + " " + f.ruleId() + " " + f.subject();
  }

  private static String key(Severity severity, RuleId rule, Subject subject) {
    return severity + " " + rule + " " + subject;
  }

  private static void assertFindings(Community community, LocalDate asOf, Set<String> national, Set<String> jinan,
      Set<String> shenzhen) {
    assertEquals(new TreeSet<>(national), keys("national-2018", community, asOf), "national-2018");
    assertEquals(new TreeSet<>(jinan), keys("jinan-shizhong-2005", community, asOf), "jinan-shizhong-2005");
    assertEquals(new TreeSet<>(shenzhen), keys("shenzhen-2006", community, asOf), "shenzhen-2006");
  }

  private static final String SHENZHEN_TOO_SMALL = key(Severity.VIOLATION, RuleId.STATION_SIZE, STATION);

  @Test
  @DisplayName("the seed's station of 4 is right in Jinan, too small for a Shenzhen workstation, and nationally unregulated")
  void stationOfFour() {
    assertFindings(SeedFixture.community(), AS_OF, Set.of(), Set.of(), Set.of(SHENZHEN_TOO_SMALL));
  }

  @Test
  @DisplayName("a station of 5 with two deputy heads breaks Jinan's size and posts, and suits Shenzhen")
  void stationOfFiveWithTwoDeputies() {
    Community five = SeedFixture.withRecruit(SeedFixture.community(),
        SeedFixture.candidate("deputy-2", "周丽"), StationPost.DEPUTY_HEAD);
    assertFindings(five, AS_OF, Set.of(),
        Set.of(key(Severity.VIOLATION, RuleId.STATION_SIZE, STATION), key(Severity.VIOLATION, RuleId.STATION_POSTS,
            STATION)),
        Set.of());
  }

  @Test
  @DisplayName("a recruit aged 45 on the reference date breaks Jinan's age limit only")
  void recruitAged45() {
    Person old = SeedFixture.person(SeedFixture.STAFF_1).withBirthDate(SeedFixture.REFERENCE_DATE.minusYears(45));
    Community c = SeedFixture.withPerson(SeedFixture.community(), old);
    Subject staff = Subject.person(C, SeedFixture.STAFF_1, Post.STATION_STAFF);
    assertFindings(c, AS_OF, Set.of(), Set.of(key(Severity.VIOLATION, RuleId.RECRUIT_AGE, staff)),
        Set.of(SHENZHEN_TOO_SMALL));
  }

  @Test
  @DisplayName("two-year contracts apart from the committee's term break Jinan's appointment term, not Shenzhen's")
  void twoYearContracts() {
    Community c = SeedFixture.withAppointmentTerms(SeedFixture.community(), Term.ofYears(LocalDate.of(2005, 9, 1), 2));
    Set<String> jinan = new TreeSet<>();
    for (var a : c.serviceStations().get(0).appointments()) {
      jinan.add(key(Severity.VIOLATION, RuleId.APPOINTMENT_TERM, Subject.person(C, a.personId(), a.post().post())));
    }
    assertFindings(c, AS_OF, Set.of(), jinan, Set.of(SHENZHEN_TOO_SMALL));
  }

  @Test
  @DisplayName("four-year contracts signed under Shenzhen's 2006 measures break its three-year limit")
  void fourYearContracts() {
    // an appointment is judged by the rules of the day it began: Shenzhen's apply from 2006-09-13
    Community c = SeedFixture.withAppointmentTerms(SeedFixture.community(), Term.ofYears(LocalDate.of(2006, 10, 1), 4));
    Set<String> expected = new TreeSet<>();
    for (var a : c.serviceStations().get(0).appointments()) {
      expected.add(key(Severity.VIOLATION, RuleId.APPOINTMENT_TERM, Subject.person(C, a.personId(), a.post().post())));
    }
    Set<String> shenzhen = new TreeSet<>(expected);
    shenzhen.add(SHENZHEN_TOO_SMALL);
    assertFindings(c, AS_OF, Set.of(), expected, shenzhen);
  }

  @Test
  @DisplayName("a secretary with a job outside breaks Jinan's full-time rule only")
  void secretaryWithOutsideJob() {
    Person secretary = SeedFixture.person(SeedFixture.SECRETARY)
        .withOutsidePosts(java.util.List.of(new OutsidePost("某公司", "顾问", DateRange.since(LocalDate.of(2006, 1, 1)))));
    Community c = SeedFixture.withPerson(SeedFixture.community(), secretary);
    assertFindings(c, AS_OF, Set.of(),
        Set.of(key(Severity.VIOLATION, RuleId.SECRETARY_FULL_TIME, Subject.person(C, SeedFixture.SECRETARY,
            Post.PARTY_SECRETARY))),
        Set.of(SHENZHEN_TOO_SMALL));
  }

  @Test
  @DisplayName("a community without a station breaks Jinan's trinity; Shenzhen's stations may serve several communities")
  void noStation() {
    Community c = SeedFixture.community().toBuilder().serviceStations(java.util.List.of()).build();
    assertFindings(c, AS_OF, Set.of(), Set.of(key(Severity.VIOLATION, RuleId.STRUCTURE_TRINITY, Subject.community(C))),
        Set.of());
  }

  @Test
  @DisplayName("a chair who qualifies for concurrent posts gets Jinan's notice from 2005 and the national one from 2019")
  void concurrentPostsNotice() {
    Community c = SeedFixture.withAssessment(SeedFixture.community(),
        SeedFixture.passedAssessment(SeedFixture.CHAIR, LocalDate.of(2006, 6, 1)));
    String notice = key(Severity.NOTICE, RuleId.CONCURRENT_POSTS_AVAILABLE,
        Subject.person(C, SeedFixture.CHAIR, Post.COMMITTEE_CHAIR));
    assertFindings(c, AS_OF, Set.of(), Set.of(notice), Set.of(SHENZHEN_TOO_SMALL));
    assertEquals(Set.of(notice), keys("national-2018", c, LocalDate.of(2019, 6, 1)));
  }

  @Test
  @DisplayName("an assembly without residents' representatives breaks Jinan's composition rule only")
  void assemblyWithoutResidents() {
    Community c = SeedFixture.withAssemblyRepresentatives(SeedFixture.community(),
        SeedFixture.community().assemblies().get(0).representatives().stream()
            .filter(r -> r.category() != org.amodel.core.model.RepresentativeCategory.RESIDENTS_GROUP).toList());
    assertFindings(c, AS_OF, Set.of(),
        Set.of(key(Severity.VIOLATION, RuleId.ASSEMBLY_COMPOSITION, Subject.of(C, SubjectKind.ASSEMBLY,
            SeedFixture.ASSEMBLY_ID))),
        Set.of(SHENZHEN_TOO_SMALL));
  }

  @Test
  @DisplayName("all three take a committee term by the law when it began: 3 years in 2005, 5 from 2018-12-29")
  void committeeTermsFollowTheLaw() {
    for (String set : sets.keySet()) {
      Term threeYears = Term.ofYears(LocalDate.of(2019, 1, 1), 3);
      Community c = SeedFixture.withCommitteeTerm(SeedFixture.community(), threeYears);
      Subject committee = Subject.of(C, SubjectKind.RESIDENTS_COMMITTEE, SeedFixture.COMMITTEE_ID);
      assertEquals(Set.of(key(Severity.VIOLATION, RuleId.COMMITTEE_TERM, committee)),
          keys(set, c, LocalDate.of(2019, 6, 1)).stream().filter(k -> k.contains(" COMMITTEE_TERM "))
              .collect(Collectors.toSet()), set + ": a 3-year term begun in 2019");
      Community five = SeedFixture.withCommitteeTerm(SeedFixture.community(), Term.ofYears(LocalDate.of(2019, 1, 1), 5));
      assertEquals(Set.of(), keys(set, five, LocalDate.of(2019, 6, 1)).stream()
          .filter(k -> k.contains(" COMMITTEE_TERM ")).collect(Collectors.toSet()), set + ": a 5-year term begun in 2019");
    }
  }
}
