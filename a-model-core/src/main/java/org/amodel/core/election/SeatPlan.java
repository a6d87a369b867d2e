package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import org.amodel.core.model.CommitteePost;

/**
 * How many seats of each post an election fills: {@code SeatPlan.of(1, 2, 4)} is one chair, two
 * vice-chairs and four members. A plan with only members ({@code SeatPlan.of(0, 0, 7)}) stands for an
 * election of seven seats whose posts are not contested.
 *
 * <p>Whether the plan suits the district (one chair, 5–9 seats) is COMMITTEE_SIZE's business, not
 * the plan's; a plan only has to have at least one seat.
 */
public record SeatPlan(ImmutableMap<CommitteePost, Integer> seatsByPost) {
  public SeatPlan {
    EnumMap<CommitteePost, Integer> ordered = new EnumMap<>(CommitteePost.class);
    for (Map.Entry<CommitteePost, Integer> e : seatsByPost.entrySet()) {
      checkArgument(e.getValue() >= 0, "seatsByPost: %s seats of %s; must not be negative", e.getValue(), e.getKey());
      if (e.getValue() > 0) {
        ordered.put(e.getKey(), e.getValue());
      }
    }
    checkArgument(!ordered.isEmpty(), "seatsByPost must plan at least one seat, was %s", seatsByPost);
    seatsByPost = ImmutableMap.copyOf(ordered);
  }

  /** Returns the plan of {@code chairs} chairs, {@code viceChairs} vice-chairs and {@code members} members. */
  public static SeatPlan of(int chairs, int viceChairs, int members) {
    Map<CommitteePost, Integer> seats = new EnumMap<>(CommitteePost.class);
    seats.put(CommitteePost.CHAIR, chairs);
    seats.put(CommitteePost.VICE_CHAIR, viceChairs);
    seats.put(CommitteePost.MEMBER, members);
    return new SeatPlan(ImmutableMap.copyOf(seats));
  }

  /** Returns the number of seats of {@code post}, zero if the plan has none. */
  public int seats(CommitteePost post) {
    return seatsByPost.getOrDefault(post, 0);
  }

  /** Returns the number of seats in all. */
  public int total() {
    return seatsByPost.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public String toString() {
    return seats(CommitteePost.CHAIR) + " chair, " + seats(CommitteePost.VICE_CHAIR) + " vice-chair, "
        + seats(CommitteePost.MEMBER) + " member seats";
  }
}
