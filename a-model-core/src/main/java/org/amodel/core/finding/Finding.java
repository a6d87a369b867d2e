package org.amodel.core.finding;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one rule says about one subject as of a date: for example {@code STATION_SIZE}, a
 * {@link Severity#VIOLATION} about station {@code s1}, "服务站现有5人,应为3至4人" / "station has 5
 * people; 3–4 required", on the basis of the seed's §二(四).
 *
 * <p>Two findings say the same thing when their {@link #key()}s are equal; messages may differ in
 * wording between implementations of the same rule.
 */
public record Finding(
    RuleId ruleId, Severity severity, Subject subject, String messageZh, String messageEn, String basis,
    LocalDate asOf) implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::ruleId)
      .thenComparing(Finding::subject)
      .thenComparing(Finding::severity)
      .thenComparing(Finding::messageEn)
      .thenComparing(Finding::messageZh);

  public Finding {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(severity, "severity");
    requireNonNull(subject, "subject");
    requireNonNull(messageZh, "messageZh");
    requireNonNull(messageEn, "messageEn");
    requireNonNull(basis, "basis");
    requireNonNull(asOf, "asOf");
  }

  /** Returns what identifies the finding across implementations: rule id, severity and subject. */
  public Key key() {
    return new Key(ruleId, severity, subject);
  }

  /** The identity of a finding: rule id, severity and subject. */
  public record Key(RuleId ruleId, Severity severity, Subject subject) {
    public Key {
      requireNonNull(ruleId, "ruleId");
      requireNonNull(severity, "severity");
      requireNonNull(subject, "subject");
    }
  }

  /**
   * Returns one finding per {@link #key()}, sorted: several findings about one subject by one rule
   * become one whose messages join theirs (in sorted order, without repeats), so the result never
   * depends on the order the findings were made in.
   */
  public static ImmutableList<Finding> joinByKey(Collection<Finding> findings) {
    Map<Key, List<Finding>> byKey = new LinkedHashMap<>();
    findings.forEach(f -> byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f));
    List<Finding> joined = new ArrayList<>();
    byKey.forEach((key, reports) -> {
      List<Finding> parts = reports.stream().sorted().toList();
      Finding first = parts.get(0);
      joined.add(parts.size() == 1 ? first : new Finding(key.ruleId(), key.severity(), key.subject(),
          parts.stream().map(Finding::messageZh).distinct().collect(Collectors.joining(";")),
          parts.stream().map(Finding::messageEn).distinct().collect(Collectors.joining("; ")),
          first.basis(), first.asOf()));
    });
    return ImmutableList.sortedCopyOf(joined);
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return severity + " " + ruleId + " " + subject + ": " + messageEn;
  }
}
