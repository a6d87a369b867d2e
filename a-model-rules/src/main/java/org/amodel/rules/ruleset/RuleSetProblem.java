package org.amodel.rules.ruleset;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * One problem with a rule set, located as precisely as the source allows: a file relative to the
 * rule set's folder, a line and a column (1-based; 0 when unknown), and a message a policy officer
 * can act on. Printed as {@code file:line:col: message}.
 */
public record RuleSetProblem(String file, int line, int column, String message) implements Comparable<RuleSetProblem> {
  private static final Comparator<RuleSetProblem> ORDER = Comparator.comparing(RuleSetProblem::file)
      .thenComparingInt(RuleSetProblem::line)
      .thenComparingInt(RuleSetProblem::column)
      .thenComparing(RuleSetProblem::message);

  public RuleSetProblem {
    requireNonNull(file, "file");
    requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line " + line + " and column " + column + " must not be negative");
    }
  }

  /** Returns a problem with a whole file, at no particular line. */
  public static RuleSetProblem inFile(String file, String message) {
    return new RuleSetProblem(file, 0, 0, message);
  }

  @Override
  public int compareTo(RuleSetProblem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
