package org.amodel.core.check;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Community;

/**
 * What {@link ConcurrentPosts#appoint} did: made the new chair Party secretary too, or refused to,
 * with every reason. A refusal is a value, not an exception: a district rule that an appointment
 * would break is a finding to show, not a programmer's mistake.
 */
public sealed interface ConcurrentAppointment permits ConcurrentAppointment.Appointed, ConcurrentAppointment.Refused {

  /** Returns the person id of the chair who was, or would have been, made secretary. */
  String personId();

  /** Returns true if the chair holds both posts in the resulting community. */
  boolean appointed();

  /**
   * The chair holds both posts in {@code community} since {@code since}: the date asked for, or the
   * day they came to hold both if they already did. CONCURRENT_POSTS reports nothing about them there.
   */
  record Appointed(Community community, String personId, LocalDate since) implements ConcurrentAppointment {
    public Appointed {
      requireNonNull(community, "community");
      requireNonNull(personId, "personId");
      requireNonNull(since, "since");
    }

    @Override
    public boolean appointed() {
      return true;
    }
  }

  /**
   * The chair may not hold both posts from {@code since}, for every reason in {@code
   * disqualifications} (never empty). {@code finding} is the CONCURRENT_POSTS violation the reference
   * checker would report about them as secretary, as of the date asked for, had they been appointed
   * regardless.
   */
  record Refused(String personId, LocalDate since, ImmutableList<Disqualification> disqualifications, Finding finding)
      implements ConcurrentAppointment {
    public Refused {
      requireNonNull(personId, "personId");
      requireNonNull(since, "since");
      disqualifications = ImmutableList.copyOf(disqualifications);
      requireNonNull(finding, "finding");
      checkArgument(!disqualifications.isEmpty(), "a refusal has at least one disqualification");
      checkArgument(finding.ruleId() == RuleId.CONCURRENT_POSTS, "finding is a %s finding", finding.ruleId());
    }

    @Override
    public boolean appointed() {
      return false;
    }
  }
}
