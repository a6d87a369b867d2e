package org.amodel.core.model;

/** The form of a community's Party organisation. */
public enum PartyOrganisationKind {
  /** 社区党委. */
  COMMITTEE,
  /** 社区党总支, the usual form in the seed. */
  GENERAL_BRANCH,
  /** 社区党支部. */
  BRANCH
}
