package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.Term;

/**
 * The count of an election ({@link ElectionCount#of}): the first vote, the run-off it called for and
 * the run-off's count if one was held, and what follows from them — the status, the winners, their
 * posts and the committee they form.
 *
 * <h2>Posts</h2>
 * One ballot elects the whole committee; posts go to the winners by rank. Winners of the first vote
 * rank above winners of the run-off; within a vote, more votes rank higher. The plan's chair seats go
 * to the highest-ranked, then its vice-chair seats, then its member seats. Winners of one vote with
 * equal votes whose ranks would give them different posts make a {@link PostTie}: the count does not
 * choose between them, and the posts must be given ({@link #committee(String, Term, Map)}), as
 * decided by the district (by the new committee among its members, say).
 */
public record ElectionResult(
    Election election,
    ElectionThresholds thresholds,
    RoundCount firstVote,
    Optional<RunOffCall> runOffCall,
    Optional<RoundCount> runOff) {

  public ElectionResult {
    requireNonNull(election, "election");
    requireNonNull(thresholds, "thresholds");
    requireNonNull(firstVote, "firstVote");
    requireNonNull(runOffCall, "runOffCall");
    requireNonNull(runOff, "runOff");
    checkArgument(firstVote.round() == VoteRound.FIRST, "firstVote is a count of the %s", firstVote.round());
    runOff.ifPresent(r -> checkArgument(r.round() == VoteRound.RUN_OFF, "runOff is a count of the %s", r.round()));
    checkArgument(runOff.isPresent() == election.runOff().isPresent(),
        "runOff: counted %s, but the election %s one", runOff.isPresent() ? "one" : "none",
        election.runOff().isPresent() ? "held" : "did not hold");
  }

  /** Returns where the election stands. */
  public ElectionStatus status() {
    if (firstVote.isVoid()) {
      return ElectionStatus.VOID;
    }
    if (firstVote.unfilledSeats() == 0) {
      return ElectionStatus.ELECTED;
    }
    if (runOff.isEmpty()) {
      return ElectionStatus.RUN_OFF_PENDING;
    }
    return unfilledSeats() == 0 ? ElectionStatus.ELECTED : ElectionStatus.SEATS_UNFILLED;
  }

  /** Returns the winners by rank: the first vote's by votes, then the run-off's by votes. */
  public ImmutableList<Winner> winners() {
    List<Winner> all = new ArrayList<>(ranked(firstVote));
    runOff.ifPresent(r -> all.addAll(ranked(r)));
    return ImmutableList.copyOf(all);
  }

  /** Returns the seats of the plan that no winner fills. */
  public int unfilledSeats() {
    return election.seats().total() - winners().size();
  }

  /**
   * Returns each winner's post, by rank: chair seats first, then vice-chair seats, then member seats.
   * Winners in a {@link #postTies() post tie} are given posts in the order the candidates are listed,
   * which the count does not vouch for; with unfilled seats, the lowest posts stay open.
   */
  public ImmutableMap<String, CommitteePost> posts() {
    Map<String, CommitteePost> posts = new LinkedHashMap<>();
    List<CommitteePost> seats = seatsInOrder();
    List<Winner> winners = winners();
    for (int i = 0; i < winners.size(); i++) {
      posts.put(winners.get(i).personId(), seats.get(i));
    }
    return ImmutableMap.copyOf(posts);
  }

  /** Returns the ties between winners that the ranking cannot turn into posts; empty when posts are decided. */
  public ImmutableList<PostTie> postTies() {
    List<PostTie> ties = new ArrayList<>();
    Map<String, CommitteePost> posts = posts();
    List<Winner> winners = winners();
    for (int i = 0; i < winners.size(); ) {
      int j = i;
      while (j < winners.size() && winners.get(j).round() == winners.get(i).round()
          && winners.get(j).votes() == winners.get(i).votes()) {
        j++;
      }
      List<Winner> group = winners.subList(i, j);
      Set<CommitteePost> groupPosts = new LinkedHashSet<>();
      group.forEach(w -> groupPosts.add(posts.get(w.personId())));
      if (groupPosts.size() > 1) {
        ties.add(new PostTie(group.stream().map(Winner::personId).collect(ImmutableList.toImmutableList()),
            group.get(0).votes(), group.get(0).round(), ImmutableList.copyOf(groupPosts)));
      }
      i = j;
    }
    return ImmutableList.copyOf(ties);
  }

  /** Returns true if every seat is filled and every post decided, so {@link #committee} can form the committee. */
  public boolean formsCommittee() {
    return status() == ElectionStatus.ELECTED && postTies().isEmpty();
  }

  /**
   * Returns the residents' committee {@code id} that the winners form for {@code term}, each seat
   * held since the term's start, with the posts of {@link #posts()}.
   *
   * @throws IllegalStateException if the election did not fill every seat or left a post undecided
   *     ({@link #formsCommittee()} is false; give the posts to {@link #committee(String, Term, Map)})
   * @throws IllegalArgumentException if the term starts before the election's last vote
   */
  public ResidentsCommittee committee(String id, Term term) {
    requireNonNull(term, "term");
    if (status() != ElectionStatus.ELECTED) {
      throw new IllegalStateException("election " + election.id() + " cannot form a committee: " + status().nameEn()
          + ", " + unfilledSeats() + " of " + election.seats().total() + " seats unfilled");
    }
    if (!postTies().isEmpty()) {
      throw new IllegalStateException("election " + election.id() + " cannot form a committee: "
          + postTies().get(0).describeEn());
    }
    return form(id, term, posts());
  }

  /**
   * Returns the residents' committee {@code id} that the winners form for {@code term}, with the
   * {@code posts} decided outside the count (where winners tied across posts, or in an election whose
   * posts the new committee shares out), each seat held since the term's start.
   *
   * @throws IllegalStateException if the election did not fill every seat
   * @throws IllegalArgumentException if {@code posts} does not give exactly the winners exactly the
   *     plan's seats of each post, or if the term starts before the election's last vote
   */
  public ResidentsCommittee committee(String id, Term term, Map<String, CommitteePost> posts) {
    requireNonNull(term, "term");
    requireNonNull(posts, "posts");
    if (status() != ElectionStatus.ELECTED) {
      throw new IllegalStateException("election " + election.id() + " cannot form a committee: " + status().nameEn()
          + ", " + unfilledSeats() + " of " + election.seats().total() + " seats unfilled");
    }
    Set<String> winnerIds = new LinkedHashSet<>();
    winners().forEach(w -> winnerIds.add(w.personId()));
    checkArgument(posts.keySet().equals(winnerIds), "posts are given to %s; the winners are %s", posts.keySet(),
        winnerIds);
    for (CommitteePost post : CommitteePost.values()) {
      long given = posts.values().stream().filter(p -> p == post).count();
      checkArgument(given == election.seats().seats(post), "posts give %s %s seats; the plan has %s", given, post,
          election.seats().seats(post));
    }
    Map<String, CommitteePost> ordered = new LinkedHashMap<>();
    winnerIds.forEach(w -> ordered.put(w, posts.get(w)));
    return form(id, term, ordered);
  }

  private ResidentsCommittee form(String id, Term term, Map<String, CommitteePost> posts) {
    checkArgument(!term.start().isBefore(election.lastVoteDate()),
        "term of committee %s starts %s, before the last vote of election %s on %s", id, term.start(),
        election.id(), election.lastVoteDate());
    List<CommitteeSeat> seats = new ArrayList<>();
    for (CommitteePost post : CommitteePost.values()) {
      posts.forEach((personId, p) -> {
        if (p == post) {
          seats.add(CommitteeSeat.of(personId, p, term.start()));
        }
      });
    }
    return ResidentsCommittee.of(id, term, seats);
  }

  /** Returns the election's figures: electorate, ballots, turnout, competitiveness, outcome. */
  public ElectionStatistics statistics() {
    return ElectionStatistics.of(this);
  }

  private List<CommitteePost> seatsInOrder() {
    List<CommitteePost> seats = new ArrayList<>();
    for (CommitteePost post : CommitteePost.values()) {
      for (int i = 0; i < election.seats().seats(post); i++) {
        seats.add(post);
      }
    }
    return seats;
  }

  private static List<Winner> ranked(RoundCount count) {
    List<String> order = count.candidateIds();
    return count.winners().stream()
        .sorted(Comparator.comparing(Winner::votes).reversed()
            .thenComparing(w -> order.indexOf(w.personId())))
        .toList();
  }

  static String postZh(CommitteePost post) {
    return switch (post) {
      case CHAIR -> "主任";
      case VICE_CHAIR -> "副主任";
      case MEMBER -> "委员";
    };
  }

  static String postEn(CommitteePost post) {
    return switch (post) {
      case CHAIR -> "chair";
      case VICE_CHAIR -> "vice-chair";
      case MEMBER -> "member";
    };
  }
}
