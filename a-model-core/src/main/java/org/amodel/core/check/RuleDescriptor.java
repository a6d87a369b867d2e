package org.amodel.core.check;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Severity;
import org.amodel.core.finding.Subject;

/** A rule of a catalogue: its id, severity, a bilingual title and its basis. */
public record RuleDescriptor(RuleId id, Severity severity, String titleZh, String titleEn, String basis) {
  public RuleDescriptor {
    requireNonNull(id, "id");
    requireNonNull(severity, "severity");
    requireNonNull(titleZh, "titleZh");
    requireNonNull(titleEn, "titleEn");
    requireNonNull(basis, "basis");
  }

  /** Returns this rule's finding about {@code subject} as of {@code asOf}, with its severity and basis. */
  public Finding finding(Subject subject, String messageZh, String messageEn, LocalDate asOf) {
    return new Finding(id, severity, subject, messageZh, messageEn, basis, asOf);
  }
}
