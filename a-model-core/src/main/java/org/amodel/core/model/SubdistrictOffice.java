package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

/** A subdistrict office (街道办事处) and its Party working committee. */
public record SubdistrictOffice(String id, String name, SubdistrictPartyWorkingCommittee workingCommittee) {
  public SubdistrictOffice {
    Checks.id(id, "id");
    Checks.text(name, "name");
    requireNonNull(workingCommittee, "workingCommittee");
  }
}
