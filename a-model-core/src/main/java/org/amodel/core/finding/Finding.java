package org.amodel.core.finding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;

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

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return severity + " " + ruleId + " " + subject + ": " + messageEn;
  }
}
