package org.amodel.core.model;

/** A seat's post on the residents' committee. */
public enum CommitteePost {
  CHAIR(Post.COMMITTEE_CHAIR),
  VICE_CHAIR(Post.COMMITTEE_VICE_CHAIR),
  MEMBER(Post.COMMITTEE_MEMBER);

  private final Post post;

  CommitteePost(Post post) {
    this.post = post;
  }

  public Post post() {
    return post;
  }
}
