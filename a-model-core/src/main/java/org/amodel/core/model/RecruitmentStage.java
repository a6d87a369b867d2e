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

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }
}
