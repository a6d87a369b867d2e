package org.amodel.core.election;

/**
 * Why a returned ballot does not count, in order of precedence: a ballot with several defects is
 * counted once, under the first.
 */
public enum InvalidReason {
  /** The marks cannot be read or do not tell the voter's intention (无法辨认). */
  UNREADABLE("无法辨认", "unreadable"),
  /** No mark at all (空白票). */
  BLANK("空白", "blank"),
  /** A mark for someone who is not a candidate in this vote (选非候选人). */
  NON_CANDIDATE("选了非候选人", "marks a non-candidate"),
  /** More marks than seats in this vote (多选). */
  OVER_VOTED("所选人数多于应选名额", "more marks than seats");

  private final String nameZh;
  private final String nameEn;

  InvalidReason(String nameZh, String nameEn) {
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
