package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.amodel.core.model.CommitteePost;

/**
 * Winners of one vote with equal votes whose ranking would give them different posts, so the count
 * cannot say who takes which: for example two winners with 300 votes each, one to be chair and one
 * vice-chair. See {@link ElectionResult#posts()}.
 */
public record PostTie(ImmutableList<String> personIds, int votes, VoteRound round, ImmutableList<CommitteePost> posts) {
  public PostTie {
    personIds = ImmutableList.copyOf(personIds);
    checkArgument(personIds.size() >= 2, "a post tie needs at least 2 winners, was %s", personIds);
    requireNonNull(round, "round");
    posts = ImmutableList.copyOf(posts);
    checkArgument(posts.size() >= 2, "a post tie spans at least 2 posts, was %s", posts);
  }

  public String describeZh() {
    return "当选人 " + Text.idsZh(personIds) + " 在" + round.nameZh() + "中同得 " + Text.count(votes) + " 票,"
        + posts.stream().map(ElectionResult::postZh).collect(Collectors.joining("、")) + "职位无法按得票确定";
  }

  public String describeEn() {
    return "winners " + Text.idsEn(personIds) + " tie with " + Text.count(votes) + " votes in the " + round.nameEn()
        + "; the posts " + posts.stream().map(ElectionResult::postEn).collect(Collectors.joining(", "))
        + " cannot be assigned by votes";
  }
}
