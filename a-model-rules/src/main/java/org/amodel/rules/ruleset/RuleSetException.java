package org.amodel.rules.ruleset;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set could not be loaded; {@link #problems()} says every reason, each with file, line and
 * column. Nothing of the rule set was loaded.
 */
public final class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<RuleSetProblem> problems;

  public RuleSetException(List<RuleSetProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.sortedCopyOf(problems);
  }

  public RuleSetException(RuleSetProblem problem) {
    this(List.of(problem));
  }

  /** Returns every problem found, sorted by file, line and column. */
  public ImmutableList<RuleSetProblem> problems() {
    return problems;
  }

  private static String message(List<RuleSetProblem> problems) {
    return problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ":\n"
        + problems.stream().sorted().map(RuleSetProblem::toString).collect(Collectors.joining("\n"));
  }
}
