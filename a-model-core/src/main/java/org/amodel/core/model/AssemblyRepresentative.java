package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A member of the representative assembly, the category they sit for, and their constituency (the
 * residents' group or unit that sent them).
 */
public record AssemblyRepresentative(String personId, RepresentativeCategory category, String constituency) {
  public AssemblyRepresentative {
    Checks.id(personId, "personId");
    requireNonNull(category, "category");
    Checks.text(constituency, "constituency");
  }
}
