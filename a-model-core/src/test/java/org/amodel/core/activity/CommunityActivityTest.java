package org.amodel.core.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.Forum;
import org.amodel.core.model.ForumKind;
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.core.model.SubdistrictPartyWorkingCommittee;
import org.amodel.core.model.Suggestion;
import org.amodel.core.model.UnitResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The seed's participation figures (§三(三)1 and 3), counted from the communities' records as of a day. */
@DisplayName("Community activity")
class CommunityActivityTest {
  private static final SubdistrictOffice OFFICE = new SubdistrictOffice("o-gsq", "杆石桥街道办事处",
      new SubdistrictPartyWorkingCommittee("w-gsq", "杆石桥街道党工委"));
  private static final LocalDate AS_OF = LocalDate.of(2005, 12, 1);

  private static Community community(String id, List<Forum> forums, List<UnitResource> resources) {
    return Community.builder(id, "社区" + id, CommunityType.BLOCK, OFFICE).forums(forums).unitResources(resources)
        .build();
  }

  private static Forum forum(String id, LocalDate held, int participants, Suggestion... suggestions) {
    return Forum.of(id, ForumKind.COMMUNITY_FORUM, held, "议题", participants, List.of(suggestions));
  }

  private static Suggestion solved(String id, LocalDate day) {
    return Suggestion.solvedOn(id, "建议", day);
  }

  private static Suggestion unsolved(String id) {
    return Suggestion.unsolved(id, "建议");
  }

  private static UnitResource resource(String id, LocalDate opened) {
    return new UnitResource(id, "济南市某小学", "操场", opened);
  }

  @Test
  @DisplayName("of no communities, or of communities with no records, is all zeros")
  void emptyGivesZeros() {
    assertEquals(new CommunityActivity(0, 0, 0, 0, 0), CommunityActivity.of(List.of(), AS_OF));
    assertEquals(CommunityActivity.NONE, CommunityActivity.of(List.of(community("c1", List.of(), List.of())), AS_OF));
  }

  @Test
  @DisplayName("adds up forums, participants, suggestions, solved problems and open resources over the communities")
  void sumsOverCommunities() {
    Community a = community("c1", List.of(
            forum("f1", LocalDate.of(2005, 10, 1), 40, solved("s1", LocalDate.of(2005, 10, 9)), unsolved("s2")),
            forum("f2", LocalDate.of(2005, 11, 1), 25)),
        List.of(resource("r1", LocalDate.of(2005, 6, 1))));
    Community b = community("c2", List.of(
            forum("f1", LocalDate.of(2005, 9, 20), 60, solved("s1", LocalDate.of(2005, 9, 20)),
                solved("s2", LocalDate.of(2005, 11, 30)), unsolved("s3"))),
        List.of(resource("r1", LocalDate.of(2005, 7, 1)), resource("r2", LocalDate.of(2005, 8, 1))));
    assertEquals(new CommunityActivity(3, 125, 5, 3, 3), CommunityActivity.of(List.of(a, b), AS_OF));
  }

  @Test
  @DisplayName("counts a forum held on the as-of date, not one held the day after, nor its suggestions")
  void forumHeldBoundary() {
    Community c = community("c1", List.of(
        forum("on", AS_OF, 10, solved("s1", AS_OF)),
        forum("after", AS_OF.plusDays(1), 20, unsolved("s1"), unsolved("s2"))), List.of());
    assertEquals(new CommunityActivity(1, 10, 1, 1, 0), CommunityActivity.of(List.of(c), AS_OF));
    assertEquals(new CommunityActivity(2, 30, 3, 1, 0), CommunityActivity.of(List.of(c), AS_OF.plusDays(1)));
    assertEquals(CommunityActivity.NONE, CommunityActivity.of(List.of(c), AS_OF.minusDays(1)));
  }

  @Test
  @DisplayName("counts a problem solved on the as-of date as solved, one solved the day after as raised only")
  void solvedBoundary() {
    Community c = community("c1", List.of(forum("f1", AS_OF.minusDays(30), 15,
        solved("on", AS_OF), solved("after", AS_OF.plusDays(1)))), List.of());
    CommunityActivity a = CommunityActivity.of(List.of(c), AS_OF);
    assertEquals(2, a.suggestionsRaised());
    assertEquals(1, a.problemsSolved());
    assertEquals(2, CommunityActivity.of(List.of(c), AS_OF.plusDays(1)).problemsSolved());
  }

  @Test
  @DisplayName("counts a resource opened on the as-of date, not one opened the day after")
  void resourceOpenedBoundary() {
    Community c = community("c1", List.of(), List.of(resource("on", AS_OF), resource("after", AS_OF.plusDays(1))));
    assertEquals(1, CommunityActivity.of(List.of(c), AS_OF).unitResourcesOpen());
    assertEquals(2, CommunityActivity.of(List.of(c), AS_OF.plusDays(1)).unitResourcesOpen());
    assertEquals(0, CommunityActivity.of(List.of(c), AS_OF.minusDays(1)).unitResourcesOpen());
  }

  @Test
  @DisplayName("refuses a community given twice, naming it and both positions, and a null one, naming its position")
  void communityGivenTwiceIsRefused() {
    Community c = community("c1", List.of(), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CommunityActivity.of(List.of(c, community("c2", List.of(), List.of()), c), AS_OF));
    assertTrue(e.getMessage().contains("community c1 is given more than once, as communities[0] and communities[2]"),
        e::getMessage);
    NullPointerException n = assertThrows(NullPointerException.class,
        () -> CommunityActivity.of(Arrays.asList(c, null), AS_OF));
    assertEquals("communities[1]", n.getMessage());
  }

  @Test
  @DisplayName("cannot be built with more problems solved than suggestions raised, or fewer participants than forums")
  void inconsistentFiguresRejected() {
    IllegalArgumentException solved = assertThrows(IllegalArgumentException.class,
        () -> new CommunityActivity(1, 10, 2, 3, 0));
    assertTrue(solved.getMessage().contains("problemsSolved 3 is more than suggestionsRaised 2"), solved::getMessage);
    IllegalArgumentException participants = assertThrows(IllegalArgumentException.class,
        () -> new CommunityActivity(2, 1, 0, 0, 0));
    assertTrue(participants.getMessage().contains("was 1 for 2 forums"), participants::getMessage);
    assertThrows(IllegalArgumentException.class, () -> new CommunityActivity(0, 0, 0, 0, -1));
  }
}
