package org.amodel.core.generators;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;

/**
 * A scenario made to break {@code target}: the subjects the target's findings must name, the other
 * rules that the district's parameters make it impossible not to break with it (empty for almost
 * every rule; for the seed, a station outside 3–4 people cannot keep its 1+1+1–2 posts), and how it
 * was broken.
 */
public record BrokenScenario(
    Scenario scenario, RuleId target, ImmutableSet<Subject> subjects, ImmutableSet<RuleId> alsoBroken, String how) {
  public BrokenScenario {
    requireNonNull(scenario, "scenario");
    requireNonNull(target, "target");
    subjects = ImmutableSet.copyOf(subjects);
    alsoBroken = ImmutableSet.copyOf(alsoBroken);
    requireNonNull(how, "how");
  }

  @Override
  public String toString() {
    return target + " broken by " + how + " in " + scenario + ", expecting " + subjects
        + (alsoBroken.isEmpty() ? "" : " and also " + alsoBroken);
  }
}
