package org.amodel.rules.engine;

import java.util.List;
import org.amodel.rules.ruleset.RuleSetCompiler;
import org.amodel.rules.ruleset.RuleSetLoader;

/** The loaders an application normally wants. */
public final class RuleSetLoaders {
  private RuleSetLoaders() {}

  /** Returns the standard loader: the classic build, with every rule file's safety checked first. */
  public static RuleSetLoader standard() {
    return RuleSetLoader.with(RuleSetCompiler.of(RuleSetCompiler.BuildMode.CLASSIC, List.of()));
  }
}
