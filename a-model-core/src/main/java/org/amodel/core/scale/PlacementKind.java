package org.amodel.core.scale;

/** What a {@link Placement} moved. */
public enum PlacementKind {
  PERSON,
  HOUSEHOLD,
  PARTY_ORGANISATION,
  RESIDENTS_COMMITTEE,
  SERVICE_STATION,
  ASSEMBLY,
  RECRUITMENT,
  ASSESSMENT,
  MATTER,
  /** A community forum, dialogue or public-sentiment meeting, with the suggestions raised at it. */
  FORUM,
  /** A resource of a unit opened to the community. */
  UNIT_RESOURCE,
  /**
   * A post held by a person: the secretary of a Party organisation or of one of its grid branches, a
   * committee seat, a station appointment or an assembly seat.
   */
  APPOINTMENT
}
