package org.amodel.core.check;

import static org.amodel.core.finding.Severity.NOTICE;
import static org.amodel.core.finding.Severity.VIOLATION;
import static org.amodel.core.finding.Severity.WARNING;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Severity;

/** The rule catalogue of the seed district (DESIGN.md §2), by rule id. */
public final class SeedCatalogue {
  private SeedCatalogue() {}

  private static final ImmutableMap<RuleId, RuleDescriptor> RULES = ImmutableMap.<RuleId, RuleDescriptor>builder()
      .put(rule(RuleId.STRUCTURE_TRINITY, VIOLATION, "党组织、居委会、服务站“三位一体”", "one Party organisation, committee and station",
          "seed §一: 在每个社区建立一个社区服务站,构建“三位一体”的新型社区管理体系"))
      .put(rule(RuleId.STATION_SIZE, VIOLATION, "服务站人数", "station size",
          "seed §二(四): 社区服务站由3-4人组成"))
      .put(rule(RuleId.STATION_POSTS, VIOLATION, "服务站职位", "station posts",
          "seed §二(四): 设站长1人,副站长1人,工作人员1-2人"))
      .put(rule(RuleId.RECRUIT_AGE, VIOLATION, "服务站人员年龄", "station member's age at recruitment",
          "seed §二(四): 服务站工作人员要求年龄在40岁以下"))
      .put(rule(RuleId.RECRUIT_EDUCATION, VIOLATION, "服务站人员文化程度", "station member's education",
          "seed §二(四): 大专文化程度以上"))
      .put(rule(RuleId.RECRUIT_PROCESS, VIOLATION, "公开招聘程序", "open recruitment process",
          "seed §二(四): 公开向社会招聘,通过资格审查、笔试、面试、组织考核等程序"))
      .put(rule(RuleId.APPOINTMENT_TERM, VIOLATION, "聘期", "appointment term",
          "seed §二(四): 聘任制,聘期三年,与社区居委会班子任期相同"))
      .put(rule(RuleId.STATION_REPORTING, VIOLATION, "服务站隶属与评议", "station management and evaluation",
          "seed §三(一)2: 社区服务站隶属于街道办事处管理,同时接受社区居民代表会议的评议和监督"))
      .put(rule(RuleId.SECRETARY_FULL_TIME, VIOLATION, "专职书记", "full-time Party secretary",
          "seed §二(三): 改变以往的兼职的方式,全部按专职书记配置"))
      .put(rule(RuleId.SECRETARY_MEMBERSHIP, VIOLATION, "书记须为正式党员", "secretary is a full Party member",
          "中国共产党章程: 预备党员没有表决权、选举权和被选举权"))
      .put(rule(RuleId.CONCURRENT_POSTS, VIOLATION, "书记、主任一肩挑的条件", "conditions for concurrent posts",
          "seed §二(三): 居委会主任是中共正式党员的,经党工委考察符合条件的,同时兼任社区党总支书记"))
      .put(rule(RuleId.CONCURRENT_POSTS_AVAILABLE, NOTICE, "可实行一肩挑", "concurrent posts available",
          "seed §二(三): 实行书记、主任一肩挑"))
      .put(rule(RuleId.COMMITTEE_SIZE, VIOLATION, "居委会组成", "committee composition",
          "居民委员会组织法(1989) 第七条: 主任、副主任和委员共五至九人"))
      .put(rule(RuleId.COMMITTEE_TERM, VIOLATION, "居委会任期", "committee term",
          "居民委员会组织法第七条: 每届任期三年(2018年修正后为五年)"))
      .put(rule(RuleId.DIRECT_ELECTION, VIOLATION, "直接选举", "direct election",
          "seed §二(二): 由户代表投票,实行差额选举"))
      .put(rule(RuleId.COMPETITIVE_ELECTION, VIOLATION, "差额选举", "competitive election",
          "seed §二(二): 实行差额选举"))
      .put(rule(RuleId.ELECTION_VALIDITY, VIOLATION, "选举有效", "election validity",
          "村民委员会组织法第十五条的模式(本区沿用,系假定): 过半数投票有效,获得参加投票的过半数选票始得当选,"
              + "另行选举时不少于三分之一"))
      .put(rule(RuleId.VOTER_ELIGIBILITY, VIOLATION, "选民资格", "voter eligibility",
          "seed §三(二)2; 居民委员会组织法第八条"))
      .put(rule(RuleId.VOTER_UNIQUE, VIOLATION, "选民不重复登记", "voter registered once",
          "选民只能在一个社区登记"))
      .put(rule(RuleId.COMMUNITY_HOUSEHOLDS, WARNING, "社区规模", "community size in households",
          "居民委员会组织法(1989) 第六条: 一般在一百户至七百户的范围内设立"))
      .put(rule(RuleId.ASSEMBLY_COMPOSITION, VIOLATION, "社区成员代表会议组成", "representative assembly composition",
          "seed §三(二)2: 通过社区居民小组推选出社区居民代表,还将驻区单位的领导、人大代表、政协委员、社区民警等吸收纳入"))
      .buildOrThrow();

  private static Map.Entry<RuleId, RuleDescriptor> rule(
      RuleId id, Severity severity, String titleZh, String titleEn, String basis) {
    return Map.entry(id, new RuleDescriptor(id, severity, titleZh, titleEn, basis));
  }

  /** Returns every rule of the seed's catalogue, by id. */
  public static ImmutableMap<RuleId, RuleDescriptor> rules() {
    return RULES;
  }

  /**
   * Returns the rule {@code id}.
   *
   * @throws NoSuchElementException naming the id if the catalogue has no such rule
   */
  public static RuleDescriptor rule(RuleId id) {
    RuleDescriptor d = RULES.get(id);
    if (d == null) {
      throw new NoSuchElementException("the seed catalogue has no rule " + id + "; it has " + RULES.keySet());
    }
    return d;
  }
}
