package org.amodel.rules.input;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * One mistake in a community file: the file as it was named, the line and column (1-based; 0 when
 * the problem is with the whole file), the field path it concerns ({@code people[3].birthDate};
 * empty for the file as a whole), and a message in plain words that names the path and the value.
 * Printed as {@code file:line:col: message}.
 */
public record InputProblem(String file, int line, int column, String path, String message)
    implements Comparable<InputProblem> {
  private static final Comparator<InputProblem> ORDER = Comparator.comparing(InputProblem::file)
      .thenComparingInt(InputProblem::line)
      .thenComparingInt(InputProblem::column)
      .thenComparing(InputProblem::message);

  public InputProblem {
    requireNonNull(file, "file");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line " + line + " and column " + column + " must not be negative");
    }
  }

  /** Returns a problem with the whole file, at no particular line. */
  static InputProblem inFile(String file, String message) {
    return new InputProblem(file, 0, 0, "", message);
  }

  @Override
  public int compareTo(InputProblem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
