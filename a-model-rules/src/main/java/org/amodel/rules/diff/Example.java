package org.amodel.rules.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import org.amodel.core.finding.Finding;

/**
 * A community where a rule's findings changed: the findings only the base rule set gives ({@code
 * gone}) and those only the candidate gives ({@code added}).
 */
public record Example(String communityId, String communityName, int people, ImmutableList<Finding> gone,
    ImmutableList<Finding> added) {
  /** Fewest people first, then community id: the smallest example to read. */
  static final Comparator<Example> SMALLEST = Comparator.comparingInt(Example::people)
      .thenComparing(Example::communityId);

  public Example {
    requireNonNull(communityId, "communityId");
    requireNonNull(communityName, "communityName");
    gone = ImmutableList.copyOf(gone);
    added = ImmutableList.copyOf(added);
  }
}
