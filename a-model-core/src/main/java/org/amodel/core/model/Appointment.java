package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A person holding a post since a date. */
public record Appointment(String personId, LocalDate since) {
  public Appointment {
    Checks.id(personId, "personId");
    requireNonNull(since, "since");
  }

  public static Appointment of(String personId, LocalDate since) {
    return new Appointment(personId, since);
  }
}
