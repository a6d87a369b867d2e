package org.amodel.core.voters;

/** Who casts the votes of a direct election: one vote per household, or one per voter. */
public enum ElectorateKind {
  /**
   * Each household votes once, through its representative (户代表投票, seed §二(二)); a voter outside
   * every household of the community votes in person.
   */
  HOUSEHOLD_REPRESENTATIVES("户代表投票", "household representatives, one vote per household"),
  /** Each voter on the roll votes in person (选民直接投票). */
  INDIVIDUALS("选民个人投票", "individual voters, one vote each");

  private final String nameZh;
  private final String nameEn;

  ElectorateKind(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }
}
