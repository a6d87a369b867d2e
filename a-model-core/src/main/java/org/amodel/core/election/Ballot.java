package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;

/**
 * One returned ballot paper, as the tellers read it: marked, blank or unreadable. Whether a marked
 * ballot is valid (not over-voted, naming only candidates) is decided by the count, not here.
 */
public sealed interface Ballot permits Ballot.Marked, Ballot.Blank, Ballot.Unreadable {

  /** Returns the person ids marked; empty for a blank or unreadable ballot. */
  ImmutableSet<String> marks();

  /**
   * Returns why this ballot is invalid in a vote for {@code seats} seats among {@code candidateIds},
   * or empty if it is valid. A ballot with several defects gets the first in the order of {@link
   * InvalidReason}: unreadable, blank, naming a non-candidate, over-voted.
   */
  Optional<InvalidReason> defect(Set<String> candidateIds, int seats);

  /**
   * Returns a ballot marking {@code personIds}, or a {@link Blank} ballot if the set is empty.
   *
   * @throws IllegalArgumentException if an id is blank
   */
  static Ballot marking(Set<String> personIds) {
    return personIds.isEmpty() ? blank() : new Marked(ImmutableSet.copyOf(personIds));
  }

  /** Returns a ballot marking {@code personIds}, or a blank ballot if there are none. */
  static Ballot marking(String... personIds) {
    return marking(ImmutableSet.copyOf(personIds));
  }

  static Ballot blank() {
    return Blank.INSTANCE;
  }

  static Ballot unreadable() {
    return Unreadable.INSTANCE;
  }

  /** A ballot with at least one mark: the person ids marked, candidates or not. */
  record Marked(ImmutableSet<String> personIds) implements Ballot {
    public Marked {
      personIds = ImmutableSet.copyOf(personIds);
      checkArgument(!personIds.isEmpty(), "personIds of a marked ballot must not be empty; use Ballot.blank()");
      for (String id : personIds) {
        requireNonNull(id, "personIds element");
        checkArgument(!id.isBlank(), "personIds must not contain a blank id");
      }
    }

    @Override
    public ImmutableSet<String> marks() {
      return personIds;
    }

    @Override
    public Optional<InvalidReason> defect(Set<String> candidateIds, int seats) {
      if (!candidateIds.containsAll(personIds)) {
        return Optional.of(InvalidReason.NON_CANDIDATE);
      }
      return personIds.size() > seats ? Optional.of(InvalidReason.OVER_VOTED) : Optional.empty();
    }
  }

  /** A ballot returned without any mark (空白票). */
  record Blank() implements Ballot {
    private static final Blank INSTANCE = new Blank();

    @Override
    public ImmutableSet<String> marks() {
      return ImmutableSet.of();
    }

    @Override
    public Optional<InvalidReason> defect(Set<String> candidateIds, int seats) {
      return Optional.of(InvalidReason.BLANK);
    }
  }

  /** A ballot whose marks cannot be read, or that cannot tell the voter's intention (无法辨认). */
  record Unreadable() implements Ballot {
    private static final Unreadable INSTANCE = new Unreadable();

    @Override
    public ImmutableSet<String> marks() {
      return ImmutableSet.of();
    }

    @Override
    public Optional<InvalidReason> defect(Set<String> candidateIds, int seats) {
      return Optional.of(InvalidReason.UNREADABLE);
    }
  }
}
