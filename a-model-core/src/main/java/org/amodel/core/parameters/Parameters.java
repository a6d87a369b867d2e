package org.amodel.core.parameters;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.model.RecruitmentMethod;
import org.amodel.core.model.RepresentativeCategory;

/**
 * The parameter keys read by the seed's rules, and the seed district's values.
 *
 * <p>Each key's description says what it governs; {@link #jinanShizhong2005()} gives each value
 * with the date it took effect and the document it comes from.
 */
public final class Parameters {
  private Parameters() {}

  /** The date the Organic Law of Urban Residents' Committees (1989) took effect. */
  public static final LocalDate ORGANIC_LAW_1989 = LocalDate.of(1990, 1, 1);
  /** The date the 2018 amendment of the Organic Law took effect (five-year terms). */
  public static final LocalDate ORGANIC_LAW_2018 = LocalDate.of(2018, 12, 29);
  /** The start of the seed's reform: the Ganshiqiao pilot began in May 2005. */
  public static final LocalDate SEED_REFORM = LocalDate.of(2005, 5, 1);

  public static final ParameterKey<Integer> STRUCTURE_PARTY_ORGANISATIONS = intKey("structure.partyOrganisations",
      "每个社区的社区党组织数", "Party organisations per community");
  public static final ParameterKey<Integer> STRUCTURE_RESIDENTS_COMMITTEES = intKey("structure.residentsCommittees",
      "每个社区的居委会数", "residents' committees per community");
  public static final ParameterKey<Integer> STRUCTURE_SERVICE_STATIONS = intKey("structure.serviceStations",
      "每个社区的服务站数", "service stations per community");

  public static final ParameterKey<Integer> STATION_SIZE_MIN = intKey("station.size.min",
      "服务站最少人数", "fewest people in a station");
  public static final ParameterKey<Integer> STATION_SIZE_MAX = intKey("station.size.max",
      "服务站最多人数", "most people in a station");
  public static final ParameterKey<Integer> STATION_HEADS_MIN = intKey("station.heads.min",
      "站长最少人数", "fewest station heads");
  public static final ParameterKey<Integer> STATION_HEADS_MAX = intKey("station.heads.max",
      "站长最多人数", "most station heads");
  public static final ParameterKey<Integer> STATION_DEPUTY_HEADS_MIN = intKey("station.deputyHeads.min",
      "副站长最少人数", "fewest deputy heads");
  public static final ParameterKey<Integer> STATION_DEPUTY_HEADS_MAX = intKey("station.deputyHeads.max",
      "副站长最多人数", "most deputy heads");
  public static final ParameterKey<Integer> STATION_STAFF_MIN = intKey("station.staff.min",
      "工作人员最少人数", "fewest staff");
  public static final ParameterKey<Integer> STATION_STAFF_MAX = intKey("station.staff.max",
      "工作人员最多人数", "most staff");
  public static final ParameterKey<Integer> STATION_TERM_YEARS_MAX = intKey("station.term.yearsMax",
      "服务站人员聘期(年)上限", "longest station appointment, in years");
  public static final ParameterKey<Boolean> STATION_TERM_TIED_TO_COMMITTEE = boolKey("station.term.tiedToCommittee",
      "聘期与居委会班子任期相同", "station appointments end when the committee's term ends");

  public static final ParameterKey<Integer> RECRUIT_AGE_MAX = intKey("recruit.age.max",
      "服务站人员招聘年龄上限(周岁,含)", "oldest age at recruitment, in full years, inclusive");
  public static final ParameterKey<EducationLevel> RECRUIT_EDUCATION_MIN = new ParameterKey<>("recruit.education.min",
      EducationLevel.class, "服务站人员最低文化程度(含)", "lowest education of station members, inclusive");
  public static final ParameterKey<RecruitmentMethod> RECRUIT_METHOD = new ParameterKey<>("recruit.method",
      RecruitmentMethod.class, "服务站人员招聘方式", "how station members must be recruited");
  public static final ParameterKey<Boolean> RECRUIT_STAGES_REQUIRED = boolKey("recruit.stages.required",
      "须依次通过资格审查、笔试、面试、组织考核", "the four stages must be passed in order");

  public static final ParameterKey<Boolean> SECRETARY_FULL_TIME = boolKey("secretary.fullTime",
      "社区党组织书记专职", "the Party secretary holds the post full-time");
  public static final ParameterKey<Boolean> CONCURRENT_ASSESSMENT_REQUIRED = boolKey("concurrent.assessmentRequired",
      "一肩挑须经党工委考察", "concurrent posts need a working-committee assessment");
  public static final ParameterKey<Boolean> CONCURRENT_ENCOURAGED = boolKey("concurrent.encouraged",
      "符合条件的主任兼任书记", "a qualifying chair is expected to be secretary too");

  public static final ParameterKey<Integer> COMMITTEE_SIZE_MIN = intKey("committee.size.min",
      "居委会最少人数", "fewest committee members");
  public static final ParameterKey<Integer> COMMITTEE_SIZE_MAX = intKey("committee.size.max",
      "居委会最多人数", "most committee members");
  public static final ParameterKey<Integer> COMMITTEE_VICE_CHAIRS_MIN = intKey("committee.viceChairs.min",
      "副主任最少人数", "fewest vice-chairs");
  public static final ParameterKey<Integer> COMMITTEE_TERM_YEARS = intKey("committee.term.years",
      "居委会每届任期(年)", "committee term, in years");

  public static final ParameterKey<Integer> HOUSEHOLDS_MIN = intKey("community.households.min",
      "社区一般最少户数", "fewest households a community normally has");
  public static final ParameterKey<Integer> HOUSEHOLDS_MAX = intKey("community.households.max",
      "社区一般最多户数", "most households a community normally has");

  public static final ParameterKey<Boolean> ASSEMBLY_RESIDENTS_GROUP_REQUIRED = boolKey(
      "assembly.residentsGroupRequired", "代表会议须有居民小组推选的居民代表",
      "the assembly must include representatives elected by residents' groups");

  public static final ParameterKey<ElectorateKind> ELECTION_ELECTORATE = new ParameterKey<>("election.electorate",
      ElectorateKind.class, "居委会选举由谁投票", "who casts the votes in a residents' committee election");
  public static final ParameterKey<Share> ELECTION_TURNOUT = new ParameterKey<>("election.turnout", Share.class,
      "选举有效所需的投票人数(占登记选民)", "the share of the registered electorate that must vote for the election to be valid");
  public static final ParameterKey<Share> ELECTION_MAJORITY = new ParameterKey<>("election.majority", Share.class,
      "第一次投票当选所需的票数(占所投选票)", "the share of the ballots cast that elects a candidate in the first vote");
  public static final ParameterKey<Share> ELECTION_RUN_OFF_MINIMUM = new ParameterKey<>("election.runOff.minimum",
      Share.class, "另行选举当选所需的最少票数(占所投选票)",
      "the share of the run-off's ballots cast that the most voted must reach to be elected");
  public static final ParameterKey<Integer> ELECTION_RUN_OFF_CANDIDATES_PER_SEAT = intKey(
      "election.runOff.candidatesPerSeat", "另行选举每个缺额的候选人数",
      "run-off candidates per unfilled seat (before the extra candidates are added)");
  public static final ParameterKey<Integer> ELECTION_RUN_OFF_EXTRA_CANDIDATES = intKey(
      "election.runOff.extraCandidates", "另行选举在缺额之外多出的候选人数",
      "run-off candidates added to those per unfilled seat");

  public static final ParameterKey<Integer> VOTERS_AGE_MIN = intKey("voters.age.min",
      "选民的最低年龄(周岁,含)", "a voter's minimum age in full years, inclusive");
  public static final ParameterKey<Boolean> VOTERS_RELAXED = boolKey("voters.relaxed",
      "放宽选民登记条件", "registration is relaxed beyond the statutory condition");
  public static final ParameterKey<Integer> VOTERS_TIE_YEARS_MIN = intKey("voters.tie.yearsMin",
      "放宽登记时在本社区居住或工作的最少年数(含)",
      "under the relaxation, the full years a person has lived or worked in the community, inclusive");
  public static final ParameterKey<RepresentativeCategories> VOTERS_ADMITTED_CATEGORIES = new ParameterKey<>(
      "voters.admittedCategories", RepresentativeCategories.class, "放宽登记时列入登记范围的代表类别",
      "under the relaxation, the assembly categories admitted to the roll");

  private static final ImmutableMap<String, ParameterKey<?>> KEYS = Stream.of(
          STRUCTURE_PARTY_ORGANISATIONS, STRUCTURE_RESIDENTS_COMMITTEES, STRUCTURE_SERVICE_STATIONS,
          STATION_SIZE_MIN, STATION_SIZE_MAX, STATION_HEADS_MIN, STATION_HEADS_MAX, STATION_DEPUTY_HEADS_MIN,
          STATION_DEPUTY_HEADS_MAX, STATION_STAFF_MIN, STATION_STAFF_MAX, STATION_TERM_YEARS_MAX,
          STATION_TERM_TIED_TO_COMMITTEE, RECRUIT_AGE_MAX, RECRUIT_EDUCATION_MIN, RECRUIT_METHOD,
          RECRUIT_STAGES_REQUIRED, SECRETARY_FULL_TIME, CONCURRENT_ASSESSMENT_REQUIRED, CONCURRENT_ENCOURAGED,
          COMMITTEE_SIZE_MIN, COMMITTEE_SIZE_MAX, COMMITTEE_VICE_CHAIRS_MIN, COMMITTEE_TERM_YEARS,
          HOUSEHOLDS_MIN, HOUSEHOLDS_MAX, ASSEMBLY_RESIDENTS_GROUP_REQUIRED, ELECTION_ELECTORATE, ELECTION_TURNOUT,
          ELECTION_MAJORITY, ELECTION_RUN_OFF_MINIMUM, ELECTION_RUN_OFF_CANDIDATES_PER_SEAT,
          ELECTION_RUN_OFF_EXTRA_CANDIDATES, VOTERS_AGE_MIN, VOTERS_RELAXED, VOTERS_TIE_YEARS_MIN,
          VOTERS_ADMITTED_CATEGORIES)
      .collect(ImmutableMap.toImmutableMap(ParameterKey::name, k -> k));

  /** Returns every parameter key the rules know, by name. */
  public static ImmutableMap<String, ParameterKey<?>> keys() {
    return KEYS;
  }

  /** Returns the key named {@code name}, if the rules know one. */
  public static Optional<ParameterKey<?>> key(String name) {
    return Optional.ofNullable(KEYS.get(name));
  }

  private static ParameterKey<Integer> intKey(String name, String zh, String en) {
    return new ParameterKey<>(name, Integer.class, zh, en);
  }

  private static ParameterKey<Boolean> boolKey(String name, String zh, String en) {
    return new ParameterKey<>(name, Boolean.class, zh, en);
  }

  /**
   * Returns the seed district's parameters (rule set {@code jinan-shizhong-2005}): Shizhong
   * district of Jinan, from the district report and the Organic Law.
   */
  public static DistrictParameters jinanShizhong2005() {
    String station = "seed §二(四): 社区服务站由3-4人组成,设站长1人,副站长1人,工作人员1-2人";
    String recruit = "seed §二(四): 年龄在40岁以下,大专文化程度以上";
    String process = "seed §二(四): 公开向社会招聘,通过资格审查、笔试、面试、组织考核等程序";
    String term = "seed §二(四): 聘期三年,与社区居委会班子任期相同";
    String law89 = "居民委员会组织法(1989) 第七条";
    String law18 = "居民委员会组织法(2018年修正) 第七条: 每届任期五年";
    String trinity = "seed §一: 每个社区建立一个社区服务站,“三位一体”";
    String assumed = "村民委员会组织法(2010)第十五条的模式,本区居委会选举沿用,系假定(seed 未载明)"
        + " / pattern of the Villagers' Committees Organic Law (2010) art. 15, assumed for this district: the seed"
        + " does not state it";
    String runOffSize = "另行选举候选人按第一次投票得票多少确定,人数多于不足名额一人(假定,法律未定人数)"
        + " / the run-off's candidates are the first vote's runners-up by votes, one more than the unfilled seats"
        + " (assumed: the law sets no number)";
    String law89voters = "居民委员会组织法(1989) 第八条: 年满十八周岁的本居住地区居民……都有选举权和被选举权;"
        + "但是,依照法律被剥夺政治权利的人除外";
    String relaxed = "seed §三(二)2: 在法律规定的选民登记资格条件基础上,我们适当放宽选民登记条件,"
        + "把在本社区居住或工作一年以上的社区居民、驻社区单位代表、驻社区的责任区民警均列入了登记范围";
    return DistrictParameters.builder("jinan-shizhong-2005")
        .set(STRUCTURE_PARTY_ORGANISATIONS, SEED_REFORM, 1, trinity)
        .set(STRUCTURE_RESIDENTS_COMMITTEES, SEED_REFORM, 1, trinity)
        .set(STRUCTURE_SERVICE_STATIONS, SEED_REFORM, 1, trinity)
        .set(STATION_SIZE_MIN, SEED_REFORM, 3, station)
        .set(STATION_SIZE_MAX, SEED_REFORM, 4, station)
        .set(STATION_HEADS_MIN, SEED_REFORM, 1, station)
        .set(STATION_HEADS_MAX, SEED_REFORM, 1, station)
        .set(STATION_DEPUTY_HEADS_MIN, SEED_REFORM, 1, station)
        .set(STATION_DEPUTY_HEADS_MAX, SEED_REFORM, 1, station)
        .set(STATION_STAFF_MIN, SEED_REFORM, 1, station)
        .set(STATION_STAFF_MAX, SEED_REFORM, 2, station)
        .set(STATION_TERM_YEARS_MAX, SEED_REFORM, 3, term)
        .set(STATION_TERM_YEARS_MAX, ORGANIC_LAW_2018, 5,
            term + "; the appointment follows the committee's term, five years since the 2018 amendment")
        .set(STATION_TERM_TIED_TO_COMMITTEE, SEED_REFORM, true, term)
        .set(RECRUIT_AGE_MAX, SEED_REFORM, 40, recruit)
        .set(RECRUIT_EDUCATION_MIN, SEED_REFORM, EducationLevel.COLLEGE, recruit)
        .set(RECRUIT_METHOD, SEED_REFORM, RecruitmentMethod.OPEN, process)
        .set(RECRUIT_STAGES_REQUIRED, SEED_REFORM, true, process)
        .set(SECRETARY_FULL_TIME, SEED_REFORM, true, "seed §二(三): 全部按专职书记配置")
        .set(CONCURRENT_ASSESSMENT_REQUIRED, SEED_REFORM, true, "seed §二(三): 经党工委考察符合条件的,同时兼任")
        .set(CONCURRENT_ENCOURAGED, SEED_REFORM, true, "seed §二(三): 实行书记、主任一肩挑")
        .set(COMMITTEE_SIZE_MIN, ORGANIC_LAW_1989, 5, law89 + ": 主任、副主任和委员共五至九人")
        .set(COMMITTEE_SIZE_MAX, ORGANIC_LAW_1989, 9, law89 + ": 主任、副主任和委员共五至九人")
        .set(COMMITTEE_VICE_CHAIRS_MIN, ORGANIC_LAW_1989, 1, law89 + ": 由主任、副主任和委员组成")
        .set(COMMITTEE_TERM_YEARS, ORGANIC_LAW_1989, 3, law89 + ": 每届任期三年")
        .set(COMMITTEE_TERM_YEARS, ORGANIC_LAW_2018, 5, law18)
        .set(HOUSEHOLDS_MIN, ORGANIC_LAW_1989, 100, "居民委员会组织法(1989) 第六条: 一般在一百户至七百户的范围内")
        .set(HOUSEHOLDS_MAX, ORGANIC_LAW_1989, 700, "居民委员会组织法(1989) 第六条: 一般在一百户至七百户的范围内")
        .set(ASSEMBLY_RESIDENTS_GROUP_REQUIRED, SEED_REFORM, true,
            "seed §三(二)2: 通过社区居民小组推选出具有代表性的社区居民代表")
        .set(ELECTION_ELECTORATE, SEED_REFORM, ElectorateKind.HOUSEHOLD_REPRESENTATIVES,
            "seed §二(二): 即由户代表投票,实行差额选举")
        .set(ELECTION_TURNOUT, SEED_REFORM, Share.moreThan(1, 2),
            "有登记参加选举的过半数投票,选举有效 / valid if more than half of the registered vote — " + assumed)
        .set(ELECTION_MAJORITY, SEED_REFORM, Share.moreThan(1, 2),
            "候选人获得参加投票的过半数的选票,始得当选 / elected with more than half of the ballots cast — " + assumed)
        .set(ELECTION_RUN_OFF_MINIMUM, SEED_REFORM, Share.atLeast(1, 3),
            "另行选举,以得票多的当选,但所得票数不得少于已投选票总数的三分之一"
                + " / in the run-off the most votes win, with at least one third of the ballots cast — " + assumed)
        .set(ELECTION_RUN_OFF_CANDIDATES_PER_SEAT, SEED_REFORM, 1, runOffSize)
        .set(ELECTION_RUN_OFF_EXTRA_CANDIDATES, SEED_REFORM, 1, runOffSize)
        .set(VOTERS_AGE_MIN, ORGANIC_LAW_1989, 18, law89voters)
        .set(VOTERS_RELAXED, ORGANIC_LAW_1989, false, law89voters)
        .set(VOTERS_RELAXED, SEED_REFORM, true, relaxed)
        .set(VOTERS_TIE_YEARS_MIN, SEED_REFORM, 1, relaxed)
        .set(VOTERS_ADMITTED_CATEGORIES, SEED_REFORM,
            RepresentativeCategories.of(RepresentativeCategory.UNIT, RepresentativeCategory.COMMUNITY_POLICE_OFFICER),
            relaxed)
        .build();
  }
}
