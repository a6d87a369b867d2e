package org.amodel.core.model;

/**
 * Who casts the votes in a residents' committee election. The Organic Law of 1989 (art. 8) allows
 * all three: every resident with the right to vote, one representative per household, or two or
 * three representatives chosen by each residents' group.
 */
public enum ElectorateKind {
  /** One representative per household votes (户代表投票): the seed district's direct election. */
  HOUSEHOLD_REPRESENTATIVES("户代表", "household representatives", true),
  /** Every registered voter votes (选民直接投票). */
  INDIVIDUAL_VOTERS("选民", "individual voters", true),
  /** Representatives chosen by residents' groups vote (居民代表推选): an indirect election. */
  RESIDENTS_REPRESENTATIVES("居民代表", "residents' representatives", false);

  private final String nameZh;
  private final String nameEn;
  private final boolean direct;

  ElectorateKind(String nameZh, String nameEn, boolean direct) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.direct = direct;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** Returns true if the residents themselves (or their households) vote, not representatives chosen for it. */
  public boolean isDirect() {
    return direct;
  }
}
