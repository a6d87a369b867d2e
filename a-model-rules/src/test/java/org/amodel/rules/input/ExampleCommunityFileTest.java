package org.amodel.rules.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Appointment;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityTie;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Forum;
import org.amodel.core.model.ForumKind;
import org.amodel.core.model.GridBranch;
import org.amodel.core.model.Household;
import org.amodel.core.model.Matter;
import org.amodel.core.model.MatterKind;
import org.amodel.core.model.OutsidePost;
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
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StageResult;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.model.StationPost;
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.core.model.SubdistrictPartyWorkingCommittee;
import org.amodel.core.model.Suggestion;
import org.amodel.core.model.Term;
import org.amodel.core.model.TieKind;
import org.amodel.core.model.UnitResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The example community of {@code docs/input-format.md}: it reads, it is what it says, and the doc shows the file as it is. */
class ExampleCommunityFileTest {
  static final String RESOURCE = "example-community.yaml";
  static final Path DOC = Path.of("..", "docs", "input-format.md");

  static String exampleText() throws IOException {
    try (InputStream in = Objects.requireNonNull(ExampleCommunityFileTest.class.getResourceAsStream(RESOURCE), RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Path examplePath() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(ExampleCommunityFileTest.class.getResource(RESOURCE)).toURI());
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static List<StageResult> fourStages(String written, String interview) {
    return List.of(
        StageResult.passed(RecruitmentStage.QUALIFICATION_REVIEW, d("2005-07-05")),
        StageResult.scored(RecruitmentStage.WRITTEN_EXAM, d("2005-07-16"), StageOutcome.PASSED, new BigDecimal(written)),
        StageResult.scored(RecruitmentStage.INTERVIEW, d("2005-07-30"), StageOutcome.PASSED, new BigDecimal(interview)),
        StageResult.passed(RecruitmentStage.ORGANISATIONAL_ASSESSMENT, d("2005-08-15")));
  }

  /** The example community, built in Java. */
  static Community expected() {
    SubdistrictOffice office = new SubdistrictOffice("office-ganshiqiao", "杆石桥街道办事处",
        new SubdistrictPartyWorkingCommittee("wc-ganshiqiao", "杆石桥街道党工委"));
    Term term = Term.ofYears(d("2005-09-01"), 3);
    List<Person> people = List.of(
        Person.of("secretary", "刘建国", d("1962-04-12"), EducationLevel.BACHELOR)
            .withPartyMembership(PartyMembership.full(d("1985-06-20"), d("1986-06-20")))
            .withOutsidePosts(List.of(new OutsidePost("市中区民政局", "科员", DateRange.between(d("1988-07-01"), d("2005-08-31"))))),
        Person.of("chair", "王秀英", d("1956-10-03"), EducationLevel.SENIOR_SECONDARY)
            .withPartyMembership(PartyMembership.full(d("1980-05-04"), d("1981-05-04"))),
        Person.of("vice-chair", "陈志强", d("1963-01-22"), EducationLevel.COLLEGE),
        Person.of("member-1", "孙海燕", d("1970-02-14"), EducationLevel.COLLEGE),
        Person.of("member-2", "周明", d("1959-11-30"), EducationLevel.JUNIOR_SECONDARY),
        Person.of("member-3", "吴桂兰", d("1961-03-08"), EducationLevel.SENIOR_SECONDARY),
        Person.of("head", "李明", d("1970-03-15"), EducationLevel.BACHELOR),
        Person.of("deputy-head", "张静", d("1975-09-02"), EducationLevel.COLLEGE),
        Person.of("staff-1", "杨帆", d("1980-01-18"), EducationLevel.BACHELOR),
        Person.of("resident-1", "赵丽华", d("1966-08-09"), EducationLevel.SENIOR_SECONDARY)
            .withPartyMembership(PartyMembership.probationary(d("2004-07-01"))),
        Person.of("resident-2", "郑小红", d("1990-12-01"), EducationLevel.PRIMARY),
        Person.of("unit-rep", "马国庆", d("1955-10-01"), EducationLevel.BACHELOR)
            .withCommunityTies(List.of(new CommunityTie(TieKind.WORK, "c-luoyuan", DateRange.since(d("1990-03-01"))))));
    return Community.builder("c-luoyuan", "泺源社区", CommunityType.BLOCK, office)
        .people(people)
        .households(List.of(
            Household.of("hh-1", "泺源小区1号楼1单元101", "resident-1", Set.of("resident-1", "resident-2")),
            Household.of("hh-2", "泺源小区1号楼1单元102", "chair", Set.of("chair"))))
        .partyOrganisations(List.of(PartyOrganisation.of("party-1", PartyOrganisationKind.GENERAL_BRANCH,
            Appointment.of("secretary", d("2005-09-01")), List.of(new GridBranch("grid-1", "第一网格支部", "chair")))))
        .residentsCommittees(List.of(ResidentsCommittee.of("rc-1", term, List.of(
            CommitteeSeat.of("chair", CommitteePost.CHAIR, d("2005-09-01")),
            CommitteeSeat.of("vice-chair", CommitteePost.VICE_CHAIR, d("2005-09-01")),
            CommitteeSeat.of("member-1", CommitteePost.MEMBER, d("2005-09-01")),
            CommitteeSeat.of("member-2", CommitteePost.MEMBER, d("2005-09-01")),
            CommitteeSeat.of("member-3", CommitteePost.MEMBER, d("2005-09-01"))))))
        .serviceStations(List.of(ServiceStation.of("station-1", "office-ganshiqiao", "assembly-1", List.of(
            StationAppointment.recruited("head", StationPost.HEAD, term, "recruit-2005"),
            StationAppointment.recruited("deputy-head", StationPost.DEPUTY_HEAD, term, "recruit-2005"),
            StationAppointment.recruited("staff-1", StationPost.STAFF, term, "recruit-2005")))))
        .assemblies(List.of(RepresentativeAssembly.of("assembly-1", List.of(
            new AssemblyRepresentative("resident-1", RepresentativeCategory.RESIDENTS_GROUP, "第一居民小组"),
            new AssemblyRepresentative("unit-rep", RepresentativeCategory.UNIT, "市中区人民医院")))))
        .recruitments(List.of(Recruitment.of("recruit-2005", RecruitmentMethod.OPEN, d("2005-06-01"), d("2005-06-30"),
            List.of(
                ApplicantRecord.of("head", fourStages("86.5", "90.0")),
                ApplicantRecord.of("deputy-head", fourStages("81.0", "84.5")),
                ApplicantRecord.of("staff-1", fourStages("78.5", "80.0"))))))
        .assessments(List.of(new Assessment("assess-chair-2005", "chair", "wc-ganshiqiao", d("2005-08-20"),
            AssessmentOutcome.PASSED)))
        .matters(List.of(new Matter("matter-1", "小区路灯维修", MatterKind.SELF_GOVERNANCE, d("2005-10-10"))))
        .forums(List.of(Forum.of("forum-1", ForumKind.RESIDENTS_TALK, d("2005-10-12"), "小区环境整治", 45, List.of(
            Suggestion.solvedOn("suggestion-1", "修复小区路灯", d("2005-10-20")),
            Suggestion.unsolved("suggestion-2", "增设自行车棚")))))
        .unitResources(List.of(new UnitResource("resource-1", "济南市某小学", "操场", d("2005-11-01"))))
        .build();
  }

  @Test
  @DisplayName("the example file reads to the community it describes")
  void readsToTheExpectedCommunity() throws Exception {
    assertEquals(expected(), CommunityFiles.read(examplePath()));
  }

  @Test
  @DisplayName("the doc's example is the example file, character for character")
  void docShowsTheFile() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int open = doc.indexOf("```yaml\n");
    assertTrue(open >= 0, "docs/input-format.md has no ```yaml block");
    int start = open + "```yaml\n".length();
    int end = doc.indexOf("```\n", start);
    assertEquals(exampleText(), doc.substring(start, end));
  }

  @Test
  @DisplayName("the example is written as the writer writes it: write(read(file)) is the file")
  void exampleIsInTheWritersLayout() throws IOException {
    assertEquals(exampleText(), CommunityFiles.write(CommunityFiles.read(RESOURCE, exampleText()), FileFormat.YAML));
  }

  @Test
  @DisplayName("the same community as JSON reads to the same community")
  void jsonHasTheSameShape() {
    String json = CommunityFiles.write(expected(), FileFormat.JSON);
    assertTrue(json.contains("\"birthDate\" : \"1962-04-12\""), json);
    assertEquals(expected(), CommunityFiles.read("example-community.json", json));
  }
}
