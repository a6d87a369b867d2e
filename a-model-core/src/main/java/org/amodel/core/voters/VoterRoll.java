package org.amodel.core.voters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amodel.core.model.Community;

/**
 * A community's voter roll (选民名单) as of a date: one {@link RollEntry} for every person the
 * community knows, and for every registered person it does not, each saying where they stand and
 * why, and how they vote. Nobody is left out: a child has a line saying they are under age.
 *
 * <pre>{@code
 * VoterRoll roll = VoterRoll.build(community, registrations, LocalDate.of(2005, 9, 1),
 *     VoterRules.JINAN_SHIZHONG_2005);
 * roll.votes();                              // ballots the election may count
 * VoterRollChecker.check(roll);              // VOTER_ELIGIBILITY and VOTER_UNIQUE findings
 * }</pre>
 *
 * <p>A person is on the roll when they are eligible under the district's {@link VoterRules} on the
 * as-of date and registered. Building is a pure function of its arguments: the order of the
 * community's lists and of the registrations does not matter, and entries are sorted by person id.
 * Registering a person twice is kept on the roll as two registrations, for {@link VoterRollChecker}
 * to report; it is never merged away.
 */
public record VoterRoll(String communityId, LocalDate asOf, VoterRules rules, ImmutableList<RollEntry> entries) {

  public VoterRoll {
    requireNonNull(communityId, "communityId");
    checkArgument(!communityId.isBlank(), "communityId must not be blank");
    requireNonNull(asOf, "asOf");
    requireNonNull(rules, "rules");
    entries = ImmutableList.sortedCopyOf(Comparator.comparing(RollEntry::personId), entries);
    Set<String> seen = new HashSet<>();
    for (RollEntry e : entries) {
      checkArgument(seen.add(e.personId()), "entries list person %s more than once", e.personId());
      for (Registration r : e.registrations()) {
        checkArgument(r.communityId().equals(communityId),
            "entries of %s include registration %s, which is for community %s", communityId, r, r.communityId());
        checkArgument(!r.registeredOn().isAfter(asOf),
            "entries include registration %s, dated after the roll's asOf %s", r, asOf);
      }
    }
  }

  /**
   * Returns the roll of {@code community} as of {@code asOf} under {@code rules}, where nobody is
   * deprived of political rights. Use {@link #build(Community, List, PoliticalRights, LocalDate,
   * VoterRules)} where deprivations are recorded.
   *
   * @throws IllegalArgumentException if a registration is for another community or dated after
   *     {@code asOf}; the message names it and its index
   */
  public static VoterRoll build(
      Community community, List<Registration> registrations, LocalDate asOf, VoterRules rules) {
    return build(community, registrations, PoliticalRights.none(), asOf, rules);
  }

  /**
   * Returns the roll of {@code community} as of {@code asOf} under {@code rules}, with the
   * deprivations of political rights in {@code rights}.
   *
   * @throws IllegalArgumentException if a registration is for another community or dated after
   *     {@code asOf}; the message names it and its index
   */
  public static VoterRoll build(
      Community community, List<Registration> registrations, PoliticalRights rights, LocalDate asOf,
      VoterRules rules) {
    return RollBuilder.build(community, registrations, rights, asOf, rules);
  }

  /**
   * Returns the roll of {@code registrations}' community as of {@code asOf} under {@code rules}, with
   * its registrations and deprivations of political rights.
   *
   * @throws IllegalArgumentException if a registration is dated after {@code asOf}; the message names
   *     it and its index
   */
  public static VoterRoll build(CommunityRegistrations registrations, LocalDate asOf, VoterRules rules) {
    requireNonNull(registrations, "registrations");
    return RollBuilder.build(registrations.community(), registrations.registrations(), registrations.rights(), asOf,
        rules);
  }

  /** Returns the line of {@code personId}, if the roll has one. */
  public Optional<RollEntry> entry(String personId) {
    int lo = 0;
    int hi = entries.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = entries.get(mid).personId().compareTo(personId);
      if (c == 0) {
        return Optional.of(entries.get(mid));
      } else if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Optional.empty();
  }

  /** Returns the lines of the people on the roll: eligible and registered. */
  public ImmutableList<RollEntry> onRoll() {
    return entries.stream().filter(RollEntry::onRoll).collect(ImmutableList.toImmutableList());
  }

  /** Returns the lines of the people registered at least once, eligible or not. */
  public ImmutableList<RollEntry> registered() {
    return entries.stream().filter(RollEntry::registered).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of votes the electorate casts: one per household whose representative is on
   * the roll and one per voter outside every household, or one per voter on the roll, by {@link
   * VoterRules#electorate()}.
   */
  public int votes() {
    return (int) entries.stream().filter(e -> e.vote().casts()).count();
  }
}
