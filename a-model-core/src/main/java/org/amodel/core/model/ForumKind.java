package org.amodel.core.model;

/**
 * The kinds of forum through which residents take part in community affairs (seed §三(三)1: 社区论坛、
 * 社区对话、民情恳谈会).
 */
public enum ForumKind {
  /** 社区论坛: a community forum on a topic residents care about. */
  COMMUNITY_FORUM("社区论坛", "community forum"),
  /** 社区对话: a dialogue between residents and the community's organisations or units. */
  COMMUNITY_DIALOGUE("社区对话", "community dialogue"),
  /** 民情恳谈会: a public-sentiment meeting, where residents talk over their concerns. */
  RESIDENTS_TALK("民情恳谈会", "public-sentiment meeting");

  private final String nameZh;
  private final String nameEn;

  ForumKind(String nameZh, String nameEn) {
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
