package org.amodel.rules.engine;

import java.util.List;
import org.amodel.rules.ruleset.RuleSetCompiler;
import org.amodel.rules.safety.RuleFileSafety;
import org.amodel.rules.ruleset.RuleSetLoader;

/** The loaders an application normally wants. */
public final class RuleSetLoaders {
  private RuleSetLoaders() {}

  /** Returns the standard loader: the classic build, with every rule file's safety checked first. */
  public static RuleSetLoader standard() {
    return standard(RuleSetCompiler.BuildMode.CLASSIC);
  }

  /** Returns the standard loader building in {@code mode}, with every rule file's safety checked first. */
  public static RuleSetLoader standard(RuleSetCompiler.BuildMode mode) {
    return RuleSetLoader.with(RuleSetCompiler.of(mode, List.of(RuleFileSafety::check)));
  }
}
