package org.amodel.rules.input;

import static org.amodel.rules.input.CommunityFileMistakesTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.election.Ballot;
import org.amodel.core.election.Election;
import org.amodel.core.model.ElectorateKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a policy officer is told about each kind of mistake in an election file: the file, line and
 * column, the field path, and the words that say what is wrong. Line numbers are given in comments.
 */
class ElectionFileMistakesTest {
  /** A valid election's head, lines 1–8; a test appends its own lines from line 9. */
  static final String HEAD = """
      id: e1
      community: c1
      date: 2005-09-18
      seats: { chairs: 1, viceChairs: 0, members: 2 }
      electorate: 户代表
      registered: 100
      ballotsIssued: 90
      candidates:
      """;

  /** Four candidates, lines 9–12. */
  static final String CANDIDATES = """
        - { person: p1, nomination: { voters: 10 } }
        - { person: p2, nomination: { self: true } }
        - { person: p3, nomination: { residentsGroup: g1 } }
        - { person: p4, nomination: { organisation: 社区党委 } }
      """;

  private static List<InputProblem> problems(String file, String text) {
    return assertThrows(InputException.class, () -> ElectionFiles.read(file, text)).problems();
  }

  private static InputProblem onlyProblem(String text) {
    List<InputProblem> problems = problems("election.yaml", text);
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    return problems.get(0);
  }

  @Test
  @DisplayName("a valid file reads, the electorate by its Chinese name, ballots in groups")
  void reads() {
    Election e = ElectionFiles.read("election.yaml", HEAD + CANDIDATES + """
        ballots:
          - { marks: [p1, p2, p3], count: 60 }
          - { blank: true }
          - { unreadable: true, count: 2 }
        """);
    assertEquals(ElectorateKind.HOUSEHOLD_REPRESENTATIVES, e.electorateKind());
    assertEquals(63, e.ballotsReturned());
    assertEquals(Ballot.marking("p1", "p2", "p3"), e.ballots().get(59));
    assertEquals(Ballot.blank(), e.ballots().get(60));
    assertEquals(LocalDate.of(2005, 9, 18), e.date());
  }

  @Test
  @DisplayName("an unknown field is reported at its name, with the nearest real one")
  void unknownField() {
    InputProblem p = onlyProblem(HEAD + CANDIDATES + """
        runoff:
          date: 2005-09-25
        """);
    assertProblem(p, "election.yaml", 13, 1, "runoff", "'runoff'", "an election", "runOff");
  }

  @Test
  @DisplayName("an unknown electorate is reported at its value, with the ones there are")
  void unknownElectorate() {
    InputProblem p = onlyProblem(HEAD.replace("electorate: 户代表", "electorate: HOUSEHOLDS") + CANDIDATES);
    assertProblem(p, "election.yaml", 5, 13, "electorate", "'HOUSEHOLDS'", "HOUSEHOLD_REPRESENTATIVES (户代表)");
  }

  @Test
  @DisplayName("a count that is not a whole number, or too small, is reported at its value")
  void badCounts() {
    List<InputProblem> p = problems("election.yaml", HEAD.replace("registered: 100", "registered: 0")
        .replace("ballotsIssued: 90", "ballotsIssued: many") + CANDIDATES);
    assertEquals(2, p.size(), p::toString);
    assertProblem(p.get(0), "election.yaml", 6, 13, "registered", "at least 1");
    assertProblem(p.get(1), "election.yaml", 7, 16, "ballotsIssued", "whole number", "'many'");
  }

  @Test
  @DisplayName("a missing field is reported at the election, with what it needs")
  void missingField() {
    InputProblem p = onlyProblem(HEAD.replace("date: 2005-09-18\n", "") + CANDIDATES);
    assertProblem(p, "election.yaml", 1, 1, "date", "the election needs 'date'", "YYYY-MM-DD");
  }

  @Test
  @DisplayName("a candidate listed twice is reported at the second, naming the first")
  void candidateTwice() {
    InputProblem p = onlyProblem(HEAD + CANDIDATES + "  - { person: p2, nomination: { self: true } }\n");
    assertProblem(p, "election.yaml", 13, 15, "candidates[4].person", "'p2'", "candidates[1]");
  }

  @Test
  @DisplayName("a nomination that gives two kinds, or none, is reported at the nomination")
  void nominationOfTwoKinds() {
    InputProblem p = onlyProblem(HEAD + CANDIDATES.replace("{ self: true }", "{ self: true, voters: 3 }"));
    assertProblem(p, "election.yaml", 10, 31, "candidates[1].nomination", "exactly one of", "voters, self");
  }

  @Test
  @DisplayName("a ballot group that is both marked and blank, or has count 0, or marks nobody, is reported there")
  void badBallotGroups() {
    List<InputProblem> p = problems("election.yaml", HEAD + CANDIDATES + """
        ballots:
          - { marks: [p1], blank: true }
          - { blank: true, count: 0 }
          - { marks: [] }
          - { marks: [p1, p1] }
        """);
    assertEquals(4, p.size(), p::toString);
    assertProblem(p.get(0), "election.yaml", 14, 5, "ballots[0]", "exactly one of", "marks, blank");
    assertProblem(p.get(1), "election.yaml", 15, 27, "ballots[1].count", "at least 1");
    assertProblem(p.get(2), "election.yaml", 16, 14, "ballots[2].marks", "blank: true");
    assertProblem(p.get(3), "election.yaml", 17, 19, "ballots[3].marks[1]", "marked twice");
  }

  @Test
  @DisplayName("a run-off before the election is reported at the run-off's date")
  void runOffBeforeTheElection() {
    InputProblem p = onlyProblem(HEAD + CANDIDATES + """
        runOff:
          date: 2005-09-01
          ballotsIssued: 80
        """);
    assertProblem(p, "election.yaml", 14, 9, "runOff.date", "before the election on 2005-09-18");
  }

  @Test
  @DisplayName("JSON mistakes are located too, and a file of another kind is named as such")
  void json() {
    List<InputProblem> p = problems("election.json", """
        {
          "id": "e1", "community": "c1", "date": "2005-09-31",
          "seats": { "members": 3 }, "electorate": "INDIVIDUAL_VOTERS", "registered": 10, "ballotsIssued": 10
        }
        """);
    assertEquals(1, p.size(), p::toString);
    assertProblem(p.get(0), "election.json", 2, 42, "date", "not a day of the calendar");
    assertProblem(onlyProblemIn("election.txt", "id: e1"), "election.txt", 0, 0, "", "an election file's name");
  }

  @Test
  @DisplayName("an empty file says what an election file needs")
  void emptyFile() {
    assertProblem(onlyProblemIn("election.yaml", ""), "election.yaml", 1, 1, "", "empty", "id, community, date");
  }

  private static InputProblem onlyProblemIn(String file, String text) {
    List<InputProblem> problems = problems(file, text);
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }
}
