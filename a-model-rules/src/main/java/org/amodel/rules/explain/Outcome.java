package org.amodel.rules.explain;

/** What became of one condition on one fact. */
public enum Outcome {
  /** The condition was tested and held. */
  HELD("成立", "held"),
  /** The condition was tested and did not hold. */
  FAILED("不成立", "failed"),
  /** The condition was not tested: one before it, which it depends on, failed. */
  NOT_REACHED("未检验", "not reached"),
  /** The condition cannot be tested on its own (DRL's own operators, a binding, a condition holding such). */
  NOT_EVALUATED("无法单独检验", "cannot be tested on its own");

  private final String nameZh;
  private final String nameEn;

  Outcome(String nameZh, String nameEn) {
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
