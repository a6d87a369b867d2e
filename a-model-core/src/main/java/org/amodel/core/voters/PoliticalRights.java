package org.amodel.core.voters;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deprivations of political rights known to whoever builds a roll. The model's {@code Person}
 * does not record them, so they come in beside the community.
 */
public record PoliticalRights(ImmutableList<Deprivation> deprivations) {
  private static final PoliticalRights NONE = new PoliticalRights(ImmutableList.of());
  private static final Comparator<Deprivation> ORDER = Comparator
      .comparing((Deprivation d) -> d.period().from())
      .thenComparing(d -> d.period().toString())
      .thenComparing(Deprivation::basis);

  public PoliticalRights {
    deprivations = ImmutableList.copyOf(deprivations);
  }

  /** Returns the record of nobody deprived of political rights. */
  public static PoliticalRights none() {
    return NONE;
  }

  /** Returns the record of {@code deprivations}. */
  public static PoliticalRights of(List<Deprivation> deprivations) {
    return new PoliticalRights(ImmutableList.copyOf(deprivations));
  }

  /**
   * Returns the deprivation of {@code personId} in force on {@code date}; if several are, the one that
   * started first.
   */
  public Optional<Deprivation> inForce(String personId, LocalDate date) {
    requireNonNull(personId, "personId");
    requireNonNull(date, "date");
    return deprivations.stream()
        .filter(d -> d.personId().equals(personId) && d.inForceOn(date))
        .min(ORDER);
  }
}
