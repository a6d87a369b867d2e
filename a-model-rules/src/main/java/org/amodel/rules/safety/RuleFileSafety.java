package org.amodel.rules.safety;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.amodel.rules.ruleset.RuleSetProblem;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.ParserError;

/**
 * A static check of a DRL rule file, run before the file is compiled. Drools has no sandbox: a
 * consequence, a function, a constraint, a {@code from} expression, an accumulate or even a rule
 * annotation can run any Java the server can (exit the process, read and write files, reflect).
 * This check refuses every name outside a small allowlist: the community model
 * ({@code org.amodel.core.model}), the findings API ({@code org.amodel.core.finding},
 * {@code org.amodel.rules.drl}), {@code java.time}, {@code java.util} collections and streams, and
 * plain values. It also refuses the DRL constructs that run free-form code or change facts:
 * {@code eval}, {@code dialect "mvel"}, accumulate code blocks, {@code declare}, insert/modify/
 * update/delete, code in salience, enabled or annotations.
 *
 * <p>Usage: <pre>{@code
 * List<RuleSetProblem> problems = RuleFileSafety.check("rules/station.drl", Files.readString(path));
 * if (!problems.isEmpty()) {
 *   // refuse the rule set; show each problem as file:line:col: message
 * }
 * }</pre>
 *
 * <p>The check works on names only (it loads no class), never throws for bad input, and is
 * thread-safe.
 */
public final class RuleFileSafety {
  private RuleFileSafety() {
  }

  /**
   * Returns every problem with the rule file's text, sorted by line; empty if it only uses what the
   * allowlist permits. A file that cannot be parsed gives the parser's problems, with its lines and
   * columns.
   *
   * @param file the path shown in messages, e.g. {@code rules/station.drl}
   * @param drlText the file's text
   */
  public static List<RuleSetProblem> check(String file, String drlText) {
    requireNonNull(file, "file");
    requireNonNull(drlText, "drlText");
    List<RuleSetProblem> problems = new ArrayList<>();
    DrlChecker checker = new DrlChecker(file, drlText);
    try {
      DrlParser parser = new DrlParser();
      PackageDescr pkg = parser.parse(false, drlText);
      if (parser.hasErrors() || pkg == null) {
        problems.addAll(parseProblems(file, parser.getErrors()));
        if (problems.isEmpty()) {
          problems.add(RuleSetProblem.inFile(file, "the file cannot be read as DRL"));
        }
      } else {
        checker.check(pkg);
        problems.addAll(checker.problems());
      }
    } catch (DroolsParserException e) {
      problems.add(new RuleSetProblem(file, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumn()),
          "the file cannot be read as DRL: " + e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      problems.addAll(checker.problems());
      problems.add(RuleSetProblem.inFile(file, "the file cannot be checked (" + e.getClass().getSimpleName()
          + "), so it is refused; simplify the rule that was being read"));
    }
    Collections.sort(problems);
    return List.copyOf(problems);
  }

  /**
   * Returns the allowlist, one entry a line: packages as {@code org.amodel.core.model.*} (their
   * types, not their sub-packages) and single types as {@code java.lang.String}. Nested types and
   * members of an allowed type are allowed too (e.g. {@code java.util.Map.Entry}).
   */
  public static List<String> allowedPackagesAndTypes() {
    return Allowlist.describe();
  }

  private static List<RuleSetProblem> parseProblems(String file, List<DroolsError> errors) {
    List<RuleSetProblem> problems = new ArrayList<>();
    for (DroolsError error : errors) {
      int line = 0;
      int column = 0;
      if (error instanceof ParserError parserError) {
        line = Math.max(0, parserError.getRow());
        column = parserError.getCol() >= 0 ? parserError.getCol() + 1 : 0;
      }
      problems.add(new RuleSetProblem(file, line, column, "the file cannot be read as DRL: "
          + cleanParserMessage(error.getMessage())));
    }
    return problems;
  }

  private static String cleanParserMessage(String message) {
    if (message == null) {
      return "syntax error";
    }
    return message.replaceFirst("^\\[ERR \\d+\\]\\s*", "").replaceFirst("^Line \\d+:\\d+\\s*", "").strip();
  }
}
