package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A community matter to be handled by one of the three organisations. */
public record Matter(String id, String title, MatterKind kind, LocalDate raised) {
  public Matter {
    Checks.id(id, "id");
    Checks.text(title, "title");
    requireNonNull(kind, "kind");
    requireNonNull(raised, "raised");
  }
}
