package org.amodel.core.routing;

import static java.util.Objects.requireNonNull;

import org.amodel.core.model.MatterKind;
import org.amodel.core.model.Organisation;

/**
 * Where matters of a kind go: the organisation that decides or leads them, the one that carries
 * them out, and the seed's words for why.
 *
 * <p>The {@code basis} names the seed's section and quotes it word for word; {@code ……} marks words
 * left out of a quotation.
 */
public record Routing(MatterKind kind, Organisation decidedBy, Organisation carriedOutBy, String basis) {
  public Routing {
    requireNonNull(kind, "kind");
    requireNonNull(decidedBy, "decidedBy");
    requireNonNull(carriedOutBy, "carriedOutBy");
    requireNonNull(basis, "basis");
  }
}
