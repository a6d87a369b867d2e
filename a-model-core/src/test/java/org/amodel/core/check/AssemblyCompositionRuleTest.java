package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.ASSEMBLY_ID;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.HEAD;
import static org.amodel.core.fixtures.SeedFixture.POLICE_OFFICER;
import static org.amodel.core.fixtures.SeedFixture.STATION_ID;
import static org.amodel.core.fixtures.SeedFixture.UNIT_REPRESENTATIVE;
import static org.amodel.core.fixtures.SeedFixture.residentId;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.Community;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Person;
import org.amodel.core.model.RepresentativeCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ASSEMBLY_COMPOSITION: the assembly includes residents' group representatives who live in the community")
class AssemblyCompositionRuleTest {
  private static final Subject ASSEMBLY = Subject.of(COMMUNITY_ID, SubjectKind.ASSEMBLY, ASSEMBLY_ID);

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  private static AssemblyRepresentative residentsGroup(String personId, String group) {
    return new AssemblyRepresentative(personId, RepresentativeCategory.RESIDENTS_GROUP, group);
  }

  private static AssemblyRepresentative unit() {
    return new AssemblyRepresentative(UNIT_REPRESENTATIVE, RepresentativeCategory.UNIT, "市中区人民医院");
  }

  private static AssemblyRepresentative police() {
    return new AssemblyRepresentative(POLICE_OFFICER, RepresentativeCategory.COMMUNITY_POLICE_OFFICER, "杆石桥派出所");
  }

  @Test
  @DisplayName("three residents' group representatives, a unit representative and the police officer hold")
  void seedAssemblyHolds() {
    assertNoFindings(check(SeedFixture.community()));
  }

  @Test
  @DisplayName("a single residents' group representative holds")
  void oneResidentsRepresentativeHolds() {
    assertNoFindings(check(SeedFixture.withAssemblyRepresentatives(SeedFixture.community(),
        List.of(residentsGroup(residentId(5, 2), "第五居民小组")))));
  }

  @Test
  @DisplayName("a people's congress deputy and a CPPCC member who live elsewhere may sit in it")
  void deputiesNeedNotBeResidents() {
    Person deputy = Person.of("deputy", "韩立新", LocalDate.of(1958, 4, 4), EducationLevel.BACHELOR);
    Person cppcc = Person.of("cppcc", "齐文华", LocalDate.of(1961, 6, 6), EducationLevel.MASTER);
    Community c = SeedFixture.withAssemblyRepresentatives(
        SeedFixture.withPeopleAdded(SeedFixture.community(), deputy, cppcc),
        List.of(residentsGroup(residentId(1, 1), "第一居民小组"), unit(), police(),
            new AssemblyRepresentative("deputy", RepresentativeCategory.PEOPLES_CONGRESS_DEPUTY, "市中区人大"),
            new AssemblyRepresentative("cppcc", RepresentativeCategory.CPPCC_MEMBER, "市中区政协")));
    assertNoFindings(check(c));
  }

  @Test
  @DisplayName("an assembly of a unit representative and the police officer only breaks it")
  void noResidentsRepresentativeBreaks() {
    List<Finding> findings = check(SeedFixture.withAssemblyRepresentatives(SeedFixture.community(),
        List.of(unit(), police())));
    assertFindings(findings, violation(RuleId.ASSEMBLY_COMPOSITION, ASSEMBLY));
    Finding f = only(findings, RuleId.ASSEMBLY_COMPOSITION);
    assertZhMentions(f, "代表会议没有居民小组推选的居民代表");
    assertEnMentions(f, "assembly has no representatives elected by residents' groups");
  }

  @Test
  @DisplayName("a residents' group representative who lives in none of the households breaks it")
  void nonResidentRepresentativeBreaks() {
    List<Finding> findings = check(SeedFixture.withAssemblyRepresentatives(SeedFixture.community(),
        List.of(residentsGroup(residentId(1, 1), "第一居民小组"), residentsGroup(HEAD, "第二居民小组"), unit())));
    assertFindings(findings, violation(RuleId.ASSEMBLY_COMPOSITION, ASSEMBLY));
    Finding f = only(findings, RuleId.ASSEMBLY_COMPOSITION);
    assertZhMentions(f, "居民代表李明(第二居民小组)不是本社区住户");
    assertEnMentions(f, "residents' representative 李明 (第二居民小组) lives in none of the community's households");
  }

  @Test
  @DisplayName("a community without an assembly breaks it, and its station is evaluated by no assembly of its own")
  void noAssemblyBreaks() {
    Community c = SeedFixture.community().toBuilder().assemblies(List.of()).build();
    List<Finding> findings = check(c);
    assertFindings(findings,
        violation(RuleId.ASSEMBLY_COMPOSITION, Subject.community(COMMUNITY_ID)),
        violation(RuleId.STATION_REPORTING, Subject.of(COMMUNITY_ID, SubjectKind.SERVICE_STATION, STATION_ID)));
    assertZhMentions(only(findings, RuleId.ASSEMBLY_COMPOSITION), "社区没有社区成员代表会议");
    assertEnMentions(only(findings, RuleId.ASSEMBLY_COMPOSITION), "community has no representative assembly");
  }
}
