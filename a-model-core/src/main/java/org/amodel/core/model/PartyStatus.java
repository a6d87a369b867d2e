package org.amodel.core.model;

/** A person's standing in the Communist Party of China on a given date. */
public enum PartyStatus {
  NOT_A_MEMBER("非党员", "not a Party member"),
  PROBATIONARY("预备党员", "probationary Party member"),
  FULL("正式党员", "full Party member");

  private final String nameZh;
  private final String nameEn;

  PartyStatus(String nameZh, String nameEn) {
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
