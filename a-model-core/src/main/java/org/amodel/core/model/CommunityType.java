package org.amodel.core.model;

/** The three community types of the seed's scale adjustment. */
public enum CommunityType {
  /** 单元型: built around residential blocks. */
  BLOCK("单元型", "block"),
  /** 地缘型: built around a geographic area. */
  GEOGRAPHIC("地缘型", "geographic"),
  /** 单位型: built around a work unit's compound. */
  WORK_UNIT("单位型", "work unit");

  private final String nameZh;
  private final String nameEn;

  CommunityType(String nameZh, String nameEn) {
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
