package org.amodel.core.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/** A household (户) with its members and the one representative (户代表) who votes for it. */
public record Household(String id, String address, String representativeId, ImmutableSet<String> memberIds) {
  public Household {
    Checks.id(id, "id");
    Checks.text(address, "address");
    Checks.id(representativeId, "representativeId");
    memberIds = ImmutableSet.copyOf(memberIds);
    checkArgument(memberIds.contains(representativeId),
        "representativeId %s of household %s is not among its memberIds %s", representativeId, id, memberIds);
  }

  public static Household of(String id, String address, String representativeId, Set<String> memberIds) {
    return new Household(id, address, representativeId, ImmutableSet.copyOf(memberIds));
  }
}
