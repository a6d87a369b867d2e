package org.amodel.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetLoader;

/** Finds the rule set a command names: a folder on disk, or the id of a bundled rule set. */
final class RuleSets {
  private RuleSets() {}

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
}
