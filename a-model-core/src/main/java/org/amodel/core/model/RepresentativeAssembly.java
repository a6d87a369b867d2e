package org.amodel.core.model;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The community members' representative assembly (社区成员代表会议), which evaluates and supervises
 * the service station. A person sits in it at most once.
 */
public record RepresentativeAssembly(String id, ImmutableList<AssemblyRepresentative> representatives) {
  public RepresentativeAssembly {
    Checks.id(id, "id");
    representatives = ImmutableList.copyOf(representatives);
    Checks.unique(representatives, AssemblyRepresentative::personId, "representatives of assembly " + id);
  }

  public static RepresentativeAssembly of(String id, List<AssemblyRepresentative> representatives) {
    return new RepresentativeAssembly(id, ImmutableList.copyOf(representatives));
  }

  /** Returns how many representatives sit for {@code category}. */
  public long count(RepresentativeCategory category) {
    return representatives.stream().filter(r -> r.category() == category).count();
  }
}
