package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

/** A period in which a person lived or worked in a community, by the community's id. */
public record CommunityTie(TieKind kind, String communityId, DateRange period) {
  public CommunityTie {
    requireNonNull(kind, "kind");
    Checks.id(communityId, "communityId");
    requireNonNull(period, "period");
  }
}
