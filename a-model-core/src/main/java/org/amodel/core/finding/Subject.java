package org.amodel.core.finding;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Optional;
import org.amodel.core.model.Post;

/**
 * What a finding is about: the community, the kind and id of the thing, and the post concerned
 * when it is about a person in a post.
 */
public record Subject(String communityId, SubjectKind kind, String id, Optional<Post> post)
    implements Comparable<Subject> {

  private static final Comparator<Subject> ORDER = Comparator.comparing(Subject::communityId)
      .thenComparing(Subject::kind)
      .thenComparing(Subject::id)
      .thenComparing(s -> s.post().map(Enum::ordinal).orElse(-1));

  public Subject {
    requireNonNull(communityId, "communityId");
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(post, "post");
    checkArgument(!communityId.isBlank(), "communityId must not be blank");
    checkArgument(!id.isBlank(), "id must not be blank");
  }

  /** Returns the community itself as subject. */
  public static Subject community(String communityId) {
    return new Subject(communityId, SubjectKind.COMMUNITY, communityId, Optional.empty());
  }

  /** Returns a person in a post as subject. */
  public static Subject person(String communityId, String personId, Post post) {
    return new Subject(communityId, SubjectKind.PERSON, personId, Optional.of(post));
  }

  /** Returns an organisation ({@code kind}) with {@code id} as subject. */
  public static Subject of(String communityId, SubjectKind kind, String id) {
    return new Subject(communityId, kind, id, Optional.empty());
  }

  @Override
  public int compareTo(Subject other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return communityId + "/" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id
        + post.map(p -> "(" + p.name() + ")").orElse("");
  }
}
