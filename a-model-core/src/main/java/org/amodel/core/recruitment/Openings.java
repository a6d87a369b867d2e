package org.amodel.core.recruitment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.amodel.core.model.StationPost;

/**
 * The station posts a recruitment fills, in the order the ranked passers take them, and the day the
 * appointments begin. {@code Openings.of(LocalDate.of(2005, 11, 1), StationPost.HEAD, StationPost.STAFF)}
 * gives the head's post to the first in rank and a staff post to the second.
 */
public record Openings(ImmutableList<StationPost> posts, LocalDate appointedOn) {
  public Openings {
    posts = ImmutableList.copyOf(posts);
    requireNonNull(appointedOn, "appointedOn");
  }

  public static Openings of(LocalDate appointedOn, StationPost... posts) {
    return new Openings(ImmutableList.copyOf(posts), appointedOn);
  }

  public static Openings of(LocalDate appointedOn, List<StationPost> posts) {
    return new Openings(ImmutableList.copyOf(posts), appointedOn);
  }

  /** Returns the number of posts to fill. */
  public int count() {
    return posts.size();
  }
}
