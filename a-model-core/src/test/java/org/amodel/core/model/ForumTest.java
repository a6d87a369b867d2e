package org.amodel.core.model;

import static org.amodel.core.model.Rejections.assertIllegal;
import static org.amodel.core.model.Rejections.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A forum")
class ForumTest {
  private static final LocalDate HELD = LocalDate.of(2005, 10, 12);

  private static Forum forum(int participants, List<Suggestion> suggestions) {
    return Forum.of("forum-1", ForumKind.RESIDENTS_TALK, HELD, "小区环境整治", participants, suggestions);
  }

  @Test
  @DisplayName("holds its kind, day, topic, participants and suggestions")
  void holds() {
    Suggestion lights = Suggestion.solvedOn("s1", "小区路灯不亮", HELD.plusDays(8));
    Suggestion parking = Suggestion.unsolved("s2", "增设停车位");
    Forum f = forum(45, List.of(lights, parking));
    assertEquals(ForumKind.RESIDENTS_TALK, f.kind());
    assertEquals(HELD, f.held());
    assertEquals("小区环境整治", f.topic());
    assertEquals(45, f.participants());
    assertEquals(List.of(lights, parking), f.suggestions());
  }

  @Test
  @DisplayName("with one participant is allowed; with none it is rejected, naming the forum and the count")
  void participantsBoundary() {
    assertEquals(1, forum(1, List.of()).participants());
    assertIllegal(() -> forum(0, List.of()), "participants of forum forum-1 must be at least 1, was 0");
    assertIllegal(() -> forum(-3, List.of()), "participants of forum forum-1 must be at least 1, was -3");
  }

  @Test
  @DisplayName("may have a suggestion solved the day it was held, not the day before; the message names both")
  void solvedBoundary() {
    Forum f = forum(20, List.of(Suggestion.solvedOn("s1", "小区路灯不亮", HELD)));
    assertEquals(1, f.solvedBy(HELD));
    assertIllegal(() -> forum(20, List.of(Suggestion.solvedOn("s1", "小区路灯不亮", HELD.minusDays(1)))),
        "suggestion s1 of forum forum-1 is solved on 2005-10-11, before the forum was held on 2005-10-12");
  }

  @Test
  @DisplayName("cannot list two suggestions with the same id")
  void duplicateSuggestionRejected() {
    assertIllegal(() -> forum(20, List.of(Suggestion.unsolved("s1", "增设停车位"), Suggestion.unsolved("s1", "修路"))),
        "suggestions of forum forum-1 lists s1 more than once");
  }

  @Test
  @DisplayName("is held by its day and later, and counts the suggestions solved by a day")
  void heldAndSolvedBy() {
    Forum f = forum(30, List.of(
        Suggestion.solvedOn("s1", "小区路灯不亮", HELD.plusDays(8)),
        Suggestion.solvedOn("s2", "楼道堆物", HELD.plusDays(30)),
        Suggestion.unsolved("s3", "增设停车位")));
    assertFalse(f.isHeldBy(HELD.minusDays(1)));
    assertTrue(f.isHeldBy(HELD));
    assertEquals(0, f.solvedBy(HELD.plusDays(7)));
    assertEquals(1, f.solvedBy(HELD.plusDays(8)));
    assertEquals(2, f.solvedBy(HELD.plusDays(30)));
  }

  @Test
  @DisplayName("rejects a blank id or topic and nulls, naming the field")
  void badFieldsRejected() {
    assertIllegal(() -> Forum.of("", ForumKind.COMMUNITY_FORUM, HELD, "议题", 1, List.of()), "id must not be blank");
    assertIllegal(() -> Forum.of("f", ForumKind.COMMUNITY_FORUM, HELD, " ", 1, List.of()), "topic must not be blank");
    assertNull(() -> Forum.of("f", null, HELD, "议题", 1, List.of()), "kind");
    assertNull(() -> Forum.of("f", ForumKind.COMMUNITY_FORUM, null, "议题", 1, List.of()), "held");
  }

  @Test
  @DisplayName("keeps its own unmodifiable copy of the suggestions")
  void copiesSuggestions() {
    List<Suggestion> suggestions = new ArrayList<>(List.of(Suggestion.unsolved("s1", "增设停车位")));
    Forum f = forum(5, suggestions);
    suggestions.add(Suggestion.unsolved("s2", "修路"));
    assertEquals(1, f.suggestions().size());
    assertThrows(UnsupportedOperationException.class, () -> f.suggestions().clear());
  }

  @Test
  @DisplayName("kinds have the seed's Chinese names")
  void kindNames() {
    assertEquals("社区论坛", ForumKind.COMMUNITY_FORUM.nameZh());
    assertEquals("社区对话", ForumKind.COMMUNITY_DIALOGUE.nameZh());
    assertEquals("民情恳谈会", ForumKind.RESIDENTS_TALK.nameZh());
    assertEquals("public-sentiment meeting", ForumKind.RESIDENTS_TALK.nameEn());
  }
}
