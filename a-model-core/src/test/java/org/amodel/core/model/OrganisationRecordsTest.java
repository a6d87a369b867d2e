package org.amodel.core.model;

import static org.amodel.core.model.Rejections.assertIllegal;
import static org.amodel.core.model.Rejections.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.amodel.core.fixtures.SeedFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The records around the three organisations")
class OrganisationRecordsTest {
  private static final LocalDate DAY = LocalDate.of(2005, 7, 5);

  @Test
  @DisplayName("a recruitment cannot list one applicant twice")
  void recruitmentDuplicateApplicantRejected() {
    assertIllegal(() -> Recruitment.of("recruit-2005", RecruitmentMethod.OPEN, DAY, DAY, List.of(
            SeedFixture.passedAllStages("head"), SeedFixture.passedAllStages("head"))),
        "applicants of recruitment recruit-2005 lists head more than once");
  }

  @Test
  @DisplayName("a recruitment finds an applicant's record by person id")
  void recruitmentApplicantLookup() {
    Recruitment r = SeedFixture.recruitment(SeedFixture.community());
    assertEquals(4, r.applicant(SeedFixture.HEAD).orElseThrow().stages().size());
    assertTrue(r.applicant("nobody").isEmpty());
  }

  @Test
  @DisplayName("a stage score cannot be negative; the message names the score")
  void negativeScoreRejected() {
    assertIllegal(() -> StageResult.scored(RecruitmentStage.WRITTEN_EXAM, DAY, StageOutcome.PASSED, new BigDecimal("-1")),
        "score must not be negative, was -1");
    assertNull(() -> StageResult.passed(null, DAY), "stage");
  }

  @Test
  @DisplayName("an assembly cannot seat one person twice")
  void assemblyDuplicateRejected() {
    assertIllegal(() -> RepresentativeAssembly.of("assembly-1", List.of(
            new AssemblyRepresentative("p1", RepresentativeCategory.RESIDENTS_GROUP, "第一居民小组"),
            new AssemblyRepresentative("p1", RepresentativeCategory.UNIT, "市中区人民医院"))),
        "representatives of assembly assembly-1 lists p1 more than once");
    assertIllegal(() -> new AssemblyRepresentative("p1", RepresentativeCategory.UNIT, " "),
        "constituency must not be blank");
  }

  @Test
  @DisplayName("a Party organisation cannot list one grid branch twice, and a new secretary keeps its branches")
  void partyOrganisation() {
    GridBranch grid = new GridBranch("grid-1", "第一网格支部", "p1");
    assertIllegal(() -> PartyOrganisation.of("party-1", PartyOrganisationKind.GENERAL_BRANCH,
            Appointment.of("p1", DAY), List.of(grid, grid)),
        "gridBranches lists grid-1 more than once");
    PartyOrganisation p = PartyOrganisation.of("party-1", PartyOrganisationKind.GENERAL_BRANCH,
        Appointment.of("p1", DAY), List.of(grid));
    PartyOrganisation changed = p.withSecretary(Appointment.of("p2", DAY.plusDays(1)));
    assertEquals("p2", changed.secretary().personId());
    assertEquals(List.of(grid), changed.gridBranches());
    assertNull(() -> PartyOrganisation.of("party-1", PartyOrganisationKind.BRANCH, null, List.of()), "secretary");
  }

  @Test
  @DisplayName("a district cannot hold a community of a subdistrict office it does not list")
  void districtUnknownOfficeRejected() {
    SubdistrictOffice other = new SubdistrictOffice("office-sihuicun", "四里村街道办事处",
        new SubdistrictPartyWorkingCommittee("wc-sihuicun", "四里村街道党工委"));
    Community c = SeedFixture.community();
    assertIllegal(() -> District.of("shizhong", "市中区", List.of(other), List.of(c)),
        "community " + SeedFixture.COMMUNITY_ID + " belongs to subdistrict office office-ganshiqiao",
        "it lists office-sihuicun");
    assertIllegal(() -> District.of("shizhong", "市中区", List.of(SeedFixture.OFFICE), List.of(c, c)),
        "communities of district shizhong lists " + SeedFixture.COMMUNITY_ID + " more than once");
    assertEquals(1, District.of("shizhong", "市中区", List.of(SeedFixture.OFFICE, other), List.of(c)).communities().size());
  }

  @Test
  @DisplayName("college or higher (大专以上) includes college itself")
  void educationAtLeast() {
    assertTrue(EducationLevel.COLLEGE.isAtLeast(EducationLevel.COLLEGE));
    assertTrue(EducationLevel.DOCTORATE.isAtLeast(EducationLevel.COLLEGE));
    assertFalse(EducationLevel.SENIOR_SECONDARY.isAtLeast(EducationLevel.COLLEGE));
  }

  @Test
  @DisplayName("an assessment and a working committee reject blank ids, naming the field")
  void assessmentFields() {
    assertIllegal(() -> new Assessment("a1", "p1", "", DAY, AssessmentOutcome.PASSED),
        "workingCommitteeId must not be blank");
    assertNull(() -> new Assessment("a1", "p1", "wc-1", DAY, null), "outcome");
    assertIllegal(() -> new SubdistrictPartyWorkingCommittee("wc-1", ""), "name must not be blank");
  }
}
