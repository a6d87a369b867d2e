package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** The community Party organisation (社区党组织): the leadership layer, the bar of the "A". */
public record PartyOrganisation(
    String id, PartyOrganisationKind kind, Appointment secretary, ImmutableList<GridBranch> gridBranches) {
  public PartyOrganisation {
    Checks.id(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(secretary, "secretary");
    gridBranches = ImmutableList.copyOf(gridBranches);
    Checks.unique(gridBranches, GridBranch::id, "gridBranches");
  }

  public static PartyOrganisation of(
      String id, PartyOrganisationKind kind, Appointment secretary, List<GridBranch> gridBranches) {
    return new PartyOrganisation(id, kind, secretary, ImmutableList.copyOf(gridBranches));
  }

  public PartyOrganisation withSecretary(Appointment newSecretary) {
    return new PartyOrganisation(id, kind, newSecretary, gridBranches);
  }
}
