package org.amodel.examples.pilot;

import static org.amodel.core.model.RecruitmentStage.INTERVIEW;
import static org.amodel.core.model.RecruitmentStage.ORGANISATIONAL_ASSESSMENT;
import static org.amodel.core.model.RecruitmentStage.QUALIFICATION_REVIEW;
import static org.amodel.core.model.RecruitmentStage.WRITTEN_EXAM;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Appointment;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityTie;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.GridBranch;
import org.amodel.core.model.Household;
import org.amodel.core.model.Matter;
import org.amodel.core.model.MatterKind;
import org.amodel.core.model.OutsidePost;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.PartyOrganisationKind;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.RecruitmentMethod;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StageResult;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.model.StationPost;
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.core.model.SubdistrictPartyWorkingCommittee;
import org.amodel.core.model.Term;
import org.amodel.core.model.TieKind;

/**
 * One community of the Ganshiqiao (杆石桥) pilot of the seed report, as it stood at the end of
 * November 2005, when the district expected the reform to be complete.
 *
 * <p>The subdistrict and the shape follow the seed: a Party general branch with grid branches, a
 * residents' committee of the sixth election (September 2005, three-year term), a service station of
 * four recruited in the open in October 2005, a representative assembly with residents' group,
 * unit, people's congress and police representatives. The community's name, people, addresses and
 * numbers are invented, and every run builds the same community.
 *
 * <p>Like a real community it is not perfect: one station member was 41 on the recruitment's
 * reference date, and the working committee seconded an official as secretary although the elected
 * chair had passed its assessment for the concurrent posts.
 *
 * <pre>{@code
 * Community c = PilotCommunity.build();
 * List<Finding> findings = ReferenceChecker.seed().check(c, PilotCommunity.AS_OF);
 * }</pre>
 */
public final class PilotCommunity {
  private PilotCommunity() {}

  /** The date the community is checked as of: the end of November 2005. */
  public static final LocalDate AS_OF = LocalDate.of(2005, 11, 30);

  public static final String OFFICE_ID = "ganshiqiao";
  public static final String WORKING_COMMITTEE_ID = "ganshiqiao-pwc";
  public static final String COMMUNITY_ID = "jingsilu";
  public static final String PARTY_ID = "jingsilu-party";
  public static final String COMMITTEE_ID = "jingsilu-rc6";
  public static final String STATION_ID = "jingsilu-station";
  public static final String ASSEMBLY_ID = "jingsilu-assembly";
  public static final String RECRUITMENT_ID = "ganshiqiao-2005-recruitment";

  /** The secretary of the general branch: an official seconded from the district civil affairs bureau. */
  public static final String SECRETARY_ID = "zhao.lixin";
  /** The committee chair: a full Party member who passed the working committee's assessment. */
  public static final String CHAIR_ID = "liu.guifang";
  /** A station staff member who was 41 on the recruitment's reference date. */
  public static final String OVER_AGE_STAFF_ID = "gao.yumei";

  /** The number of ordinary households generated; the committee members' households come on top. */
  static final int GENERATED_HOUSEHOLDS = 460;
  static final int RESIDENTS_GROUPS = 12;
  static final int GRID_BRANCHES = 4;

  private static final LocalDate ELECTION_DAY = LocalDate.of(2005, 9, 18);
  private static final Term COMMITTEE_TERM = Term.ofYears(ELECTION_DAY, 3);
  private static final LocalDate SECRETARY_SINCE = LocalDate.of(2005, 9, 26);
  private static final LocalDate ANNOUNCED = LocalDate.of(2005, 9, 26);
  private static final LocalDate REFERENCE_DATE = LocalDate.of(2005, 9, 30);
  private static final LocalDate REVIEWED = LocalDate.of(2005, 10, 10);
  private static final LocalDate EXAMINED = LocalDate.of(2005, 10, 16);
  private static final LocalDate INTERVIEWED = LocalDate.of(2005, 10, 23);
  private static final LocalDate ASSESSED = LocalDate.of(2005, 10, 28);
  private static final LocalDate APPOINTED = LocalDate.of(2005, 11, 1);

  /** Returns the Ganshiqiao subdistrict office and its Party working committee. */
  public static SubdistrictOffice office() {
    return new SubdistrictOffice(OFFICE_ID, "杆石桥街道办事处",
        new SubdistrictPartyWorkingCommittee(WORKING_COMMITTEE_ID, "中共济南市市中区杆石桥街道工作委员会"));
  }

  /** Returns the pilot community; the same community on every call. */
  public static Community build() {
    Residents residents = Residents.generate(COMMUNITY_ID, GENERATED_HOUSEHOLDS);
    List<Person> people = new ArrayList<>(residents.people());
    List<Household> households = new ArrayList<>(residents.households());
    int next = GENERATED_HOUSEHOLDS + 1;

    // The Party general branch: a seconded official as full-time secretary.
    people.add(Person.of(SECRETARY_ID, "赵立新", LocalDate.of(1968, 4, 15), EducationLevel.BACHELOR)
        .withPartyMembership(PartyMembership.full(LocalDate.of(1990, 5, 20), LocalDate.of(1991, 5, 20)))
        .withOutsidePosts(List.of(new OutsidePost("济南市市中区民政局", "基层政权科副科长",
            DateRange.between(LocalDate.of(1991, 7, 1), SECRETARY_SINCE.minusDays(1)))))
        .withCommunityTies(List.of(work(SECRETARY_SINCE))));

    // The residents' committee of the sixth election: 1 chair, 2 vice-chairs, 4 members, all residents.
    Person chair = Person.of(CHAIR_ID, "刘桂芳", LocalDate.of(1958, 11, 2), EducationLevel.COLLEGE)
        .withPartyMembership(PartyMembership.full(LocalDate.of(1984, 6, 28), LocalDate.of(1985, 6, 28)));
    Person chairsHusband = Person.of("zheng.guoqiang", "郑国强", LocalDate.of(1956, 3, 9),
        EducationLevel.SENIOR_SECONDARY);
    List<Person> committee = List.of(
        chair,
        Person.of("sun.jianhua", "孙建华", LocalDate.of(1963, 2, 14), EducationLevel.SENIOR_SECONDARY),
        Person.of("chen.jing", "陈静", LocalDate.of(1972, 10, 9), EducationLevel.COLLEGE)
            .withPartyMembership(PartyMembership.full(LocalDate.of(1996, 7, 1), LocalDate.of(1997, 7, 1))),
        Person.of("ma.zhigang", "马志刚", LocalDate.of(1966, 7, 30), EducationLevel.SENIOR_SECONDARY),
        Person.of("zhou.li", "周丽", LocalDate.of(1975, 3, 12), EducationLevel.BACHELOR),
        Person.of("wu.deshun", "吴德顺", LocalDate.of(1949, 12, 1), EducationLevel.JUNIOR_SECONDARY),
        Person.of("yang.fan", "杨帆", LocalDate.of(1980, 6, 25), EducationLevel.COLLEGE));
    for (Person p : committee) {
      Person resident = p.withCommunityTies(List.of(residence(LocalDate.of(1992, 5, 1))));
      people.add(resident);
      // ImmutableSet keeps the order given; Set.of would order the members differently on each run
      Set<String> members = p == chair ? ImmutableSet.of(p.id(), chairsHusband.id()) : ImmutableSet.of(p.id());
      households.add(Household.of(Residents.householdId(next), Residents.address(next), p.id(), members));
      next++;
    }
    people.add(chairsHusband.withCommunityTies(List.of(residence(LocalDate.of(1992, 5, 1)))));
    List<CommitteeSeat> seats = new ArrayList<>();
    seats.add(CommitteeSeat.of(CHAIR_ID, CommitteePost.CHAIR, ELECTION_DAY));
    seats.add(CommitteeSeat.of("sun.jianhua", CommitteePost.VICE_CHAIR, ELECTION_DAY));
    seats.add(CommitteeSeat.of("chen.jing", CommitteePost.VICE_CHAIR, ELECTION_DAY));
    for (String member : List.of("ma.zhigang", "zhou.li", "wu.deshun", "yang.fan")) {
      seats.add(CommitteeSeat.of(member, CommitteePost.MEMBER, ELECTION_DAY));
    }

    // The people's congress deputy lives here; the unit representative and the police officer work here.
    Person deputy = Person.of("huang.yongfu", "黄永福", LocalDate.of(1955, 8, 19), EducationLevel.COLLEGE)
        .withCommunityTies(List.of(residence(LocalDate.of(1988, 10, 1))));
    people.add(deputy);
    households.add(Household.of(Residents.householdId(next), Residents.address(next), deputy.id(),
        ImmutableSet.of(deputy.id())));
    people.add(Person.of("tian.zhiqiang", "田志强", LocalDate.of(1962, 5, 5), EducationLevel.BACHELOR)
        .withPartyMembership(PartyMembership.full(LocalDate.of(1986, 12, 1), LocalDate.of(1987, 12, 1)))
        .withOutsidePosts(List.of(new OutsidePost("济南市经四路小学", "校长", DateRange.since(LocalDate.of(1999, 8, 1)))))
        .withCommunityTies(List.of(work(LocalDate.of(1996, 9, 1)))));
    people.add(Person.of("cao.jun", "曹军", LocalDate.of(1973, 1, 27), EducationLevel.COLLEGE)
        .withOutsidePosts(List.of(new OutsidePost("济南市公安局市中区分局杆石桥派出所", "社区民警",
            DateRange.since(LocalDate.of(2003, 3, 1)))))
        .withCommunityTies(List.of(work(LocalDate.of(2003, 3, 1)))));

    // The open recruitment: eight applicants, four appointed.
    List<ApplicantRecord> applicants = new ArrayList<>();
    people.add(appointee("li.na", "李娜", LocalDate.of(1976, 5, 20), EducationLevel.BACHELOR));
    applicants.add(ApplicantRecord.of("li.na", passedAll("88.5", "91.0")));
    people.add(appointee("zhang.wei", "张伟", LocalDate.of(1974, 8, 3), EducationLevel.COLLEGE));
    applicants.add(ApplicantRecord.of("zhang.wei", passedAll("84.0", "87.5")));
    people.add(appointee("wang.lei", "王磊", LocalDate.of(1981, 1, 15), EducationLevel.COLLEGE));
    applicants.add(ApplicantRecord.of("wang.lei", passedAll("79.5", "83.0")));
    // Born in June 1964: 41 on the reference date, yet the qualification review let her through.
    people.add(appointee(OVER_AGE_STAFF_ID, "高玉梅", LocalDate.of(1964, 6, 21), EducationLevel.COLLEGE));
    applicants.add(ApplicantRecord.of(OVER_AGE_STAFF_ID, passedAll("81.0", "80.5")));
    people.add(applicant("xu.chao", "徐超", LocalDate.of(1983, 4, 2), EducationLevel.COLLEGE));
    applicants.add(ApplicantRecord.of("xu.chao", List.of(
        StageResult.passed(QUALIFICATION_REVIEW, REVIEWED),
        StageResult.scored(WRITTEN_EXAM, EXAMINED, StageOutcome.FAILED, new BigDecimal("58.5")))));
    people.add(applicant("guo.min", "郭敏", LocalDate.of(1979, 9, 17), EducationLevel.BACHELOR));
    applicants.add(ApplicantRecord.of("guo.min", List.of(
        StageResult.passed(QUALIFICATION_REVIEW, REVIEWED),
        StageResult.scored(WRITTEN_EXAM, EXAMINED, StageOutcome.PASSED, new BigDecimal("76.0")),
        new StageResult(INTERVIEW, INTERVIEWED, StageOutcome.WITHDREW, Optional.empty()))));
    people.add(applicant("he.yang", "何洋", LocalDate.of(1985, 12, 8), EducationLevel.COLLEGE));
    applicants.add(ApplicantRecord.of("he.yang", List.of(
        StageResult.passed(QUALIFICATION_REVIEW, REVIEWED),
        StageResult.scored(WRITTEN_EXAM, EXAMINED, StageOutcome.PASSED, new BigDecimal("74.5")),
        StageResult.scored(INTERVIEW, INTERVIEWED, StageOutcome.FAILED, new BigDecimal("66.0")))));
    people.add(applicant("luo.xiaodong", "罗晓东", LocalDate.of(1970, 2, 11), EducationLevel.SENIOR_SECONDARY));
    applicants.add(ApplicantRecord.of("luo.xiaodong", List.of(
        new StageResult(QUALIFICATION_REVIEW, REVIEWED, StageOutcome.FAILED, Optional.empty()))));
    Recruitment recruitment = Recruitment.of(RECRUITMENT_ID, RecruitmentMethod.OPEN, ANNOUNCED, REFERENCE_DATE,
        applicants);

    // The station's appointments end with the committee's term.
    Term appointment = Term.of(APPOINTED, COMMITTEE_TERM.end());
    ServiceStation station = ServiceStation.of(STATION_ID, OFFICE_ID, ASSEMBLY_ID, List.of(
        StationAppointment.recruited("li.na", StationPost.HEAD, appointment, RECRUITMENT_ID),
        StationAppointment.recruited("zhang.wei", StationPost.DEPUTY_HEAD, appointment, RECRUITMENT_ID),
        StationAppointment.recruited("wang.lei", StationPost.STAFF, appointment, RECRUITMENT_ID),
        StationAppointment.recruited(OVER_AGE_STAFF_ID, StationPost.STAFF, appointment, RECRUITMENT_ID)));

    return Community.builder(COMMUNITY_ID, "经四路社区", CommunityType.GEOGRAPHIC, office())
        .people(people)
        .households(households)
        .partyOrganisations(List.of(PartyOrganisation.of(PARTY_ID, PartyOrganisationKind.GENERAL_BRANCH,
            Appointment.of(SECRETARY_ID, SECRETARY_SINCE), gridBranches())))
        .residentsCommittees(List.of(ResidentsCommittee.of(COMMITTEE_ID, COMMITTEE_TERM, seats)))
        .serviceStations(List.of(station))
        .assemblies(List.of(assembly()))
        .recruitments(List.of(recruitment))
        .assessments(List.of(
            new Assessment("ganshiqiao-2005-assessment-03", SECRETARY_ID, WORKING_COMMITTEE_ID,
                LocalDate.of(2005, 9, 8), AssessmentOutcome.PASSED),
            new Assessment("ganshiqiao-2005-assessment-11", CHAIR_ID, WORKING_COMMITTEE_ID,
                LocalDate.of(2005, 9, 22), AssessmentOutcome.PASSED)))
        .matters(matters())
        .build();
  }

  /** Returns the community's matters of autumn 2005, one of each kind the "A" routes. */
  public static List<Matter> matters() {
    return List.of(
        new Matter("m2005-01", "2005年度城市居民最低生活保障复核", MatterKind.GOVERNMENT_ASSIGNED,
            LocalDate.of(2005, 10, 10)),
        new Matter("m2005-02", "经四路186号院停车秩序管理办法", MatterKind.SELF_GOVERNANCE, LocalDate.of(2005, 10, 18)),
        new Matter("m2005-03", "纬一路45号院楼道照明改造", MatterKind.ASSEMBLY_RESOLUTION, LocalDate.of(2005, 11, 5)),
        new Matter("m2005-04", "空巢老人结对帮扶志愿服务", MatterKind.RESIDENT_SERVICE, LocalDate.of(2005, 11, 8)),
        new Matter("m2005-05", "保持共产党员先进性教育活动", MatterKind.PARTY_BUILDING, LocalDate.of(2005, 11, 15)),
        new Matter("m2005-06", "经四路小学操场节假日向居民开放(共驻共建)", MatterKind.SOCIAL_COORDINATION,
            LocalDate.of(2005, 11, 20)));
  }

  /** Four grid branches, each led by the first Party member among its households' representatives. */
  private static List<GridBranch> gridBranches() {
    String[] numerals = {"一", "二", "三", "四"};
    int perGrid = GENERATED_HOUSEHOLDS / GRID_BRANCHES;
    List<GridBranch> branches = new ArrayList<>();
    for (int g = 0; g < GRID_BRANCHES; g++) {
      int number = g * perGrid + 1;
      while (!Residents.isPartyMember(number)) {
        number++;
      }
      branches.add(new GridBranch(PARTY_ID + "-grid" + (g + 1), "第" + numerals[g] + "网格党支部",
          Residents.representativeId(number)));
    }
    return branches;
  }

  /** The representative assembly: one representative per residents' group, and the invited members. */
  private static RepresentativeAssembly assembly() {
    String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    int perGroup = GENERATED_HOUSEHOLDS / RESIDENTS_GROUPS;
    List<AssemblyRepresentative> representatives = new ArrayList<>();
    for (int g = 0; g < RESIDENTS_GROUPS; g++) {
      representatives.add(new AssemblyRepresentative(Residents.representativeId(g * perGroup + 5),
          RepresentativeCategory.RESIDENTS_GROUP, "第" + numerals[g] + "居民小组"));
    }
    representatives.add(new AssemblyRepresentative("tian.zhiqiang", RepresentativeCategory.UNIT, "济南市经四路小学"));
    representatives.add(new AssemblyRepresentative("huang.yongfu", RepresentativeCategory.PEOPLES_CONGRESS_DEPUTY,
        "市中区人民代表大会"));
    representatives.add(new AssemblyRepresentative("cao.jun", RepresentativeCategory.COMMUNITY_POLICE_OFFICER,
        "杆石桥派出所"));
    return RepresentativeAssembly.of(ASSEMBLY_ID, representatives);
  }

  /** The four stages, passed on the recruitment's dates, with written-exam and interview scores. */
  private static List<StageResult> passedAll(String written, String interview) {
    return List.of(
        StageResult.passed(QUALIFICATION_REVIEW, REVIEWED),
        StageResult.scored(WRITTEN_EXAM, EXAMINED, StageOutcome.PASSED, new BigDecimal(written)),
        StageResult.scored(INTERVIEW, INTERVIEWED, StageOutcome.PASSED, new BigDecimal(interview)),
        StageResult.passed(ORGANISATIONAL_ASSESSMENT, ASSESSED));
  }

  private static Person applicant(String id, String name, LocalDate birth, EducationLevel education) {
    return Person.of(id, name, birth, education);
  }

  /** An applicant who was appointed and has worked in the community since. */
  private static Person appointee(String id, String name, LocalDate birth, EducationLevel education) {
    return applicant(id, name, birth, education).withCommunityTies(List.of(work(APPOINTED)));
  }

  private static CommunityTie residence(LocalDate since) {
    return new CommunityTie(TieKind.RESIDENCE, COMMUNITY_ID, DateRange.since(since));
  }

  private static CommunityTie work(LocalDate since) {
    return new CommunityTie(TieKind.WORK, COMMUNITY_ID, DateRange.since(since));
  }
}
