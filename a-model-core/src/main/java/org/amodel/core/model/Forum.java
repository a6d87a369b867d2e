package org.amodel.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * One community forum, dialogue or public-sentiment meeting (seed §三(三)1): when it was held, on
 * what, how many people took part (Party members and residents alike, 党员、群众), and the suggestions
 * raised there.
 *
 * <p>Structural truths checked here: at least one participant, suggestion ids unique within the
 * forum, and no suggestion solved before the forum that raised it was held.
 *
 * <pre>{@code
 * Forum f = Forum.of("forum-1", ForumKind.RESIDENTS_TALK, LocalDate.of(2005, 10, 12), "小区环境整治", 45,
 *     List.of(Suggestion.solvedOn("s1", "小区路灯不亮", LocalDate.of(2005, 10, 20)),
 *         Suggestion.unsolved("s2", "增设停车位")));
 * f.solvedBy(LocalDate.of(2005, 12, 1));   // 1
 * }</pre>
 */
public record Forum(
    String id, ForumKind kind, LocalDate held, String topic, int participants, ImmutableList<Suggestion> suggestions) {

  public Forum {
    Checks.id(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(held, "held");
    Checks.text(topic, "topic");
    checkArgument(participants >= 1, "participants of forum %s must be at least 1, was %s", id, participants);
    suggestions = ImmutableList.copyOf(suggestions);
    Checks.unique(suggestions, Suggestion::id, "suggestions of forum " + id);
    for (Suggestion s : suggestions) {
      s.solved().ifPresent(solved -> checkArgument(!solved.isBefore(held),
          "suggestion %s of forum %s is solved on %s, before the forum was held on %s", s.id(), id, solved, held));
    }
  }

  /**
   * Returns the forum.
   *
   * @throws IllegalArgumentException if there is no participant, two suggestions share an id, or a
   *     suggestion is solved before {@code held}; the message names the forum and the suggestion
   */
  public static Forum of(
      String id, ForumKind kind, LocalDate held, String topic, int participants, List<Suggestion> suggestions) {
    return new Forum(id, kind, held, topic, participants, ImmutableList.copyOf(suggestions));
  }

  /** Returns true if the forum was held on or before {@code day}. */
  public boolean isHeldBy(LocalDate day) {
    requireNonNull(day, "day");
    return !held.isAfter(day);
  }

  /** Returns how many of its suggestions were solved on or before {@code day}. */
  public int solvedBy(LocalDate day) {
    requireNonNull(day, "day");
    return (int) suggestions.stream().filter(s -> s.isSolvedBy(day)).count();
  }
}
