package org.amodel.core.scale;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.amodel.core.model.Community;

/** The community a merge made, and where every person, household, organisation and appointment went. */
public record MergeResult(Community merged, ImmutableList<Placement> placements) {
  public MergeResult {
    requireNonNull(merged, "merged");
    placements = ImmutableList.copyOf(placements);
  }

  /** Returns the placements of {@code kind}. */
  public ImmutableList<Placement> placements(PlacementKind kind) {
    return placements.stream().filter(p -> p.kind() == kind).collect(ImmutableList.toImmutableList());
  }
}
