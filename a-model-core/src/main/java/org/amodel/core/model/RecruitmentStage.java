package org.amodel.core.model;

/** The four stages of open recruitment, in the order they must be passed. */
public enum RecruitmentStage {
  QUALIFICATION_REVIEW("资格审查", "qualification review"),
  WRITTEN_EXAM("笔试", "written exam"),
  INTERVIEW("面试", "interview"),
  ORGANISATIONAL_ASSESSMENT("组织考核", "organisational assessment");

  private final String nameZh;
  private final String nameEn;

  RecruitmentStage(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** Returns the stage's place in the order, counting from 1 (第1个程序 is the qualification review). */
  public int position() {
    return ordinal() + 1;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }
}
