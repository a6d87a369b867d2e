package org.amodel.core.model;

/**
 * A person's highest completed education, in ascending order.
 *
 * <p>"大专以上" (college or higher) is {@code level.isAtLeast(COLLEGE)}.
 */
public enum EducationLevel {
  PRIMARY("小学", "primary school"),
  JUNIOR_SECONDARY("初中", "junior secondary"),
  SENIOR_SECONDARY("高中/中专", "senior secondary"),
  COLLEGE("大专", "college"),
  BACHELOR("本科", "bachelor's degree"),
  MASTER("硕士研究生", "master's degree"),
  DOCTORATE("博士研究生", "doctorate");

  private final String nameZh;
  private final String nameEn;

  EducationLevel(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** Returns true if this level is {@code other} or higher (以上 includes the level itself). */
  public boolean isAtLeast(EducationLevel other) {
    return compareTo(other) >= 0;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }
}
