package org.amodel.core.model;

/** The Party working committee (街道党工委) of a subdistrict office; it assesses candidates. */
public record SubdistrictPartyWorkingCommittee(String id, String name) {
  public SubdistrictPartyWorkingCommittee {
    Checks.id(id, "id");
    Checks.text(name, "name");
  }
}
