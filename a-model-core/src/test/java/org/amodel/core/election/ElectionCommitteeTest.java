package org.amodel.core.election;

import static org.amodel.core.election.ElectionFixture.DAY;
import static org.amodel.core.election.ElectionFixture.RUN_OFF_DAY;
import static org.amodel.core.election.ElectionFixture.assertIllegal;
import static org.amodel.core.election.ElectionFixture.ballotsGiving;
import static org.amodel.core.election.ElectionFixture.concat;
import static org.amodel.core.election.ElectionFixture.count;
import static org.amodel.core.election.ElectionFixture.election;
import static org.amodel.core.election.ElectionFixture.runOff;
import static org.amodel.core.election.ElectionFixture.votes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The winners form the committee: posts go by rank, chair first")
class ElectionCommitteeTest {
  private static final SeatPlan SEVEN = SeatPlan.of(1, 2, 4);
  private static final List<String> NINE = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
  private static final Term TERM = Term.ofYears(DAY, 3);

  /** Nine candidates for seven seats, 80 of 100 voting; a..g each above 40 votes. */
  static Election sevenSeats(int a, int b, int c, int d) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    votes.put("a", a);
    votes.put("b", b);
    votes.put("c", c);
    votes.put("d", d);
    votes.put("e", 50);
    votes.put("f", 45);
    votes.put("g", 42);
    votes.put("h", 30);
    votes.put("i", 10);
    return election(SEVEN, 100, NINE, ballotsGiving(80, 7, votes));
  }

  @Test
  @DisplayName("a committee of 1 chair, 2 vice-chairs and 4 members by votes, each seat held from the term's start")
  void postsByRank() {
    ElectionResult r = count(sevenSeats(70, 65, 60, 55));
    assertTrue(r.formsCommittee());
    ResidentsCommittee rc = r.committee("rc6", TERM);
    assertEquals(List.of(
        CommitteeSeat.of("a", CommitteePost.CHAIR, DAY),
        CommitteeSeat.of("b", CommitteePost.VICE_CHAIR, DAY), CommitteeSeat.of("c", CommitteePost.VICE_CHAIR, DAY),
        CommitteeSeat.of("d", CommitteePost.MEMBER, DAY), CommitteeSeat.of("e", CommitteePost.MEMBER, DAY),
        CommitteeSeat.of("f", CommitteePost.MEMBER, DAY), CommitteeSeat.of("g", CommitteePost.MEMBER, DAY)),
        rc.seats());
    assertEquals("a", rc.chair().orElseThrow().personId());
    assertEquals(TERM, rc.term());
  }

  @Test
  @DisplayName("two winners tied across the chair and vice-chair posts leave the posts undecided: no committee")
  void tieAcrossPosts() {
    ElectionResult r = count(sevenSeats(70, 70, 60, 55));
    assertEquals(ElectionStatus.ELECTED, r.status());
    assertEquals(List.of(new PostTie(ImmutableList.of("a", "b"), 70, VoteRound.FIRST,
        ImmutableList.of(CommitteePost.CHAIR, CommitteePost.VICE_CHAIR))), r.postTies());
    assertFalse(r.formsCommittee());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.committee("rc6", TERM));
    assertTrue(e.getMessage().contains("winners a, b tie with 70 votes in the first vote"), e.getMessage());
  }

  @Test
  @DisplayName("posts decided outside the count form the committee; they must give the winners exactly the plan's seats")
  void postsGiven() {
    ElectionResult r = count(sevenSeats(70, 70, 60, 55));
    Map<String, CommitteePost> posts = new LinkedHashMap<>();
    posts.put("a", CommitteePost.VICE_CHAIR);
    posts.put("b", CommitteePost.CHAIR);
    posts.put("c", CommitteePost.VICE_CHAIR);
    List.of("d", "e", "f", "g").forEach(p -> posts.put(p, CommitteePost.MEMBER));
    ResidentsCommittee rc = r.committee("rc6", TERM, posts);
    assertEquals("b", rc.chair().orElseThrow().personId());
    assertEquals(7, rc.seats().size());

    posts.put("c", CommitteePost.CHAIR);
    assertIllegal(() -> r.committee("rc6", TERM, posts), "posts give 2 CHAIR seats; the plan has 1");
    posts.remove("c");
    posts.put("h", CommitteePost.VICE_CHAIR);
    assertIllegal(() -> r.committee("rc6", TERM, posts), "posts are given to", "the winners are");
  }

  @Test
  @DisplayName("a tie across the vice-chair and member posts also leaves the posts undecided")
  void tieAcrossViceChairAndMember() {
    ElectionResult r = count(sevenSeats(70, 65, 55, 55));
    assertEquals(List.of(ImmutableList.of(CommitteePost.VICE_CHAIR, CommitteePost.MEMBER)),
        r.postTies().stream().map(PostTie::posts).toList());
  }

  @Test
  @DisplayName("a tie within one post decides nothing and forms the committee")
  void tieWithinAPost() {
    ElectionResult r = count(sevenSeats(70, 60, 60, 55));
    assertTrue(r.postTies().isEmpty());
    assertEquals(2, r.committee("rc6", TERM).seats(CommitteePost.VICE_CHAIR).size());
  }

  @Test
  @DisplayName("a run-off winner ranks below the first vote's winners, whatever the votes")
  void runOffWinnersRankBelow() {
    // chair and one member; a 6 of 10 is elected, b 5 and c 4 go to the run-off, where c has 9 of 10
    Election e = election(SeatPlan.of(1, 0, 1), 12, List.of("a", "b", "c"),
        concat(votes(5, "a", "b"), votes(1, "a", "c"), votes(3, "c"), votes(1)));
    ElectionResult r = count(e.withRunOff(runOff(concat(votes(9, "c"), votes(1, "b")))));
    assertEquals(Map.of("a", CommitteePost.CHAIR, "c", CommitteePost.MEMBER), r.posts());
    ResidentsCommittee rc = r.committee("rc6", Term.ofYears(RUN_OFF_DAY, 3));
    assertEquals("a", rc.chair().orElseThrow().personId());
  }

  @Test
  @DisplayName("an election with a seat unfilled cannot form a committee")
  void unfilledCannotForm() {
    Election e = election(SeatPlan.of(1, 0, 1), 12, List.of("a", "b", "c"),
        concat(votes(5, "a", "b"), votes(1, "a", "c"), votes(3, "c"), votes(1)));
    ElectionResult r = count(e);
    assertEquals(ElectionStatus.RUN_OFF_PENDING, r.status());
    assertFalse(r.formsCommittee());
    IllegalStateException ex = assertThrows(IllegalStateException.class, () -> r.committee("rc6", TERM));
    assertTrue(ex.getMessage().contains("run-off pending, 1 of 2 seats unfilled"), ex.getMessage());
  }

  @Test
  @DisplayName("a term starting before the last vote is rejected, naming both dates")
  void termBeforeLastVote() {
    Election e = election(SeatPlan.of(1, 0, 1), 12, List.of("a", "b", "c"),
        concat(votes(5, "a", "b"), votes(1, "a", "c"), votes(3, "c"), votes(1)));
    ElectionResult r = count(e.withRunOff(runOff(concat(votes(9, "c"), votes(1, "b")))));
    assertIllegal(() -> r.committee("rc6", TERM),
        "term of committee rc6 starts 2005-09-18, before the last vote of election e1 on 2005-09-25");
  }
}
