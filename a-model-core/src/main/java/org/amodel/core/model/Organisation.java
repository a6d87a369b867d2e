package org.amodel.core.model;

/** The three organisations of the "A", and the two bodies around them that a matter can involve. */
public enum Organisation {
  PARTY_ORGANISATION("社区党组织", "community Party organisation"),
  RESIDENTS_COMMITTEE("社区居委会", "residents' committee"),
  SERVICE_STATION("社区服务站", "service station"),
  REPRESENTATIVE_ASSEMBLY("社区成员代表会议", "representative assembly"),
  SUBDISTRICT_OFFICE("街道办事处", "subdistrict office");

  private final String nameZh;
  private final String nameEn;

  Organisation(String nameZh, String nameEn) {
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
