package org.amodel.core.finding;

/** What kind of thing a finding is about. */
public enum SubjectKind {
  COMMUNITY("社区", "community"),
  PERSON("人员", "person"),
  PARTY_ORGANISATION("社区党组织", "Party organisation"),
  RESIDENTS_COMMITTEE("社区居委会", "residents' committee"),
  SERVICE_STATION("社区服务站", "service station"),
  ASSEMBLY("社区成员代表会议", "representative assembly");

  private final String nameZh;
  private final String nameEn;

  SubjectKind(String nameZh, String nameEn) {
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
