package org.amodel.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A Party membership: admitted as a probationary member on {@code admitted}, a full member from
 * {@code fullMemberSince} if that has happened.
 */
public record PartyMembership(LocalDate admitted, Optional<LocalDate> fullMemberSince) {
  public PartyMembership {
    requireNonNull(admitted, "admitted");
    requireNonNull(fullMemberSince, "fullMemberSince");
    fullMemberSince.ifPresent(
        f -> checkArgument(!f.isBefore(admitted),
            "fullMemberSince %s is before admitted %s", f, admitted));
  }

  /** Returns a membership that became full on {@code fullMemberSince}. */
  public static PartyMembership full(LocalDate admitted, LocalDate fullMemberSince) {
    return new PartyMembership(admitted, Optional.of(fullMemberSince));
  }

  /** Returns a membership still probationary. */
  public static PartyMembership probationary(LocalDate admitted) {
    return new PartyMembership(admitted, Optional.empty());
  }

  /** Returns the status on {@code date}. */
  public PartyStatus statusOn(LocalDate date) {
    if (date.isBefore(admitted)) {
      return PartyStatus.NOT_A_MEMBER;
    }
    return fullMemberSince.filter(f -> !date.isBefore(f)).isPresent()
        ? PartyStatus.FULL
        : PartyStatus.PROBATIONARY;
  }
}
