package org.amodel.core.election;

/** Which vote of an election: the first, or the run-off for the seats it left unfilled. */
public enum VoteRound {
  FIRST("第一次投票", "first vote"),
  RUN_OFF("另行选举", "run-off");

  private final String nameZh;
  private final String nameEn;

  VoteRound(String nameZh, String nameEn) {
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
