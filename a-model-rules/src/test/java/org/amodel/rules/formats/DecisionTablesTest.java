package org.amodel.rules.formats;

import static org.amodel.rules.formats.FormatSets.assertProblem;
import static org.amodel.rules.formats.FormatSets.idAndSubject;
import static org.amodel.rules.formats.FormatSets.idsAndSubjects;
import static org.amodel.rules.formats.FormatSets.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Post;
import org.amodel.core.model.Term;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetCompiler.BuildMode;
import org.amodel.rules.ruleset.RuleSetProblem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recruitment criteria as a decision table (post × maximum age × minimum education × longest
 * term), as a CSV file and as an XLSX workbook saved by LibreOffice: both compile in both build
 * modes, fire on the community that breaks them, and are refused with the sheet and cell when a
 * cell is wrong or unsafe.
 */
@DisplayName("Rules as decision tables (*.drl.xlsx, *.drl.csv)")
class DecisionTablesTest {
  private static final String XLSX = "rules/criteria.drl.xlsx";
  private static final String CSV = "rules/criteria.drl.csv";

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"tables-csv, CLASSIC", "tables-csv, EXECUTABLE_MODEL", "tables-xlsx, CLASSIC",
      "tables-xlsx, EXECUTABLE_MODEL"})
  @DisplayName("each row becomes a rule, and the seed's pilot community breaks none")
  void eachRowIsARule(String id, BuildMode mode) {
    RuleSet rules = FormatSets.load(id, mode);
    String pkg = id.replace('-', '_') + ".";
    assertEquals(List.of(pkg + "年龄上限 Age limit_11", pkg + "年龄上限 Age limit_12", pkg + "年龄上限 Age limit_13",
        pkg + "最低学历 Minimum education_20", pkg + "最低学历 Minimum education_21",
        pkg + "最低学历 Minimum education_22", pkg + "聘期上限 Longest term_29", pkg + "聘期上限 Longest term_30",
        pkg + "聘期上限 Longest term_31"), List.copyOf(rules.ruleNames()));
    assertEquals(List.of(), rules.evaluate(SeedFixture.community(), SeedFixture.AS_OF).findings());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"tables-csv, CLASSIC", "tables-csv, EXECUTABLE_MODEL", "tables-xlsx, CLASSIC",
      "tables-xlsx, EXECUTABLE_MODEL"})
  @DisplayName("a staff member too old, a deputy head without college and four-year terms are each reported")
  void brokenCommunity(String id, BuildMode mode) {
    Community c = SeedFixture.community();
    c = c.withPerson(SeedFixture.person(c, SeedFixture.STAFF_1).withBirthDate(LocalDate.of(1950, 3, 1)));
    c = c.withPerson(SeedFixture.person(c, SeedFixture.DEPUTY_HEAD).withEducation(EducationLevel.SENIOR_SECONDARY));
    List<String> found = idsAndSubjects(FormatSets.load(id, mode).evaluate(c, SeedFixture.AS_OF).findings());
    assertEquals(List.of(
        idAndSubject("RECRUIT_AGE", person(SeedFixture.STAFF_1, Post.STATION_STAFF)),
        idAndSubject("RECRUIT_EDUCATION", person(SeedFixture.DEPUTY_HEAD, Post.STATION_DEPUTY_HEAD))), found);

    Community longTerms = SeedFixture.withAppointmentTerms(SeedFixture.community(),
        Term.ofYears(SeedFixture.COMMITTEE_TERM.start(), 4));
    List<String> terms = idsAndSubjects(FormatSets.load(id, mode).evaluate(longTerms, SeedFixture.AS_OF).findings());
    assertEquals(4, terms.size(), terms::toString);
    assertTrue(terms.contains(idAndSubject("APPOINTMENT_TERM", person(SeedFixture.HEAD, Post.STATION_HEAD))),
        terms::toString);
  }

  @Test
  @DisplayName("the workbook saved by LibreOffice has its one sheet 'Criteria', with the object cells merged")
  void libreOfficeFixture() throws IOException {
    try (InputStream in = Files.newInputStream(FormatSets.folder("tables-xlsx").resolve(XLSX));
        Workbook workbook = WorkbookFactory.create(in)) {
      assertEquals(1, workbook.getNumberOfSheets());
      assertEquals("Criteria", workbook.getSheetName(0));
      assertEquals(3, workbook.getSheetAt(0).getNumMergedRegions());
    }
  }

  @Test
  @DisplayName("a word where a number belongs is reported at its sheet and cell")
  void badCellInXlsx(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("tables-xlsx", root);
    editCell(set.resolve(XLSX), 11, 1, "forty"); // B12: the deputy head's age limit
    RuleSetProblem p = FormatSets.onlyProblem(set);
    assertProblem(p, XLSX, 12, 2, "sheet 'Criteria' cell B12", "Drools cannot compile this", "forty");
  }

  @Test
  @DisplayName("a bad cell in a CSV table is reported at its cell")
  void badCellInCsv(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("tables-csv", root);
    replace(set.resolve(CSV), "服务站副站长,COLLEGE,X", "服务站副站长,COLLAGE,X");
    RuleSetProblem p = FormatSets.onlyProblem(set);
    assertProblem(p, CSV, 21, 2, "cell B21", "COLLAGE");
  }

  @Test
  @DisplayName("an empty condition cell is refused: Drools would drop the condition and flag every member of the post")
  void emptyConditionCell(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("tables-csv", root);
    replace(set.resolve(CSV), "服务站工作人员,40,X", "服务站工作人员,,X");
    RuleSetProblem p = FormatSets.onlyProblem(set);
    assertProblem(p, CSV, 13, 2, "cell B13: is empty", "every row of a rule table must fill each CONDITION");
  }

  @Test
  @DisplayName("System.exit in an action cell of a workbook is refused by the safety check, at the cell")
  void unsafeActionInXlsx(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("tables-xlsx", root);
    // the action of the age table (C9) now runs whatever the row's cell says
    editCell(set.resolve(XLSX), 8, 2, "$param;");
    // (no quotes in the cells: Drools escapes them in cell values)
    editCell(set.resolve(XLSX), 10, 2, "findings.person(drools, $m.person().id(), $m.post(), $m.person().name(), $m.person().name())");
    editCell(set.resolve(XLSX), 11, 2, "findings.person(drools, $m.person().id(), $m.post(), $m.person().name(), $m.person().name())");
    editCell(set.resolve(XLSX), 12, 2, "System.exit(0)");
    List<RuleSetProblem> problems = FormatSets.problems(set, BuildMode.CLASSIC);
    assertEquals(1, problems.size(), problems::toString);
    assertProblem(problems.get(0), XLSX, 13, 3, "sheet 'Criteria' cell C13", "System");
  }

  @Test
  @DisplayName("System.exit smuggled into a CSV action template is refused, at the template's cell")
  void unsafeTemplateInCsv(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("tables-csv", root);
    replace(set.resolve(CSV), "\"findings.person(drools, $m.person().id(), $m.post(), \"\"聘期\"\"",
        "\"java.lang.System.exit(0); findings.person(drools, $m.person().id(), $m.post(), \"\"聘期\"\"");
    List<RuleSetProblem> problems = FormatSets.problems(set, BuildMode.CLASSIC);
    assertTrue(!problems.isEmpty() && problems.stream().allMatch(p -> p.file().equals(CSV) && p.line() == 27
        && p.column() == 3 && p.message().startsWith("cell C27: ") && p.message().contains("System")),
        problems::toString);
  }

  @Test
  @DisplayName("a workbook not named *.drl.xlsx is reported with the name it needs, not skipped")
  void strayWorkbook(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("tables-xlsx", root);
    Files.move(set.resolve(XLSX), set.resolve("rules/criteria.xlsx"));
    RuleSetProblem p = FormatSets.onlyProblem(set);
    assertProblem(p, "rules/criteria.xlsx", 0, 0, "is not read", "criteria.drl.xlsx");
  }

  @Test
  @DisplayName("a second sheet with content is reported: only the first sheet holds rules")
  void secondSheet(@TempDir Path root) throws IOException {
    Path set = FormatSets.copy("tables-xlsx", root);
    Path file = set.resolve(XLSX);
    Workbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = WorkbookFactory.create(in);
    }
    workbook.createSheet("More").createRow(0).createCell(0).setCellValue("RuleTable More");
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    workbook.close();
    RuleSetProblem p = FormatSets.onlyProblem(set);
    assertProblem(p, XLSX, 0, 0, "sheet 'More' is not read", "only the first sheet ('Criteria')");
  }

  @Test
  @DisplayName("a rule set extending a table set inherits its rows, may disable one, and adds sentences of its own")
  void inheritance(@TempDir Path root) throws IOException {
    FormatSets.copy("tables-csv", root);
    Path child = Files.createDirectories(root.resolve("tables-child/rules"));
    Files.writeString(child.getParent().resolve("ruleset.yaml"), """
        id: tables-child
        version: 1.0.0
        name:
          zh: 继承招聘条件表
          en: The criteria table, extended
        district: test-formats
        effective:
          from: 2005-05-01
        sources:
          - "seed §二(四)"
        extends: tables-csv
        disable:
          - "年龄上限 Age limit_13"
        """, StandardCharsets.UTF_8);
    Files.writeString(child.resolve("station.dslr"), """
        package tables_child;

        expander amodel-zh.dsl;
        import org.amodel.core.model.*;
        import org.amodel.rules.drl.*;

        global RuleParameters params;
        global FindingCollector findings;

        rule "服务站人数不在3至4人之间"
          规则编号 STATION_SIZE 严重程度 违规
          依据 "seed §二(四): 社区服务站由3-4人组成"
        when
          服务站人数少于 3 人或多于 4 人
        then
          报告服务站人数
        end
        """, StandardCharsets.UTF_8);
    RuleSet rules = org.amodel.rules.engine.RuleSetLoaders.standard().folder(child.getParent());
    assertTrue(rules.ruleNames().contains("tables_child.服务站人数不在3至4人之间"), rules.ruleNames()::toString);
    assertTrue(rules.ruleNames().contains("tables_csv.年龄上限 Age limit_12"), rules.ruleNames()::toString);
    assertTrue(!rules.ruleNames().contains("tables_csv.年龄上限 Age limit_13"), rules.ruleNames()::toString);
    assertEquals(9, rules.ruleNames().size(), rules.ruleNames()::toString);

    // a staff member over 40: the disabled row no longer reports it
    Community c = SeedFixture.community();
    c = c.withPerson(SeedFixture.person(c, SeedFixture.STAFF_1).withBirthDate(LocalDate.of(1950, 3, 1)));
    assertEquals(List.of(), rules.evaluate(c, SeedFixture.AS_OF).findings());
  }

  /** Sets the cell at {@code row} and {@code column} (from 0) of the first sheet to the text {@code value}. */
  private static void editCell(Path file, int row, int column, String value) throws IOException {
    Workbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = WorkbookFactory.create(in);
    }
    var sheetRow = workbook.getSheetAt(0).getRow(row);
    var cell = sheetRow.getCell(column) == null ? sheetRow.createCell(column) : sheetRow.getCell(column);
    cell.setCellValue(value);
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    workbook.close();
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), () -> file + " has no " + from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
