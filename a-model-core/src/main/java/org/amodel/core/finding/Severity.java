package org.amodel.core.finding;

/** How serious a finding is. */
public enum Severity {
  /** The community breaks a rule of its district. */
  VIOLATION("违规", "violation"),
  /** Allowed, but outside what the district normally expects (一般). */
  WARNING("提示", "warning"),
  /** Information worth acting on, such as an unused option. */
  NOTICE("注意", "notice");

  private final String nameZh;
  private final String nameEn;

  Severity(String nameZh, String nameEn) {
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
