package org.amodel.core.voters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.amodel.core.model.Community;

/**
 * One community's voter registrations as recorded, not yet judged: the community, the registrations
 * asked for in it (a person may appear twice, or not be known to the community) and the deprivations
 * of political rights known to whoever keeps them. The input of a roll ({@link VoterRoll#build(
 * CommunityRegistrations, java.time.LocalDate, VoterRules)}) and of a district's registrations checked
 * together.
 *
 * <pre>{@code
 * CommunityRegistrations c1 = CommunityRegistrations.of(community, registry.registrations("c1"), rights);
 * VoterRoll roll = VoterRoll.build(c1, asOf, rules);
 * }</pre>
 *
 * @param registrations in the order recorded; every one is for {@code community}
 */
public record CommunityRegistrations(
    Community community, ImmutableList<Registration> registrations, PoliticalRights rights) {

  /**
   * @throws IllegalArgumentException if a registration is for another community; the message names it
   *     and its index
   */
  public CommunityRegistrations {
    requireNonNull(community, "community");
    requireNonNull(registrations, "registrations");
    requireNonNull(rights, "rights");
    registrations = ImmutableList.copyOf(registrations);
    for (int i = 0; i < registrations.size(); i++) {
      Registration r = registrations.get(i);
      checkArgument(r.communityId().equals(community.id()),
          "registrations[%s] %s is for community %s, not %s", i, r, r.communityId(), community.id());
    }
  }

  /** Returns the registrations of {@code community} with the deprivations in {@code rights}. */
  public static CommunityRegistrations of(
      Community community, List<Registration> registrations, PoliticalRights rights) {
    requireNonNull(registrations, "registrations");
    for (int i = 0; i < registrations.size(); i++) {
      requireNonNull(registrations.get(i), "registrations[" + i + "]");
    }
    return new CommunityRegistrations(community, ImmutableList.copyOf(registrations), rights);
  }

  /** Returns the registrations of {@code community}, where nobody is deprived of political rights. */
  public static CommunityRegistrations of(Community community, List<Registration> registrations) {
    return of(community, registrations, PoliticalRights.none());
  }

  /** Returns the community's id. */
  public String communityId() {
    return community.id();
  }
}
