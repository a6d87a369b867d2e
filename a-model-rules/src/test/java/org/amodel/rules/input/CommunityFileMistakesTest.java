package org.amodel.rules.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a policy officer is told about each kind of mistake in a community file: the file, line and
 * column, the field path, and the words that say what is wrong. Each test writes a small file whose
 * line numbers are given in comments.
 */
class CommunityFileMistakesTest {
  @TempDir Path dir;

  /** The head of a valid community, lines 1–9; a test appends its own lines from line 10. */
  static final String HEAD = """
      id: c1
      name: 泺源社区
      type: BLOCK
      subdistrictOffice:
        id: office-1
        name: 杆石桥街道办事处
        workingCommittee:
          id: wc-1
          name: 杆石桥街道党工委
      """;

  /** Two people, lines 10–18. */
  static final String PEOPLE = """
      people:
        - id: p1
          name: 李明
          birthDate: 1970-03-15
          education: COLLEGE
        - id: p2
          name: 张静
          birthDate: 1975-09-02
          education: BACHELOR
      """;

  /** A forum with two suggestions and a unit resource, lines 10–26. */
  static final String ACTIVITY = """
      forums:
        - id: f1
          kind: RESIDENTS_TALK
          held: 2005-10-12
          topic: 小区环境整治
          participants: 45
          suggestions:
            - id: s1
              summary: 小区路灯不亮
              solved: 2005-10-20
            - id: s2
              summary: 增设停车位
      unitResources:
        - id: res-1
          unit: 济南市某小学
          resource: 操场
          openedOn: 2005-11-01
      """;

  static List<InputProblem> problems(String file, String text) {
    InputException e = assertThrows(InputException.class, () -> CommunityFiles.read(file, text));
    return e.problems();
  }

  static InputProblem onlyProblem(String file, String text) {
    List<InputProblem> problems = problems(file, text);
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    return problems.get(0);
  }

  static void assertProblem(InputProblem p, String file, int line, int column, String path, String... words) {
    assertEquals(file + ":" + line + ":" + column, p.file() + ":" + p.line() + ":" + p.column(), p::toString);
    assertEquals(path, p.path(), p::toString);
    for (String word : words) {
      assertTrue(p.message().contains(word), () -> "'" + word + "' not in: " + p);
    }
    assertTrue(p.toString().startsWith(file + ":" + line + ":" + column + ": "), p::toString);
  }

  @Test
  @DisplayName("a misspelt field is reported at its name, with the nearest real one and the ones there are")
  void unknownFieldSuggestsTheNearest() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE.replace("    birthDate: 1975", "    brithDate: 1975")
        .replace("  - id: p2", "  - id: p2\n    birthDate: 1975-09-02"));
    assertProblem(p, "c.yaml", 18, 5, "people[1].brithDate",
        "people[1]: there is no field 'brithDate' in a person", "did you mean 'birthDate'?",
        "a person has id, name, birthDate, education, partyMembership, outsidePosts, communityTies");
  }

  @Test
  @DisplayName("a field far from any real one gets no suggestion")
  void unknownFieldWithoutSuggestion() {
    InputProblem p = onlyProblem("c.yaml", HEAD + "population: 4000\n");
    assertProblem(p, "c.yaml", 10, 1, "population", "there is no field 'population' in a community");
    assertTrue(!p.message().contains("did you mean"), p::toString);
  }

  @Test
  @DisplayName("a list where text belongs is reported at the value, saying what was wanted and what was found")
  void wrongKindOfValue() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE.replace("name: 张静", "name:\n      - 张静"));
    assertProblem(p, "c.yaml", 17, 7, "people[1].name", "people[1].name must be text, not a list");
  }

  @Test
  @DisplayName("text where a list belongs is reported at the value")
  void textWhereAListBelongs() {
    InputProblem p = onlyProblem("c.json", """
        {"id": "c1", "name": "泺源社区", "type": "BLOCK",
         "subdistrictOffice": {"id": "o1", "name": "杆石桥街道办事处",
                               "workingCommittee": {"id": "wc-1", "name": "杆石桥街道党工委"}},
         "people": "李明"}
        """);
    assertProblem(p, "c.json", 4, 12, "people", "people must be a list", "not the text '李明'");
  }

  @Test
  @DisplayName("a date that is not YYYY-MM-DD is reported at the value with the format")
  void malformedDate() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE.replace("1975-09-02", "1975/09/02"));
    assertProblem(p, "c.yaml", 17, 16, "people[1].birthDate",
        "people[1].birthDate: '1975/09/02' is not a date", "YYYY-MM-DD");
  }

  @Test
  @DisplayName("a date that does not exist is reported at the value")
  void dayNotInTheCalendar() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE.replace("1975-09-02", "1975-02-30"));
    assertProblem(p, "c.yaml", 17, 16, "people[1].birthDate", "'1975-02-30' is not a day of the calendar");
  }

  @Test
  @DisplayName("an unknown constant is reported with the allowed ones, their Chinese names and the nearest")
  void unknownEnumConstant() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE.replace("education: BACHELOR", "education: BACHLOR"));
    assertProblem(p, "c.yaml", 18, 16, "people[1].education",
        "'BACHLOR' is not an education level", "did you mean 'BACHELOR'?",
        "PRIMARY (小学), JUNIOR_SECONDARY (初中), SENIOR_SECONDARY (高中/中专), COLLEGE (大专), BACHELOR (本科),"
            + " MASTER (硕士研究生), DOCTORATE (博士研究生)");
  }

  @Test
  @DisplayName("a constant may be written by its Chinese name")
  void chineseNameOfAConstant() {
    var c = CommunityFiles.read("c.yaml", HEAD.replace("type: BLOCK", "type: 单元型")
        + PEOPLE.replace("education: BACHELOR", "education: 本科"));
    assertEquals(org.amodel.core.model.CommunityType.BLOCK, c.type());
    assertEquals(org.amodel.core.model.EducationLevel.BACHELOR, c.people().get(1).education());
  }

  @Test
  @DisplayName("a missing required field is reported at the mapping that lacks it")
  void missingRequiredField() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE.replace("    birthDate: 1975-09-02\n", ""));
    assertProblem(p, "c.yaml", 15, 5, "people[1].birthDate", "people[1] needs 'birthDate'", "YYYY-MM-DD");
  }

  @Test
  @DisplayName("a required field written without a value is reported at the field")
  void emptyRequiredField() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE.replace("birthDate: 1975-09-02", "birthDate:"));
    assertProblem(p, "c.yaml", 17, 5, "people[1].birthDate", "people[1].birthDate is empty", "YYYY-MM-DD");
  }

  @Test
  @DisplayName("a household naming someone not among the people is reported at that name")
  void unknownPersonInAHousehold() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE + """
        households:
          - id: h1
            address: 1号楼101
            representativeId: p1
            memberIds:
              - p1
              - p9
        """);
    assertProblem(p, "c.yaml", 25, 9, "households[0].memberIds[1]",
        "households[0].memberIds[1]: there is no person 'p9' among this community's people");
  }

  @Test
  @DisplayName("a structural truth the model's constructor rejects is reported at the element, in the model's words")
  void modelRejectsATerm() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE + """
        residentsCommittees:
          - id: rc-1
            term:
              start: 2008-09-01
              end: 2005-09-01
        """);
    assertProblem(p, "c.yaml", 22, 7, "residentsCommittees[0].term",
        "residentsCommittees[0].term: term ends 2005-09-01 on or before it starts 2008-09-01");
  }

  @Test
  @DisplayName("an id given twice is reported at the second, naming the first")
  void duplicateId() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE.replace("id: p2", "id: p1"));
    assertProblem(p, "c.yaml", 15, 9, "people[1].id", "'p1' is already the id of people[0]");
  }

  @Test
  @DisplayName("broken YAML is reported where the parser stopped")
  void malformedYaml() {
    InputProblem p = onlyProblem("c.yaml", HEAD + "people:\n  - id: p1\n   name: 李明\n");
    assertTrue(p.message().startsWith("this is not valid YAML: "), p::toString);
    assertEquals(12, p.line(), p::toString);
  }

  @Test
  @DisplayName("broken JSON is reported where the parser stopped")
  void malformedJson() {
    InputProblem p = onlyProblem("c.json", "{\n  \"id\": \"c1\",\n  \"name\": \"泺源社区\"\n  \"type\": \"BLOCK\"\n}\n");
    assertProblem(p, "c.json", 4, 3, "", "this is not valid JSON", "commas");
  }

  @Test
  @DisplayName("a key given twice is reported at the second")
  void duplicateKey() {
    InputProblem p = onlyProblem("c.yaml", HEAD + "name: 另一个名字\n");
    assertProblem(p, "c.yaml", 10, 1, "name", "'name' is given twice", "first on line 2");
  }

  @Test
  @DisplayName("an empty file is reported as empty, naming what a community needs")
  void emptyFile() {
    for (String text : List.of("", "\n", "# only a comment\n", "---\n")) {
      InputProblem p = onlyProblem("c.yaml", text);
      assertProblem(p, "c.yaml", 1, 1, "", "the file is empty", "id, name, type and subdistrictOffice");
    }
    assertProblem(onlyProblem("c.json", ""), "c.json", 1, 1, "", "the file is empty");
  }

  @Test
  @DisplayName("a list at the top of the file is reported as not a community")
  void topLevelList() {
    InputProblem p = onlyProblem("c.yaml", "- id: c1\n");
    assertProblem(p, "c.yaml", 1, 1, "", "the community must be the fields of a community", "not a list");
  }

  @Test
  @DisplayName("a file with no known ending is refused before reading")
  void unknownFileEnding() {
    InputProblem p = onlyProblem("c.txt", HEAD);
    assertProblem(p, "c.txt", 0, 0, "", "must end in .yaml, .yml or .json");
  }

  @Test
  @DisplayName("a file that does not exist is a problem, not a stack trace")
  void missingFile() {
    Path file = dir.resolve("missing.yaml");
    InputException e = assertThrows(InputException.class, () -> CommunityFiles.read(file));
    assertProblem(e.problems().get(0), file.toString(), 0, 0, "", "there is no such file");
  }

  @Test
  @DisplayName("every mistake of a file is reported in one go, in file order")
  void manyMistakesAtOnce() throws IOException {
    Path file = dir.resolve("many.yaml");
    Files.writeString(file, HEAD.replace("type: BLOCK", "type: TOWER") + """
        people:
          - id: p1
            name: 李明
            birthDate: 1970-13-01
            education: COLLEGE
            hobby: chess
          - id: p2
            birthDate: 1975-09-02
            education: BACHELOR
        households:
          - id: h1
            address: 1号楼101
            representativeId: p1
            memberIds: [p1, p3]
        """, StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> CommunityFiles.read(file));
    List<String> where = e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.path()).toList();
    assertEquals(List.of(
        "3:7 type",
        "13:16 people[0].birthDate",
        "15:5 people[0].hobby",
        "16:5 people[1].name",
        "23:21 households[0].memberIds[1]"), where, e::getMessage);
    assertTrue(e.getMessage().startsWith("5 problems:\n" + file + ":3:7: type: 'TOWER' is not a community type"),
        e::getMessage);
  }

  @Test
  @DisplayName("a tab used to indent is named as such")
  void tabIndent() {
    InputProblem p = onlyProblem("c.yaml", HEAD + "people:\n\t- id: p1\n");
    assertTrue(p.message().contains("a tab is used here to indent"), p::toString);
    assertEquals(11, p.line(), p::toString);
  }

  @Test
  @DisplayName("a person holding two seats on one committee is reported at the second seat")
  void twoSeatsForOnePerson() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE + """
        residentsCommittees:
          - id: rc-1
            term:
              start: 2005-09-01
              end: 2008-09-01
            seats:
              - personId: p1
                post: CHAIR
                since: 2005-09-01
              - personId: p1
                post: MEMBER
                since: 2005-09-01
        """);
    assertProblem(p, "c.yaml", 28, 19, "residentsCommittees[0].seats[1].personId",
        "'p1' is already the personId of residentsCommittees[0].seats[0]");
  }

  @Test
  @DisplayName("a Party admission before the birth date is reported at the person, in the model's words")
  void modelRejectsAPerson() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE.replace("    education: BACHELOR\n",
        "    education: BACHELOR\n    partyMembership:\n      admitted: 1950-01-01\n"));
    assertProblem(p, "c.yaml", 15, 5, "people[1]", "people[1]: partyMembership of p2 admitted 1950-01-01 before birthDate");
  }

  @Test
  @DisplayName("an empty item of a list is reported at the item")
  void emptyListItem() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE + "  -\n");
    assertProblem(p, "c.yaml", 19, 4, "people[2]", "people[2] is empty");
  }

  @Test
  @DisplayName("a second YAML document is reported where it starts")
  void secondDocument() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE + "---\nid: c2\n");
    assertEquals(20, p.line(), p::toString);
    assertTrue(p.message().contains("holds one community"), p::toString);
  }

  @Test
  @DisplayName("a station appointment naming an unlisted recruitment is reported at the id")
  void unknownRecruitment() {
    InputProblem p = onlyProblem("c.yaml", HEAD + PEOPLE + """
        serviceStations:
          - id: s1
            managingOfficeId: office-1
            appointments:
              - personId: p1
                post: 服务站站长
                term: {start: 2005-09-01, end: 2008-09-01}
                recruitmentId: r-2006
        """);
    assertProblem(p, "c.yaml", 26, 24, "serviceStations[0].appointments[0].recruitmentId",
        "there is no recruitment 'r-2006' among this community's recruitments");
  }

  @Test
  @DisplayName("forums and unit resources read, a forum's kind also by its Chinese name")
  void forumsAndUnitResourcesRead() {
    var c = CommunityFiles.read("c.yaml", HEAD + ACTIVITY.replace("kind: RESIDENTS_TALK", "kind: 民情恳谈会"));
    var f = c.forums().get(0);
    assertEquals(org.amodel.core.model.ForumKind.RESIDENTS_TALK, f.kind());
    assertEquals(45, f.participants());
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2005, 10, 20)), f.suggestions().get(0).solved());
    assertEquals(java.util.Optional.empty(), f.suggestions().get(1).solved());
    assertEquals("操场", c.unitResources().get(0).resource());
  }

  @Test
  @DisplayName("a forum of no participants is reported at the count, saying at least 1")
  void forumWithoutParticipants() {
    InputProblem p = onlyProblem("c.yaml", HEAD + ACTIVITY.replace("participants: 45", "participants: 0"));
    assertProblem(p, "c.yaml", 15, 19, "forums[0].participants",
        "forums[0].participants: 0 is too few; it must be at least 1");
  }

  @Test
  @DisplayName("participants written as words are reported at the value as not a whole number")
  void participantsNotANumber() {
    InputProblem p = onlyProblem("c.yaml", HEAD + ACTIVITY.replace("participants: 45", "participants: 三十"));
    assertProblem(p, "c.yaml", 15, 19, "forums[0].participants", "must be a whole number", "'三十'");
  }

  @Test
  @DisplayName("a forum without participants is reported at the forum, naming the field")
  void participantsMissing() {
    InputProblem p = onlyProblem("c.yaml", HEAD + ACTIVITY.replace("    participants: 45\n", ""));
    assertProblem(p, "c.yaml", 11, 5, "forums[0].participants", "forums[0] needs 'participants'",
        "a whole number, at least 1");
  }

  @Test
  @DisplayName("a suggestion solved before its forum was held is reported at the solved date, naming both days")
  void suggestionSolvedBeforeTheForum() {
    InputProblem p = onlyProblem("c.yaml", HEAD + ACTIVITY.replace("solved: 2005-10-20", "solved: 2005-10-11"));
    assertProblem(p, "c.yaml", 19, 17, "forums[0].suggestions[0].solved",
        "solved on 2005-10-11, before the forum was held on 2005-10-12");
  }

  @Test
  @DisplayName("a suggestion solved the day its forum was held reads")
  void suggestionSolvedTheSameDay() {
    var c = CommunityFiles.read("c.yaml", HEAD + ACTIVITY.replace("solved: 2005-10-20", "solved: 2005-10-12"));
    assertEquals(1, c.forums().get(0).solvedBy(java.time.LocalDate.of(2005, 10, 12)));
  }

  @Test
  @DisplayName("an unknown kind of forum is reported with the kinds there are and their Chinese names")
  void unknownForumKind() {
    InputProblem p = onlyProblem("c.yaml", HEAD + ACTIVITY.replace("kind: RESIDENTS_TALK", "kind: RESIDENT_TALK"));
    assertProblem(p, "c.yaml", 12, 11, "forums[0].kind", "'RESIDENT_TALK' is not a kind of forum",
        "did you mean 'RESIDENTS_TALK'?",
        "COMMUNITY_FORUM (社区论坛), COMMUNITY_DIALOGUE (社区对话), RESIDENTS_TALK (民情恳谈会)");
  }

  @Test
  @DisplayName("two suggestions of one forum with the same id are reported at the second")
  void duplicateSuggestionId() {
    InputProblem p = onlyProblem("c.yaml", HEAD + ACTIVITY.replace("- id: s2", "- id: s1"));
    assertProblem(p, "c.yaml", 20, 13, "forums[0].suggestions[1].id",
        "'s1' is already the id of forums[0].suggestions[0]");
  }

  @Test
  @DisplayName("a misspelt field of a unit resource is reported by name, and the opening day it lacks at the resource,"
      + " in file order")
  void unitResourceMistakes() {
    List<InputProblem> found =
        problems("c.yaml", HEAD + ACTIVITY.replace("    openedOn: 2005-11-01\n", "    opened: 2005-11-01\n"));
    assertEquals(2, found.size(), found::toString);
    assertProblem(found.get(0), "c.yaml", 23, 5, "unitResources[0].openedOn", "unitResources[0] needs 'openedOn'",
        "YYYY-MM-DD");
    assertProblem(found.get(1), "c.yaml", 26, 5, "unitResources[0].opened",
        "there is no field 'opened' in a unit resource", "did you mean 'openedOn'?",
        "a unit resource has id, unit, resource, openedOn");
  }
}
