package org.amodel.core.model;

/** Every post a finding can name, across the three organisations. */
public enum Post {
  PARTY_SECRETARY("党组织书记", "Party secretary"),
  COMMITTEE_CHAIR("居委会主任", "committee chair"),
  COMMITTEE_VICE_CHAIR("居委会副主任", "committee vice-chair"),
  COMMITTEE_MEMBER("居委会委员", "committee member"),
  STATION_HEAD("服务站站长", "station head"),
  STATION_DEPUTY_HEAD("服务站副站长", "station deputy head"),
  STATION_STAFF("服务站工作人员", "station staff");

  private final String nameZh;
  private final String nameEn;

  Post(String nameZh, String nameEn) {
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
