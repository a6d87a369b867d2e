package org.amodel.core.scale;

import static java.util.Objects.requireNonNull;

/**
 * Where one thing went in a merge: its kind and id, the community it came from, the community it is
 * in now. An appointment's id is {@code organisation-id/person-id}; a grid branch secretary's is
 * {@code party-organisation-id/grid-branch-id/person-id}, since a grid branch id is unique only within
 * its Party organisation.
 */
public record Placement(PlacementKind kind, String id, String fromCommunityId, String toCommunityId) {
  public Placement {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(fromCommunityId, "fromCommunityId");
    requireNonNull(toCommunityId, "toCommunityId");
  }
}
