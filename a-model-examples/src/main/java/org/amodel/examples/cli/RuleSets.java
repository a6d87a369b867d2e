package org.amodel.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Optional;
import java.nio.file.Path;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetException;
import org.amodel.rules.ruleset.RuleSetLoader;
import org.amodel.rules.ruleset.RuleSetProblem;

/** Finds the rule set a command names: a folder on disk, or the id of a bundled rule set. */
final class RuleSets {
  private RuleSets() {}

  /**
   * Returns {@code p} as {@code file:line:col: message}, its file named as the user can open it: within
   * the folder they named ({@code idOrFolder}), unless it is named so already (a scenario's community
   * file, say); a bundled rule set's files are named within its id.
   */
  static String located(String idOrFolder, RuleSetProblem p) {
    Path file = Path.of(p.file());
    String name = file.isAbsolute() || p.file().startsWith(idOrFolder) ? p.file()
        : Path.of(idOrFolder).resolve(p.file()).toString();
    return name + ":" + p.line() + ":" + p.column() + ": " + p.message();
  }

  /**
   * Returns the rule set in folder {@code idOrFolder} if there is one, else the bundled rule set of
   * that id.
   *
   * @throws IllegalArgumentException naming the bundled ids, if it is neither
   * @throws org.amodel.rules.ruleset.RuleSetException with every problem, if it does not load
   */
  static RuleSet load(String idOrFolder) {
    Path folder = Path.of(idOrFolder);
    if (Files.isDirectory(folder)) {
      return RuleSetLoaders.standard().folder(folder);
    }
    if (RuleSetLoader.bundledIds().contains(idOrFolder)) {
      return RuleSetLoaders.standard().bundled(idOrFolder);
    }
    throw new IllegalArgumentException("'" + idOrFolder + "' is neither a rule set folder nor a bundled rule set;"
        + " the bundled rule sets are " + String.join(", ", RuleSetLoader.bundledIds()));
  }

  /**
   * Returns the rule set {@code idOrFolder} as {@link #load} does, or, if it does not load, empty after
   * writing each of its problems, located, or why it is neither a folder nor a bundled id, to {@code err}.
   */
  static Optional<RuleSet> loadOrReport(String idOrFolder, PrintWriter err) {
    try {
      return Optional.of(load(idOrFolder));
    } catch (RuleSetException e) {
      e.problems().forEach(p -> err.println(located(idOrFolder, p)));
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
    }
    return Optional.empty();
  }
}
