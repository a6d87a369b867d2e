package org.amodel.rules.ruleset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Optional;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.Community;

/**
 * One scenario test of a rule set (in the manner of OpenFisca's YAML tests): a community, the date
 * it is checked as of, and the findings expected, each by rule id and subject. Written by policy
 * staff in a rule set's {@code scenarios/*.yaml}; read by {@link Scenarios#read}.
 *
 * @param file the scenario file, as named when read
 * @param line the line the scenario begins on
 * @param name what the scenario shows, in the author's words
 * @param community the community checked
 * @param asOf the date it is checked as of
 * @param rules if present, only these rules' findings are compared; others are ignored
 * @param expected the findings expected (of {@code rules}, if given), in the order written
 */
public record Scenario(String file, int line, String name, Community community, LocalDate asOf,
    Optional<ImmutableSortedSet<RuleId>> rules, ImmutableList<Expected> expected) {

  public Scenario {
    requireNonNull(file, "file");
    requireNonNull(name, "name");
    requireNonNull(community, "community");
    requireNonNull(asOf, "asOf");
    requireNonNull(rules, "rules");
    expected = ImmutableList.copyOf(expected);
  }

  /** Returns true if a finding of {@code ruleId} is compared in this scenario. */
  public boolean compares(RuleId ruleId) {
    return rules.map(r -> r.contains(ruleId)).orElse(true);
  }

  /** A finding a scenario expects: its rule and its subject. */
  public record Expected(RuleId ruleId, Subject subject) implements Comparable<Expected> {
    public Expected {
      requireNonNull(ruleId, "ruleId");
      requireNonNull(subject, "subject");
    }

    @Override
    public int compareTo(Expected other) {
      int byRule = ruleId.compareTo(other.ruleId);
      return byRule != 0 ? byRule : subject.compareTo(other.subject);
    }

    /** Returns the expectation as a scenario file writes it, so a reader can copy it in. */
    public String toYaml() {
      StringBuilder b = new StringBuilder("{ rule: " + ruleId.value() + ", kind: " + subject.kind().name());
      if (!(subject.kind() == org.amodel.core.finding.SubjectKind.COMMUNITY
          && subject.id().equals(subject.communityId()))) {
        b.append(", id: ").append(subject.id());
      }
      subject.post().ifPresent(p -> b.append(", post: ").append(p.name()));
      return b.append(" }").toString();
    }
  }
}
