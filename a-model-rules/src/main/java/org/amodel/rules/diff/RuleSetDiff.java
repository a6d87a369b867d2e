package org.amodel.rules.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.model.Community;
import org.amodel.rules.ruleset.RuleSet;

/**
 * Compares two rule sets on the same communities as of one date: which communities and which persons
 * change outcome, rule by rule, and for each rule the smallest community (fewest people, then id)
 * whose findings of that rule change, as an example to look at.
 *
 * <p>An outcome is the set of findings by rule id and subject: a community changes outcome if a
 * finding appears or disappears (a change of message or severity alone is not counted). A person
 * changes outcome if a finding about them as a person appears or disappears.
 *
 * <pre>{@code
 * DiffReport r = RuleSetDiff.compare(seed, candidate, communities, LocalDate.of(2005, 12, 1));
 * r.changedCommunities();        // how many communities' findings differ
 * r.byRule().get(RuleId.RECRUIT_AGE).example(); // the smallest community where RECRUIT_AGE changed
 * }</pre>
 */
public final class RuleSetDiff {
  private RuleSetDiff() {}

  /** Compares {@code base} and {@code candidate} on {@code communities} as of {@code asOf}. */
  public static DiffReport compare(
      RuleSet base, RuleSet candidate, List<Community> communities, LocalDate asOf) {
    return compare(base, candidate, communities, asOf, done -> {});
  }

  /**
   * Compares as {@link #compare(RuleSet, RuleSet, List, LocalDate)} does, telling {@code progress}
   * how many communities are done after each.
   */
  public static DiffReport compare(
      RuleSet base, RuleSet candidate, List<Community> communities, LocalDate asOf, IntConsumer progress) {
    requireNonNull(base, "base");
    requireNonNull(candidate, "candidate");
    requireNonNull(communities, "communities");
    requireNonNull(asOf, "asOf");
    Map<RuleId, RuleTally> byRule = new TreeMap<>();
    int changedCommunities = 0;
    int changedPersons = 0;
    int done = 0;
    for (Community c : communities) {
      List<Finding> before = base.evaluate(c, asOf).findings();
      List<Finding> after = candidate.evaluate(c, asOf).findings();
      Map<Finding.Key, Finding> beforeByKey = byKey(before);
      Map<Finding.Key, Finding> afterByKey = byKey(after);
      List<Finding> gone = before.stream().filter(f -> !afterByKey.containsKey(f.key())).toList();
      List<Finding> added = after.stream().filter(f -> !beforeByKey.containsKey(f.key())).toList();
      if (!gone.isEmpty() || !added.isEmpty()) {
        changedCommunities++;
        changedPersons += persons(gone, added);
      }
      Map<RuleId, List<Finding>> goneByRule = group(gone);
      Map<RuleId, List<Finding>> addedByRule = group(added);
      Set<RuleId> rules = new TreeSet<>(goneByRule.keySet());
      rules.addAll(addedByRule.keySet());
      for (RuleId rule : rules) {
        byRule.computeIfAbsent(rule, RuleTally::new)
            .add(c, goneByRule.getOrDefault(rule, List.of()), addedByRule.getOrDefault(rule, List.of()));
      }
      progress.accept(++done);
    }
    ImmutableSortedMap<RuleId, RuleChange> changes = byRule.values().stream()
        .map(RuleTally::change)
        .collect(ImmutableSortedMap.toImmutableSortedMap(Comparator.naturalOrder(), RuleChange::ruleId, r -> r));
    return new DiffReport(base.id(), base.version(), candidate.id(), candidate.version(), asOf, communities.size(),
        changedCommunities, changedPersons, changes);
  }

  /** Returns how many persons the findings in {@code gone} and {@code added} are about. */
  private static int persons(List<Finding> gone, List<Finding> added) {
    return (int) Stream.concat(gone.stream(), added.stream())
        .filter(f -> f.subject().kind() == SubjectKind.PERSON)
        .map(f -> f.subject().id())
        .distinct()
        .count();
  }

  private static Map<Finding.Key, Finding> byKey(List<Finding> findings) {
    Map<Finding.Key, Finding> m = new LinkedHashMap<>();
    findings.forEach(f -> m.put(f.key(), f));
    return m;
  }

  private static Map<RuleId, List<Finding>> group(List<Finding> findings) {
    Map<RuleId, List<Finding>> m = new TreeMap<>();
    findings.forEach(f -> m.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
    return m;
  }

  /** The changes of one rule gathered over the communities. */
  private static final class RuleTally {
    private final RuleId rule;
    private int communities;
    private int gone;
    private int added;
    private int persons;
    private Example example;

    RuleTally(RuleId rule) {
      this.rule = rule;
    }

    void add(Community c, List<Finding> goneHere, List<Finding> addedHere) {
      communities++;
      gone += goneHere.size();
      added += addedHere.size();
      persons += persons(goneHere, addedHere);
      Example candidate = new Example(c.id(), c.name(), c.people().size(), ImmutableList.copyOf(goneHere),
          ImmutableList.copyOf(addedHere));
      if (example == null || Example.SMALLEST.compare(candidate, example) < 0) {
        example = candidate;
      }
    }

    RuleChange change() {
      return new RuleChange(rule, communities, persons, gone, added, Optional.ofNullable(example).orElseThrow());
    }
  }
}
