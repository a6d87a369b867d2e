package org.amodel.examples.district;

import com.google.common.collect.ImmutableSet;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.SubjectKind;

/**
 * A way a synthetic community breaks one of the seed district's rules, as real communities did in
 * 2005: each names the rules the seed's {@link org.amodel.core.check.ReferenceChecker} then reports,
 * and the kind of subject it reports them about.
 *
 * <p>A community drawn with no flaw draws no finding from {@code ReferenceChecker.seed()} as of the
 * options' date; one drawn with flaws draws exactly the findings of its flaws' {@link #ruleIds()},
 * about subjects of their {@link #subjectKind()}. Flaws are drawn in declaration order; one that
 * cannot go with a flaw already drawn ({@link #excludes}) is left out, so the last ones are drawn a
 * little less often than their rate.
 */
public enum Flaw {
  /**
   * A station member was 41–47 on the recruitment's reference date (most 41–45), and the
   * qualification review let them through: breaks {@code recruit.age.max} 40.
   */
  RECRUIT_AGE(SubjectKind.PERSON, 0.06, "服务站人员超龄", "a station member over the age limit", RuleId.RECRUIT_AGE),
  /** A station member has senior-secondary (高中/中专) education or less: breaks {@code recruit.education.min}. */
  RECRUIT_EDUCATION(SubjectKind.PERSON, 0.04, "服务站人员学历不足", "a station member without college education",
      RuleId.RECRUIT_EDUCATION),
  /**
   * The recruitment was internal rather than open, or a member was appointed without passing the
   * interview or before the organisational assessment.
   */
  RECRUIT_PROCESS(SubjectKind.PERSON, 0.03, "招聘程序不全", "a station member not recruited through the four stages",
      RuleId.RECRUIT_PROCESS),
  /** The station has 2, 5 or 6 people (5 most often), so its posts are off too. */
  STATION_SIZE(SubjectKind.SERVICE_STATION, 0.04, "服务站人数不符", "a station of 2, 5 or 6 people",
      RuleId.STATION_SIZE, RuleId.STATION_POSTS),
  /** A station of 3 or 4 without a deputy head, with two deputies, or with two heads. */
  STATION_POSTS(SubjectKind.SERVICE_STATION, 0.02, "服务站职位不符", "a station of 3–4 with the wrong posts",
      RuleId.STATION_POSTS),
  /** The station's contracts run three years from the appointment, not to the end of the committee's term. */
  APPOINTMENT_TERM(SubjectKind.PERSON, 0.02, "聘期与居委会任期不同", "appointments not ending with the committee's term",
      RuleId.APPOINTMENT_TERM),
  /** The station is managed by another office, or no representative assembly evaluates it. */
  STATION_REPORTING(SubjectKind.SERVICE_STATION, 0.01, "服务站隶属或评议不符", "a station managed or evaluated by the wrong body",
      RuleId.STATION_REPORTING),
  /** The Party secretary kept a post outside the community (a seconded official still in their bureau, say). */
  SECRETARY_FULL_TIME(SubjectKind.PERSON, 0.02, "书记兼职", "a Party secretary with a post outside the community",
      RuleId.SECRETARY_FULL_TIME),
  /** The Party secretary is still a probationary member. */
  SECRETARY_MEMBERSHIP(SubjectKind.PERSON, 0.01, "书记为预备党员", "a probationary Party member as secretary",
      RuleId.SECRETARY_MEMBERSHIP),
  /**
   * The chair became secretary too without a passed working-committee assessment dated before: assessed
   * on the day of the appointment, assessed and failed, or not assessed.
   */
  CONCURRENT_POSTS(SubjectKind.PERSON, 0.02, "一肩挑未经考察", "concurrent posts without a prior passed assessment",
      RuleId.CONCURRENT_POSTS),
  /** The chair is a full Party member who passed the assessment, yet someone else is secretary (a notice). */
  CONCURRENT_POSTS_AVAILABLE(SubjectKind.PERSON, 0.03, "可一肩挑而未实行", "a qualified chair who is not secretary",
      RuleId.CONCURRENT_POSTS_AVAILABLE),
  /** A committee of 4 or 10, or one with no vice-chair. */
  COMMITTEE_SIZE(SubjectKind.RESIDENTS_COMMITTEE, 0.03, "居委会组成不符", "a committee of 4 or 10, or without a vice-chair",
      RuleId.COMMITTEE_SIZE),
  /** The committee's term was cut to end with a district calendar date, 1–6 months short of three years. */
  COMMITTEE_TERM(SubjectKind.RESIDENTS_COMMITTEE, 0.01, "居委会任期不足三年", "a committee term short of three years",
      RuleId.COMMITTEE_TERM),
  /** The community has fewer households than {@code householdsMin} or more than {@code householdsMax} (a warning). */
  COMMUNITY_HOUSEHOLDS(SubjectKind.COMMUNITY, 0.02, "社区户数超出范围", "a community too small or too large",
      RuleId.COMMUNITY_HOUSEHOLDS),
  /**
   * The assembly seats a residents' group representative who has moved out, or has no residents' group
   * representatives at all.
   */
  ASSEMBLY_COMPOSITION(SubjectKind.ASSEMBLY, 0.02, "代表会议组成不符", "an assembly without resident representatives",
      RuleId.ASSEMBLY_COMPOSITION),
  /**
   * The station is not set up yet ("目前,这项工作正在进行中"): its recruitment is still running. Excludes
   * every flaw of the station, so it is drawn last.
   */
  STRUCTURE_TRINITY(SubjectKind.COMMUNITY, 0.02, "服务站尚未组建", "no service station yet", RuleId.STRUCTURE_TRINITY);

  private final SubjectKind subjectKind;
  private final double defaultRate;
  private final String nameZh;
  private final String nameEn;
  private final ImmutableSet<RuleId> ruleIds;

  Flaw(SubjectKind subjectKind, double defaultRate, String nameZh, String nameEn, RuleId... ruleIds) {
    this.subjectKind = subjectKind;
    this.defaultRate = defaultRate;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.ruleIds = ImmutableSet.copyOf(ruleIds);
  }

  /** Returns the rules the seed's reference checker reports on a community with this flaw. */
  public ImmutableSet<RuleId> ruleIds() {
    return ruleIds;
  }

  /** Returns the kind of subject those findings are about. */
  public SubjectKind subjectKind() {
    return subjectKind;
  }

  /** Returns the share of communities drawn with this flaw by default. */
  public double defaultRate() {
    return defaultRate;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** Returns true if a community cannot have both this flaw and {@code other}. */
  public boolean excludes(Flaw other) {
    return conflict(this, other) || conflict(other, this);
  }

  private static boolean conflict(Flaw a, Flaw b) {
    return switch (a) {
      // the chair who is secretary cannot also be the qualified chair who is not; the probationary secretary is not the chair
      case CONCURRENT_POSTS -> b == CONCURRENT_POSTS_AVAILABLE || b == SECRETARY_MEMBERSHIP;
      // a station of the wrong size has the wrong posts already
      case STATION_SIZE -> b == STATION_POSTS;
      case STRUCTURE_TRINITY -> b.isAboutTheStation();
      default -> false;
    };
  }

  private boolean isAboutTheStation() {
    return switch (this) {
      case RECRUIT_AGE, RECRUIT_EDUCATION, RECRUIT_PROCESS, STATION_SIZE, STATION_POSTS, APPOINTMENT_TERM,
          STATION_REPORTING -> true;
      case SECRETARY_FULL_TIME, SECRETARY_MEMBERSHIP, CONCURRENT_POSTS, CONCURRENT_POSTS_AVAILABLE, COMMITTEE_SIZE,
          COMMITTEE_TERM, COMMUNITY_HOUSEHOLDS, ASSEMBLY_COMPOSITION, STRUCTURE_TRINITY -> false;
    };
  }
}
