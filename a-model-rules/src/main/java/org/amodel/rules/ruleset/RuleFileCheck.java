package org.amodel.rules.ruleset;

import java.util.List;

/** A check of one rule file's text made before anything is compiled. */
@FunctionalInterface
public interface RuleFileCheck {
  /** Returns the problems with {@code text}, located in {@code file}; empty if there are none. */
  List<RuleSetProblem> check(String file, String text);
}
