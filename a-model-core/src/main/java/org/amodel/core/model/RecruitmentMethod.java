package org.amodel.core.model;

/** How a station recruitment was run. */
public enum RecruitmentMethod {
  /** 公开招聘: announced to the public, as the seed requires. */
  OPEN("公开招聘", "open recruitment"),
  /** 内部选拔: restricted to a circle of candidates. */
  INTERNAL("内部选拔", "internal selection"),
  /** 直接指定: appointed without competition. */
  DESIGNATED("直接指定", "direct designation");

  private final String nameZh;
  private final String nameEn;

  RecruitmentMethod(String nameZh, String nameEn) {
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
