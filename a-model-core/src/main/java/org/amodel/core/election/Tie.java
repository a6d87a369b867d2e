package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * Candidates with equal votes across a cut that the count may not draw between them: {@code
 * candidateIds}, each with {@code votes} votes, contending for {@code places} places. The count never
 * breaks a tie; see {@link ElectionCount} for what happens to the tied.
 */
public record Tie(ImmutableList<String> candidateIds, int votes, int places) {
  public Tie {
    candidateIds = ImmutableList.copyOf(candidateIds);
    checkArgument(candidateIds.size() >= 2, "a tie needs at least 2 candidates, was %s", candidateIds);
    checkArgument(votes >= 0, "votes must not be negative, was %s", votes);
    checkArgument(places >= 1 && places < candidateIds.size(),
        "places must be in [1, %s) for %s tied candidates, was %s", candidateIds.size(), candidateIds.size(), places);
  }

  /** Returns the tie in Chinese: "候选人 a、b 同得 40 票,争 1 个名额". */
  public String describeZh() {
    return "候选人 " + Text.idsZh(candidateIds) + " 同得 " + Text.count(votes) + " 票,争 " + places + " 个名额";
  }

  /** Returns the tie in English: "a, b tie with 40 votes each for 1 place". */
  public String describeEn() {
    return Text.idsEn(candidateIds) + " tie with " + Text.count(votes) + " votes each for " + places + " place"
        + (places == 1 ? "" : "s");
  }
}
