package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A resource of a unit in the community opened to the community (社区单位资源公开向社区开放, seed
 * §三(三)3): which unit, what it opened, and from which day.
 *
 * <pre>{@code
 * UnitResource field = new UnitResource("res-1", "济南市某小学", "操场", LocalDate.of(2005, 11, 1));
 * field.isOpenOn(LocalDate.of(2005, 12, 1));   // true
 * }</pre>
 */
public record UnitResource(String id, String unit, String resource, LocalDate openedOn) {
  public UnitResource {
    Checks.id(id, "id");
    Checks.text(unit, "unit");
    Checks.text(resource, "resource");
    requireNonNull(openedOn, "openedOn");
  }

  /** Returns true if the resource was opened to the community on or before {@code day}. */
  public boolean isOpenOn(LocalDate day) {
    requireNonNull(day, "day");
    return !openedOn.isAfter(day);
  }
}
