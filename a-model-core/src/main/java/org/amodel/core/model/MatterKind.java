package org.amodel.core.model;

/** The kinds of community matter that the "三位一体" system routes between its organisations. */
public enum MatterKind {
  /** 上级交办的社区事务性工作: administrative work assigned by government. */
  GOVERNMENT_ASSIGNED("上级交办的社区事务性工作", "administrative work assigned by government"),
  /** 社区自治事宜: a self-governance matter, decided by the committee. */
  SELF_GOVERNANCE("社区自治事宜", "self-governance matter"),
  /** 社区成员代表会议的决议事项: a resolution of the representative assembly. */
  ASSEMBLY_RESOLUTION("社区成员代表会议的决议事项", "resolution of the representative assembly"),
  /** 为社区居民提供服务、组织志愿者: services to residents and volunteer activities. */
  RESIDENT_SERVICE("为居民提供服务、组织志愿者活动", "services to residents and volunteer activities"),
  /** 党建工作: Party building. */
  PARTY_BUILDING("党建工作", "Party building"),
  /** 社会性、群众性、公益性工作: overall coordination of social, mass and public-welfare work. */
  SOCIAL_COORDINATION("社会性、群众性、公益性工作的统筹", "coordination of social, mass and public-welfare work");

  private final String nameZh;
  private final String nameEn;

  MatterKind(String nameZh, String nameEn) {
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
