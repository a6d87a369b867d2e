package org.amodel.core.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A district (区): its subdistrict offices and its communities. */
public record District(
    String id, String name, ImmutableList<SubdistrictOffice> subdistrictOffices, ImmutableList<Community> communities) {
  public District {
    Checks.id(id, "id");
    Checks.text(name, "name");
    subdistrictOffices = ImmutableList.copyOf(subdistrictOffices);
    communities = ImmutableList.copyOf(communities);
    Checks.unique(subdistrictOffices, SubdistrictOffice::id, "subdistrictOffices of district " + id);
    Checks.unique(communities, Community::id, "communities of district " + id);
    Set<SubdistrictOffice> offices = Set.copyOf(subdistrictOffices);
    for (Community c : communities) {
      checkArgument(offices.contains(c.subdistrictOffice()),
          "community %s belongs to subdistrict office %s, which district %s does not list (it lists %s)",
          c.id(), c.subdistrictOffice().id(), id,
          subdistrictOffices.stream().map(SubdistrictOffice::id).collect(Collectors.joining(", ")));
    }
  }

  public static District of(
      String id, String name, List<SubdistrictOffice> subdistrictOffices, List<Community> communities) {
    return new District(id, name, ImmutableList.copyOf(subdistrictOffices), ImmutableList.copyOf(communities));
  }
}
