package org.amodel.rules.explain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One condition element of a rule ({@code $s : ServiceStation( … )}, {@code not ApplicantRecord( … )
 * from …}) tested on the community's facts, after the elements before it matched: each fact it was
 * tested on, or why it could not be tested ({@code untested}).
 *
 * <p>A pattern holds if some fact matched it; a {@code not} pattern ({@code negated}) holds if, for
 * some fact of the rule's first pattern, no fact tested with it matched the pattern inside (facts are
 * told apart by the first pattern's fact only, not by the whole match so far).
 */
public record PatternCheck(String pattern, boolean negated, List<FactCheck> facts, Optional<Note> untested) {
  public PatternCheck {
    requireNonNull(pattern, "pattern");
    requireNonNull(untested, "untested");
    facts = ImmutableList.copyOf(facts);
  }

  /** Returns whether the element held: empty if it could not be tested. */
  public Optional<Boolean> held() {
    if (untested.isPresent()) {
      return Optional.empty();
    }
    if (!negated) {
      return Optional.of(facts.stream().anyMatch(FactCheck::matched));
    }
    // not: it holds for a fact of the first pattern that no fact tested with it matched
    java.util.Map<Optional<String>, Boolean> matchedWith = new java.util.HashMap<>();
    facts.forEach(f -> matchedWith.merge(f.with(), f.matched(), Boolean::logicalOr));
    return Optional.of(matchedWith.isEmpty() || matchedWith.containsValue(false));
  }
}
