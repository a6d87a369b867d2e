package org.amodel.core.model;

import static org.amodel.core.model.Rejections.assertIllegal;
import static org.amodel.core.model.Rejections.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A suggestion")
class SuggestionTest {
  private static final LocalDate SOLVED = LocalDate.of(2005, 10, 20);

  @Test
  @DisplayName("solved on a day is solved by that day and every later one, not the day before")
  void solvedByItsDayAndLater() {
    Suggestion s = Suggestion.solvedOn("s1", "小区路灯不亮", SOLVED);
    assertEquals(Optional.of(SOLVED), s.solved());
    assertFalse(s.isSolvedBy(SOLVED.minusDays(1)));
    assertTrue(s.isSolvedBy(SOLVED));
    assertTrue(s.isSolvedBy(SOLVED.plusYears(10)));
  }

  @Test
  @DisplayName("not yet solved is solved by no day")
  void unsolvedIsNeverSolved() {
    Suggestion s = Suggestion.unsolved("s2", "增设停车位");
    assertEquals(Optional.empty(), s.solved());
    assertFalse(s.isSolvedBy(LocalDate.of(2099, 1, 1)));
  }

  @Test
  @DisplayName("rejects a blank id or summary and nulls, naming the field")
  void badFieldsRejected() {
    assertIllegal(() -> Suggestion.unsolved(" ", "增设停车位"), "id must not be blank");
    assertIllegal(() -> Suggestion.unsolved("s1", ""), "summary must not be blank");
    assertNull(() -> Suggestion.unsolved("s1", null), "summary");
    assertNull(() -> new Suggestion("s1", "增设停车位", null), "solved");
    assertNull(() -> Suggestion.unsolved("s1", "增设停车位").isSolvedBy(null), "day");
  }
}
