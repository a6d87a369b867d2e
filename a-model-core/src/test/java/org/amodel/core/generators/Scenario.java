package org.amodel.core.generators;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.amodel.core.model.Community;

/** A community and the date as of which it is to be checked. */
public record Scenario(Community community, LocalDate asOf) {
  public Scenario {
    requireNonNull(community, "community");
    requireNonNull(asOf, "asOf");
  }

  public Scenario withCommunity(Community changed) {
    return new Scenario(changed, asOf);
  }

  @Override
  public String toString() {
    return "Scenario[community=" + community.id() + " (" + community.households().size() + " households, "
        + community.people().size() + " people), asOf=" + asOf + "]";
  }
}
