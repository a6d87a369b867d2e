package org.amodel.core.model;

/** A grid branch (网格支部) under the community's Party organisation. */
public record GridBranch(String id, String name, String secretaryId) {
  public GridBranch {
    Checks.id(id, "id");
    Checks.text(name, "name");
    Checks.id(secretaryId, "secretaryId");
  }
}
