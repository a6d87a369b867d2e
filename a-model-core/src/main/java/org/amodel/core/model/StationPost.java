package org.amodel.core.model;

/** A post in the community service station. */
public enum StationPost {
  HEAD(Post.STATION_HEAD),
  DEPUTY_HEAD(Post.STATION_DEPUTY_HEAD),
  STAFF(Post.STATION_STAFF);

  private final Post post;

  StationPost(Post post) {
    this.post = post;
  }

  public Post post() {
    return post;
  }
}
