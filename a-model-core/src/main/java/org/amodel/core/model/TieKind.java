package org.amodel.core.model;

/** How a person is tied to a community: living there or working there. */
public enum TieKind {
  RESIDENCE,
  WORK
}
