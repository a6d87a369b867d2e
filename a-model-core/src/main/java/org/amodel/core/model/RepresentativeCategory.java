package org.amodel.core.model;

/** The categories of members of the community members' representative assembly. */
public enum RepresentativeCategory {
  RESIDENTS_GROUP("居民小组推选的居民代表", "residents' group representative"),
  UNIT("驻区单位代表", "unit representative"),
  PEOPLES_CONGRESS_DEPUTY("人大代表", "people's congress deputy"),
  CPPCC_MEMBER("政协委员", "CPPCC member"),
  COMMUNITY_POLICE_OFFICER("社区民警", "community police officer");

  private final String nameZh;
  private final String nameEn;

  RepresentativeCategory(String nameZh, String nameEn) {
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
