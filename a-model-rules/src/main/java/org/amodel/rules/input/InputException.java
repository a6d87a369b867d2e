package org.amodel.rules.input;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A community file could not be read into a {@link org.amodel.core.model.Community};
 * {@link #problems()} lists every mistake found, each with file, line, column and field path.
 * The message is the problems, one {@code file:line:col: message} per line.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<InputProblem> problems;

  public InputException(List<InputProblem> problems) {
    super(message(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InputException needs at least one problem");
    }
    this.problems = ImmutableList.sortedCopyOf(problems);
  }

  /** Returns every problem found, sorted by file, line and column. */
  public ImmutableList<InputProblem> problems() {
    return problems;
  }

  private static String message(List<InputProblem> problems) {
    return problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ":\n"
        + problems.stream().sorted().map(InputProblem::toString).collect(Collectors.joining("\n"));
  }
}
