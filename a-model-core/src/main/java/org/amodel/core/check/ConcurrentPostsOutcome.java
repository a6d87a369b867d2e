package org.amodel.core.check;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Community;

/**
 * What a newly elected committee means for the secretary and chair posts (一肩挑, seed §二(三)), from
 * {@link ConcurrentPosts#outcome}: the new chair already is the Party secretary, or qualifies to
 * become secretary too while someone else holds the post, or does not qualify, with every reason.
 */
public sealed interface ConcurrentPostsOutcome
    permits ConcurrentPostsOutcome.AlreadyHeld, ConcurrentPostsOutcome.Available, ConcurrentPostsOutcome.NotQualified {

  /** Returns the community with the new committee in place ({@link ConcurrentPosts#withElectedCommittee}). */
  Community community();

  /** Returns the new chair's person id. */
  String chairId();

  /**
   * The new chair already is the Party secretary, holding both posts since {@code since} (the later
   * of the two appointments). {@code disqualifications} are CONCURRENT_POSTS's reasons against holding
   * both from that day — empty when the holding is sound; otherwise the reference checker reports the
   * community as it stands.
   */
  record AlreadyHeld(Community community, String chairId, LocalDate since,
      ImmutableList<Disqualification> disqualifications) implements ConcurrentPostsOutcome {
    public AlreadyHeld {
      requireNonNull(community, "community");
      requireNonNull(chairId, "chairId");
      requireNonNull(since, "since");
      disqualifications = ImmutableList.copyOf(disqualifications);
    }

    /** Returns true if CONCURRENT_POSTS holds for the chair-secretary as things stand. */
    public boolean sound() {
      return disqualifications.isEmpty();
    }
  }

  /**
   * The new chair qualifies to be secretary too from the date asked about, but {@code secretaryId}
   * is secretary. {@code notice} is the CONCURRENT_POSTS_AVAILABLE notice the reference checker gives
   * on {@link #community()} as of that date — the same {@link Finding} — and is empty where it gives
   * none: the district does not encourage concurrent posts ({@code concurrent.encouraged}), or the
   * chair has no passed assessment to name because the district does not require one.
   */
  record Available(Community community, String chairId, String secretaryId, Optional<Finding> notice)
      implements ConcurrentPostsOutcome {
    public Available {
      requireNonNull(community, "community");
      requireNonNull(chairId, "chairId");
      requireNonNull(secretaryId, "secretaryId");
      requireNonNull(notice, "notice");
      checkArgument(!chairId.equals(secretaryId), "chair %s is the secretary: the posts are already held", chairId);
      notice.ifPresent(n -> checkArgument(n.ruleId() == RuleId.CONCURRENT_POSTS_AVAILABLE,
          "notice is a %s finding", n.ruleId()));
    }
  }

  /**
   * The new chair does not qualify to be secretary too from the date asked about; {@code
   * disqualifications} gives every reason (never empty), each naming the person and the date.
   */
  record NotQualified(Community community, String chairId, ImmutableList<Disqualification> disqualifications)
      implements ConcurrentPostsOutcome {
    public NotQualified {
      requireNonNull(community, "community");
      requireNonNull(chairId, "chairId");
      disqualifications = ImmutableList.copyOf(disqualifications);
      checkArgument(!disqualifications.isEmpty(), "a chair who does not qualify has at least one disqualification");
    }
  }
}
