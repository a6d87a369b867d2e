package org.amodel.core.election;

/** Where an election stands after its count. */
public enum ElectionStatus {
  /** The first vote is void: nobody is elected. */
  VOID("选举无效", "void"),
  /** Every seat is filled, in the first vote or the run-off. */
  ELECTED("全部名额选出", "every seat filled"),
  /** The first vote left seats unfilled and the run-off has not been held. */
  RUN_OFF_PENDING("待另行选举", "run-off pending"),
  /** Seats remain unfilled after the run-off. */
  SEATS_UNFILLED("另行选举后仍有缺额", "seats unfilled after the run-off");

  private final String nameZh;
  private final String nameEn;

  ElectionStatus(String nameZh, String nameEn) {
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
