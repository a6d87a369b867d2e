package org.amodel.core.check;

import static java.util.Objects.requireNonNull;

import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Severity;

/** A rule of a catalogue: its id, severity, a bilingual title and its basis. */
public record RuleDescriptor(RuleId id, Severity severity, String titleZh, String titleEn, String basis) {
  public RuleDescriptor {
    requireNonNull(id, "id");
    requireNonNull(severity, "severity");
    requireNonNull(titleZh, "titleZh");
    requireNonNull(titleEn, "titleEn");
    requireNonNull(basis, "basis");
  }
}
