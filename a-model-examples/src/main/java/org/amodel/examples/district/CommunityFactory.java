package org.amodel.examples.district;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
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
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StageResult;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.model.StationPost;
import org.amodel.core.model.Term;
import org.amodel.core.model.TieKind;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.recruitment.RecruitmentProcess;
import org.amodel.examples.district.SyntheticDistrict.CommunityPlan;
import org.amodel.examples.district.SyntheticDistrict.Numerals;
import org.amodel.examples.district.SyntheticDistrict.Options;

/**
 * Builds one synthetic community from its plan. Every draw comes from the plan's seed, in a fixed
 * order, so the same plan gives the same community. Numbers are chosen to sit inside the seed's
 * limits, often on them, unless a {@link Flaw} says to cross them.
 */
final class CommunityFactory {
  /** The seed's parameters: the committee's term and the station's contracts follow them. */
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();

  private static final String[] JOBS = {"会计", "出纳", "技术员", "营业员", "教师", "保管员"};
  private static final LocalDate[] RESIDENT_SINCE = {
    LocalDate.of(1978, 6, 1), LocalDate.of(1985, 1, 1), LocalDate.of(1992, 5, 1), LocalDate.of(1998, 10, 1),
    LocalDate.of(2003, 6, 1), LocalDate.of(2005, 1, 15),
  };
  private static final String[][] MATTERS = {
    {"城市居民最低生活保障复核", "流动人口登记", "计划生育服务证办理", "再就业优惠证审核", "老龄人口信息采集"},
    {"院落停车秩序管理办法", "楼道卫生轮值公约", "居民公约修订", "物业服务评议"},
    {"楼道照明改造", "小区绿地补植", "化粪池清掏", "健身器材安装"},
    {"空巢老人结对帮扶", "下岗职工技能培训", "暑期青少年活动", "便民维修服务"},
    {"保持共产党员先进性教育活动", "在职党员进社区报到", "党员承诺践诺"},
    {"驻区单位操场节假日向居民开放", "警民共建治安巡逻", "双拥共建慰问", "社区文化节"},
  };

  private final Options o;
  private final CommunityPlan plan;
  private final SplittableRandom r;
  private final String cid;
  private final LocalDate asOf;
  private final List<Person> people = new ArrayList<>();
  private final List<Household> households = new ArrayList<>();
  private final List<Assessment> assessments = new ArrayList<>();
  private final ImmutableList<ImmutableList<CommunityTie>> residenceTies;
  private final String[] roads;
  private final String[] lanes;
  private int flatsPerCompound;
  private int nextPerson;

  // the timeline
  private LocalDate election;
  private Term committeeTerm;
  private RecruitmentSchedule recruitment;
  private LocalDate reference;
  private LocalDate reviewed;
  private LocalDate examined;
  private LocalDate interviewed;
  private LocalDate appointed;

  CommunityFactory(Options options, CommunityPlan plan) {
    this.o = options;
    this.plan = plan;
    this.r = new SplittableRandom(plan.seed());
    this.cid = plan.id();
    this.asOf = options.asOf();
    ImmutableList.Builder<ImmutableList<CommunityTie>> ties = ImmutableList.builder();
    for (LocalDate since : RESIDENT_SINCE) {
      ties.add(ImmutableList.of(new CommunityTie(TieKind.RESIDENCE, cid, DateRange.since(since))));
    }
    this.residenceTies = ties.build();
    int compounds = 2 + r.nextInt(4);
    this.roads = new String[compounds];
    this.lanes = new String[compounds];
    for (int i = 0; i < compounds; i++) {
      roads[i] = Invented.road(r);
      lanes[i] = String.valueOf(10 + r.nextInt(240));
    }
  }

  private boolean has(Flaw flaw) {
    return plan.flaws().contains(flaw);
  }

  private enum Secretary { SECONDED, CONCURRENT, LOCAL }

  Community build() {
    schedule();
    Secretary arrangement = arrangement();

    int householdCount = householdCount();
    List<Person> committeeMembers = committeeMembers(arrangement);
    Person localSecretary = arrangement == Secretary.LOCAL ? localSecretary() : null;
    int special = committeeMembers.size() + (localSecretary == null ? 0 : 1);
    int ordinary = householdCount - special;
    flatsPerCompound = (householdCount + roads.length - 1) / roads.length;

    int groups = clamp(householdCount / 40, 3, 15);
    int grids = clamp(Math.round(householdCount / 120f), 2, 6);
    int[] groupRepresentatives = pickInBlocks(ordinary, groups);
    int[] gridSecretaries = pickInBlocks(ordinary, grids);
    boolean[] partyMember = new boolean[ordinary];
    for (int g : gridSecretaries) {
      partyMember[g] = true;
    }
    List<String> ordinaryIds = ordinaryHouseholds(ordinary, partyMember);
    committeeHouseholds(committeeMembers, localSecretary, ordinary);

    ResidentsCommittee committee = committee(committeeMembers);
    Person chair = committeeMembers.get(0);
    Appointment secretary = secretary(arrangement, chair, localSecretary);
    List<GridBranch> branches = new ArrayList<>();
    for (int g = 0; g < grids; g++) {
      branches.add(new GridBranch(cid + "-party-grid" + (g + 1), "第" + Numerals.of(g + 1) + "网格党支部",
          ordinaryIds.get(gridSecretaries[g])));
    }
    PartyOrganisation party = PartyOrganisation.of(cid + "-party", PartyOrganisationKind.GENERAL_BRANCH, secretary,
        branches);

    String assemblyId = cid + "-assembly";
    RepresentativeAssembly assembly = assembly(assemblyId, ordinaryIds, groupRepresentatives);
    List<Recruitment> recruitments = new ArrayList<>();
    List<ServiceStation> stations = new ArrayList<>();
    if (has(Flaw.STRUCTURE_TRINITY)) {
      recruitments.add(recruitmentUnderway());
    } else {
      stations.add(station(assemblyId, recruitments));
    }

    return Community.builder(cid, plan.name(), type(), plan.office())
        .people(people)
        .households(households)
        .partyOrganisations(List.of(party))
        .residentsCommittees(List.of(committee))
        .serviceStations(stations)
        .assemblies(List.of(assembly))
        .recruitments(recruitments)
        .assessments(assessments)
        .matters(matters())
        .build();
  }

  // ---------------------------------------------------------------- timeline and shape

  /** The election within four weeks of the community's start; the recruitment after it, stage by stage. */
  private void schedule() {
    LocalDate start = plan.pilot() ? o.pilotStart() : o.rolloutStart();
    election = start.plusDays(3 + r.nextInt(25));
    int years = SEED.find(Parameters.COMMITTEE_TERM_YEARS, election).orElse(3);
    committeeTerm = has(Flaw.COMMITTEE_TERM)
        ? Term.of(election, election.plusYears(years).minusMonths(1 + r.nextInt(6)))
        : Term.ofYears(election, years);
    recruitment = RecruitmentSchedule.after(r, election); // appointed at most 27 + 61 = 88 days after the start
    reference = recruitment.reference();
    reviewed = recruitment.reviewed();
    examined = recruitment.examined();
    interviewed = recruitment.interviewed();
    appointed = recruitment.appointed();
  }

  private Secretary arrangement() {
    if (has(Flaw.CONCURRENT_POSTS)) {
      return Secretary.CONCURRENT;
    }
    if (has(Flaw.SECRETARY_MEMBERSHIP)) {
      return Secretary.LOCAL;
    }
    double u = r.nextDouble();
    double seconded = o.secondedSecretaryShare();
    double concurrent = o.concurrentPostsShare();
    if (has(Flaw.CONCURRENT_POSTS_AVAILABLE)) {
      double rest = 1.0 - concurrent;
      return rest > 0 && u * rest < seconded ? Secretary.SECONDED : Secretary.LOCAL;
    }
    return u < seconded ? Secretary.SECONDED : u < seconded + concurrent ? Secretary.CONCURRENT : Secretary.LOCAL;
  }

  private int householdCount() {
    int min = o.householdsMin();
    int max = o.householdsMax();
    if (has(Flaw.COMMUNITY_HOUSEHOLDS)) {
      int below = Math.max(24, (int) Math.ceil(min * 0.6));
      return r.nextBoolean() && below < min ? between(below, min - 1) : between(max + 1, max + Math.max(1, max / 5));
    }
    int u = r.nextInt(20);
    return u == 0 ? min : u == 1 ? max : between(min, max);
  }

  private CommunityType type() {
    int u = r.nextInt(10);
    return u < 5 ? CommunityType.GEOGRAPHIC : u < 8 ? CommunityType.BLOCK : CommunityType.WORK_UNIT;
  }

  // ---------------------------------------------------------------- households and people

  /** One index in each of {@code blocks} equal blocks of {@code n}, near the block's start. */
  private int[] pickInBlocks(int n, int blocks) {
    int[] picks = new int[blocks];
    int size = n / blocks;
    for (int b = 0; b < blocks; b++) {
      picks[b] = b * size + r.nextInt(Math.max(1, Math.min(size, 10)));
    }
    return picks;
  }

  /** The ordinary households, each listing only its representative; returns the representatives' ids. */
  private List<String> ordinaryHouseholds(int count, boolean[] partyMember) {
    List<String> ids = new ArrayList<>(count);
    long asOfDay = asOf.toEpochDay();
    for (int k = 0; k < count; k++) {
      LocalDate birth = LocalDate.ofEpochDay(asOfDay - 365L * 22 - r.nextInt(365 * 64));
      int year = birth.getYear();
      String id = newPersonId();
      Optional<PartyMembership> membership = Optional.empty();
      if (partyMember[k] || r.nextInt(12) == 0) {
        membership = Optional.of(fullSince(birth, 20 + r.nextInt(8)));
      }
      people.add(new Person(id, Invented.name(r, year), birth, Invented.education(year, r.nextInt(20)), membership,
          ImmutableList.of(), residenceFrom(birth, RESIDENT_SINCE.length)));
      households.add(new Household(cid + "-h" + (households.size() + 1), address(households.size()), id,
          ImmutableSet.of(id)));
      ids.add(id);
    }
    return ids;
  }

  /** The committee members' households (the chair's with a spouse) and the resident secretary's. */
  private void committeeHouseholds(List<Person> members, Person localSecretary, int ordinary) {
    List<Person> residents = new ArrayList<>(members);
    if (localSecretary != null) {
      residents.add(localSecretary);
    }
    for (int i = 0; i < residents.size(); i++) {
      Person p = residents.get(i);
      people.add(p);
      ImmutableSet<String> memberIds = ImmutableSet.of(p.id());
      if (i == 0) {
        Person spouse = adult(p.birthDate().getYear() - 2 + r.nextInt(5), residenceTies.get(1));
        people.add(spouse);
        memberIds = ImmutableSet.of(p.id(), spouse.id());
      }
      households.add(new Household(cid + "-h" + (households.size() + 1), address(households.size()), p.id(),
          memberIds));
    }
  }

  private String address(int flat) {
    int compound = Math.min(flat / flatsPerCompound, roads.length - 1);
    return Invented.flat(roads[compound], lanes[compound], flat - compound * flatsPerCompound, 3, 12);
  }

  private String newPersonId() {
    return cid + "-p" + (++nextPerson);
  }

  /** A person born in {@code year} with the given ties and a typical education. */
  private Person adult(int year, ImmutableList<CommunityTie> ties) {
    LocalDate birth = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
    return new Person(newPersonId(), Invented.name(r, year), birth, Invented.education(year, r.nextInt(20)),
        Optional.empty(), ImmutableList.of(), ties);
  }

  /** A full membership from admission at about {@code ageAdmitted}, and no later than 400 days before the as-of date. */
  private PartyMembership fullSince(LocalDate birth, int ageAdmitted) {
    LocalDate admitted = birth.plusYears(ageAdmitted).plusDays(r.nextInt(300));
    LocalDate latest = asOf.minusDays(400);
    if (admitted.isAfter(latest)) {
      admitted = latest.isBefore(birth) ? birth : latest;
    }
    return PartyMembership.full(admitted, admitted.plusYears(1));
  }

  /** The shared residence tie of a date drawn from the community's history, no earlier than {@code birth}. */
  private ImmutableList<CommunityTie> residenceFrom(LocalDate birth, int choices) {
    int i = r.nextInt(choices);
    while (i < RESIDENT_SINCE.length - 1 && RESIDENT_SINCE[i].isBefore(birth)) {
      i++;
    }
    return residenceTies.get(i);
  }

  private CommunityTie work(LocalDate since) {
    return new CommunityTie(TieKind.WORK, cid, DateRange.since(since));
  }

  // ---------------------------------------------------------------- the residents' committee

  /**
   * The committee's members, chair first: 5–9 (on the bounds one time in three), or as the
   * COMMITTEE_SIZE flaw has it; the chair's Party standing as the secretary arrangement needs.
   */
  private List<Person> committeeMembers(Secretary arrangement) {
    int size;
    if (has(Flaw.COMMITTEE_SIZE)) {
      int u = r.nextInt(5);
      size = u < 2 ? 4 : u == 2 ? 10 : between(5, 7);
    } else {
      int[] sizes = {5, 5, 5, 5, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 8, 8, 8, 9, 9};
      size = sizes[r.nextInt(sizes.length)];
    }
    List<Person> members = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      // mean age near the seed's 38.5; two in five with college or more (the seed's 38.1%)
      int age = i == 0 ? between(35, 56) : (between(24, 56) + between(24, 56)) / 2;
      LocalDate birth = election.minusYears(age).minusDays(r.nextInt(365));
      int u = r.nextInt(100);
      EducationLevel education = u < 30 ? EducationLevel.COLLEGE : u < 37 ? EducationLevel.BACHELOR
          : u < 38 ? EducationLevel.MASTER : u < 80 ? EducationLevel.SENIOR_SECONDARY : EducationLevel.JUNIOR_SECONDARY;
      Person p = new Person(newPersonId(), Invented.name(r, birth.getYear()), birth, education, Optional.empty(),
          ImmutableList.of(), residenceFrom(birth, 4));
      if (i > 0 && r.nextInt(3) == 0) {
        p = p.withPartyMembership(fullSince(birth, 22 + r.nextInt(10)));
      }
      members.add(p);
    }
    members.set(0, chair(members.get(0), arrangement));
    return members;
  }

  /**
   * The chair: a full Party member assessed before the concurrent appointment when they are to be
   * secretary too; otherwise, unless the CONCURRENT_POSTS_AVAILABLE flaw says so, one who does not
   * qualify (not a member, a probationary one, or not passed by the working committee).
   */
  private Person chair(Person chair, Secretary arrangement) {
    String committee = plan.office().workingCommittee().id();
    if (arrangement == Secretary.CONCURRENT || has(Flaw.CONCURRENT_POSTS_AVAILABLE)) {
      chair = chair.withPartyMembership(fullSince(chair.birthDate(), 23 + r.nextInt(8)));
      if (arrangement != Secretary.CONCURRENT) {
        assessments.add(new Assessment(cid + "-assessment-chair", chair.id(), committee,
            election.plusDays(1 + r.nextInt(10)), AssessmentOutcome.PASSED));
      }
      return chair;
    }
    int u = r.nextInt(20);
    if (u < 11) {
      return chair;
    }
    if (u < 13) {
      return chair.withPartyMembership(PartyMembership.probationary(asOf.minusDays(30 + r.nextInt(300))));
    }
    chair = chair.withPartyMembership(fullSince(chair.birthDate(), 23 + r.nextInt(8)));
    if (u >= 17) {
      assessments.add(new Assessment(cid + "-assessment-chair", chair.id(), committee,
          election.plusDays(1 + r.nextInt(10)), AssessmentOutcome.FAILED));
    }
    return chair;
  }

  private ResidentsCommittee committee(List<Person> members) {
    int size = members.size();
    int viceChairs = has(Flaw.COMMITTEE_SIZE) && size >= 5 && size <= 9 ? 0 : size >= 7 ? 1 + r.nextInt(2) : 1;
    List<CommitteeSeat> seats = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      CommitteePost post = i == 0 ? CommitteePost.CHAIR : i <= viceChairs ? CommitteePost.VICE_CHAIR
          : CommitteePost.MEMBER;
      seats.add(CommitteeSeat.of(members.get(i).id(), post, election));
    }
    return ResidentsCommittee.of(cid + "-rc6", committeeTerm, seats);
  }

  // ---------------------------------------------------------------- the Party organisation

  private Person localSecretary() {
    int age = between(42, 60);
    LocalDate birth = election.minusYears(age).minusDays(r.nextInt(365));
    EducationLevel education = r.nextBoolean() ? EducationLevel.COLLEGE : EducationLevel.SENIOR_SECONDARY;
    Person p = new Person(newPersonId(), Invented.name(r, birth.getYear()), birth, education, Optional.empty(),
        ImmutableList.of(), residenceFrom(birth, 4));
    p = has(Flaw.SECRETARY_MEMBERSHIP)
        ? p.withPartyMembership(PartyMembership.probationary(asOf.minusDays(30 + r.nextInt(300))))
        : p.withPartyMembership(fullSince(birth, 22 + r.nextInt(15)));
    if (has(Flaw.SECRETARY_FULL_TIME)) {
      return p.withOutsidePosts(List.of(unitJob(birth.plusYears(22))));
    }
    if (r.nextBoolean()) { // retired from a unit before taking the post
      LocalDate retired = election.minusDays(1 + r.nextInt(2000));
      return p.withOutsidePosts(List.of(new OutsidePost(Invented.unit(r), JOBS[r.nextInt(JOBS.length)],
          DateRange.between(birth.plusYears(20), retired))));
    }
    return p;
  }

  private OutsidePost unitJob(LocalDate since) {
    return new OutsidePost(Invented.unit(r), JOBS[r.nextInt(JOBS.length)], DateRange.since(since));
  }

  /** Appoints the secretary, adding the seconded official or updating the chair as the arrangement says. */
  private Appointment secretary(Secretary arrangement, Person chair, Person localSecretary) {
    String committee = plan.office().workingCommittee().id();
    switch (arrangement) {
      case CONCURRENT -> {
        LocalDate assessedOn = election.plusDays(1 + r.nextInt(6));
        LocalDate since = assessedOn.plusDays(1 + r.nextInt(7));
        if (!has(Flaw.CONCURRENT_POSTS) && r.nextInt(4) == 0) {
          since = assessedOn.plusDays(1); // the day after the assessment: the earliest the rule allows
        }
        if (has(Flaw.CONCURRENT_POSTS)) {
          int u = r.nextInt(5);
          if (u < 2) {
            since = assessedOn; // assessed on the day of the appointment, not before it
            assessments.add(new Assessment(cid + "-assessment-chair", chair.id(), committee, assessedOn,
                AssessmentOutcome.PASSED));
          } else if (u == 2) {
            assessments.add(new Assessment(cid + "-assessment-chair", chair.id(), committee, assessedOn,
                AssessmentOutcome.FAILED));
          } // else: never assessed
        } else {
          assessments.add(new Assessment(cid + "-assessment-chair", chair.id(), committee, assessedOn,
              AssessmentOutcome.PASSED));
        }
        if (has(Flaw.SECRETARY_FULL_TIME)) {
          replace(chair.withOutsidePosts(List.of(unitJob(chair.birthDate().plusYears(22)))));
        }
        return Appointment.of(chair.id(), since);
      }
      case SECONDED -> {
        LocalDate since = election.plusDays(r.nextInt(11));
        int age = between(30, 50);
        LocalDate birth = since.minusYears(age).minusDays(r.nextInt(365));
        EducationLevel education = r.nextInt(3) == 0 ? EducationLevel.COLLEGE : EducationLevel.BACHELOR;
        LocalDate joined = birth.plusYears(22).plusDays(r.nextInt(200));
        DateRange service = has(Flaw.SECRETARY_FULL_TIME) ? DateRange.since(joined)
            : DateRange.between(joined, since.minusDays(1));
        Person official = Person.of(newPersonId(), Invented.name(r, birth.getYear()), birth, education)
            .withPartyMembership(fullSince(birth, 20 + r.nextInt(6)))
            .withOutsidePosts(List.of(new OutsidePost(Invented.bureau(r),
                Invented.bureauTitle(r), service)))
            .withCommunityTies(List.of(work(since)));
        people.add(official);
        if (r.nextBoolean()) {
          assessments.add(new Assessment(cid + "-assessment-secretary", official.id(), committee,
              since.minusDays(3 + r.nextInt(10)), AssessmentOutcome.PASSED));
        }
        return Appointment.of(official.id(), since);
      }
      case LOCAL -> {
        return Appointment.of(localSecretary.id(), election.plusDays(r.nextInt(11)));
      }
    }
    throw new AssertionError(arrangement);
  }

  private void replace(Person person) {
    for (int i = people.size() - 1; i >= 0; i--) {
      if (people.get(i).id().equals(person.id())) {
        people.set(i, person);
        return;
      }
    }
    throw new IllegalStateException("no person " + person.id());
  }

  // ---------------------------------------------------------------- the representative assembly

  private RepresentativeAssembly assembly(String id, List<String> ordinaryIds, int[] groupRepresentatives) {
    List<AssemblyRepresentative> reps = new ArrayList<>();
    boolean[] seated = new boolean[ordinaryIds.size()];
    boolean noGroups = has(Flaw.ASSEMBLY_COMPOSITION) && r.nextInt(10) < 3;
    int movedOut = has(Flaw.ASSEMBLY_COMPOSITION) && !noGroups ? r.nextInt(groupRepresentatives.length) : -1;
    for (int g = 0; g < groupRepresentatives.length && !noGroups; g++) {
      String constituency = "第" + Numerals.of(g + 1) + "居民小组";
      String personId;
      if (g == movedOut) { // moved out after the assembly was chosen; listed in no household
        LocalDate birth = asOf.minusYears(between(30, 70)).minusDays(r.nextInt(365));
        Person former = Person.of(newPersonId(), Invented.name(r, birth.getYear()), birth,
                Invented.education(birth.getYear(), r.nextInt(20)))
            .withCommunityTies(List.of(new CommunityTie(TieKind.RESIDENCE, cid,
                DateRange.between(LocalDate.of(1990, 1, 1), asOf.minusDays(20 + r.nextInt(60))))));
        people.add(former);
        personId = former.id();
      } else {
        seated[groupRepresentatives[g]] = true;
        personId = ordinaryIds.get(groupRepresentatives[g]);
      }
      reps.add(new AssemblyRepresentative(personId, RepresentativeCategory.RESIDENTS_GROUP, constituency));
    }
    int units = between(2, 9); // the seed: 359 unit representatives in 66 communities
    for (int u = 0; u < units; u++) {
      String unit = Invented.unit(r);
      LocalDate birth = asOf.minusYears(between(35, 58)).minusDays(r.nextInt(365));
      Person rep = Person.of(newPersonId(), Invented.name(r, birth.getYear()), birth,
              r.nextBoolean() ? EducationLevel.BACHELOR : EducationLevel.COLLEGE)
          .withOutsidePosts(List.of(new OutsidePost(unit, Invented.unitTitle(r),
              DateRange.since(birth.plusYears(30)))))
          .withCommunityTies(List.of(work(birth.plusYears(30))));
      if (r.nextInt(5) < 3) {
        rep = rep.withPartyMembership(fullSince(birth, 24 + r.nextInt(8)));
      }
      people.add(rep);
      reps.add(new AssemblyRepresentative(rep.id(), RepresentativeCategory.UNIT, unit));
    }
    if (r.nextInt(10) < 9) {
      LocalDate birth = asOf.minusYears(between(26, 45)).minusDays(r.nextInt(365));
      LocalDate since = asOf.minusDays(200 + r.nextInt(2000));
      String station = plan.office().name().replace("街道办事处", "") + "派出所";
      Person officer = Person.of(newPersonId(), Invented.name(r, birth.getYear()), birth, EducationLevel.COLLEGE)
          .withOutsidePosts(List.of(new OutsidePost("济南市公安局市中区分局" + station, "社区民警",
              DateRange.since(since))))
          .withCommunityTies(List.of(work(since)));
      people.add(officer);
      reps.add(new AssemblyRepresentative(officer.id(), RepresentativeCategory.COMMUNITY_POLICE_OFFICER, station));
    }
    if (r.nextInt(20) < 7) {
      seatResident(reps, seated, ordinaryIds, RepresentativeCategory.PEOPLES_CONGRESS_DEPUTY, "市中区人民代表大会");
    }
    if (r.nextInt(20) < 3) {
      seatResident(reps, seated, ordinaryIds, RepresentativeCategory.CPPCC_MEMBER, "政协市中区委员会");
    }
    return RepresentativeAssembly.of(id, reps);
  }

  /** Seats the last household representative not seated yet. */
  private static void seatResident(List<AssemblyRepresentative> reps, boolean[] seated, List<String> ids,
      RepresentativeCategory category, String constituency) {
    for (int i = ids.size() - 1; i >= 0; i--) {
      if (!seated[i]) {
        seated[i] = true;
        reps.add(new AssemblyRepresentative(ids.get(i), category, constituency));
        return;
      }
    }
  }

  // ---------------------------------------------------------------- the service station

  private ServiceStation station(String assemblyId, List<Recruitment> recruitments) {
    List<StationPost> posts = posts();
    String recruitmentId = cid + "-recruitment";
    int n = posts.size();

    int overAge = has(Flaw.RECRUIT_AGE) ? r.nextInt(n) : -1;
    int secondOverAge = overAge >= 0 && n > 1 && r.nextInt(10) == 0 ? (overAge + 1) % n : -1;
    int underEducated = has(Flaw.RECRUIT_EDUCATION) ? r.nextInt(n) : -1;
    List<Person> appointees = new ArrayList<>();
    List<BigDecimal[]> scores = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int age = i == overAge || i == secondOverAge ? overAge() : cleanAge();
      LocalDate birth = birthForAge(reference, age);
      EducationLevel education = i == underEducated
          ? (r.nextInt(5) == 0 ? EducationLevel.JUNIOR_SECONDARY : EducationLevel.SENIOR_SECONDARY)
          : cleanEducation();
      Person p = Person.of(newPersonId(), Invented.name(r, birth.getYear()), birth, education)
          .withCommunityTies(List.of(work(appointed)));
      if (r.nextInt(10) < 3) {
        p = p.withPartyMembership(fullSince(birth, 20 + r.nextInt(5)));
      }
      appointees.add(p);
      scores.add(new BigDecimal[] {score(750, 960), score(750, 960)});
    }
    List<Integer> rank = RecruitmentSchedule.ranked(appointees, scores);

    int processFlaw = has(Flaw.RECRUIT_PROCESS) ? r.nextInt(10) : -1; // 0–3 internal, 4–6 no assessment, 7–9 failed interview
    int processVictim = r.nextInt(n);
    List<ApplicantRecord> applicants = new ArrayList<>();
    List<StationAppointment> appointments = new ArrayList<>();
    Term term = has(Flaw.APPOINTMENT_TERM)
        ? Term.ofYears(appointed, SEED.find(Parameters.STATION_TERM_YEARS_MAX, appointed).orElse(3))
        : RecruitmentProcess.term(SEED, appointed, committeeTerm);
    for (int place = 0; place < n; place++) {
      int i = rank.get(place);
      Person p = appointees.get(i);
      people.add(p);
      List<StageResult> stages = new ArrayList<>(passedAll(scores.get(i)[0], scores.get(i)[1]));
      if (i == processVictim && processFlaw >= 4) {
        if (processFlaw < 7) {
          stages.remove(3); // appointed before the organisational assessment
        } else {
          stages.set(2, StageResult.scored(RecruitmentStage.INTERVIEW, interviewed, StageOutcome.FAILED,
              score(520, 590)));
        }
      }
      applicants.add(ApplicantRecord.of(p.id(), stages));
      appointments.add(StationAppointment.recruited(p.id(), posts.get(place), term, recruitmentId));
    }
    applicants.addAll(unsuccessfulApplicants(1 + r.nextInt(4)));
    RecruitmentMethod method = processFlaw >= 0 && processFlaw < 4 ? RecruitmentMethod.INTERNAL : RecruitmentMethod.OPEN;
    recruitments.add(Recruitment.of(recruitmentId, method, recruitment.announced(), reference, applicants));

    String station = cid + "-station";
    if (has(Flaw.STATION_REPORTING)) {
      return r.nextInt(5) < 3
          ? ServiceStation.of(station, plan.otherOfficeId(), assemblyId, appointments)
          : new ServiceStation(station, plan.office().id(), Optional.empty(), ImmutableList.copyOf(appointments));
    }
    return ServiceStation.of(station, plan.office().id(), assemblyId, appointments);
  }

  /** The posts, in rank order: head, deputy, staff, or as the station's flaws have them. */
  private List<StationPost> posts() {
    List<StationPost> posts = new ArrayList<>(List.of(StationPost.HEAD, StationPost.DEPUTY_HEAD, StationPost.STAFF));
    if (has(Flaw.STATION_SIZE)) {
      int u = r.nextInt(4);
      if (u == 0) {
        posts.remove(StationPost.STAFF); // 2: no staff
      } else {
        int extra = u == 3 ? 3 : 2; // 5 (half the time) or 6
        for (int i = 0; i < extra; i++) {
          posts.add(StationPost.STAFF);
        }
      }
      return posts;
    }
    boolean four = r.nextInt(20) < 11;
    if (has(Flaw.STATION_POSTS)) {
      int u = r.nextInt(3);
      if (u == 0) { // no deputy head
        return four ? List.of(StationPost.HEAD, StationPost.STAFF, StationPost.STAFF, StationPost.STAFF)
            : List.of(StationPost.HEAD, StationPost.STAFF, StationPost.STAFF);
      }
      return u == 1 // two deputies, or two heads
          ? List.of(StationPost.HEAD, StationPost.DEPUTY_HEAD, StationPost.DEPUTY_HEAD, StationPost.STAFF)
          : List.of(StationPost.HEAD, StationPost.HEAD, StationPost.DEPUTY_HEAD, StationPost.STAFF);
    }
    if (four) {
      posts.add(StationPost.STAFF);
    }
    return posts;
  }

  private int cleanAge() {
    return Draws.recruitAge(r);
  }

  /** An age over the limit: 41–45 five times in six (a limit of 45 would let them through), else 46–47. */
  private int overAge() {
    int[] ages = {41, 41, 41, 42, 42, 43, 43, 44, 45, 45, 46, 47};
    return ages[r.nextInt(ages.length)];
  }

  private EducationLevel cleanEducation() {
    return Draws.recruitEducation(r);
  }

  private LocalDate birthForAge(LocalDate day, int age) {
    return Draws.birthForAge(r, day, age);
  }

  private BigDecimal score(int lowTenths, int highTenths) {
    return Draws.score(r, lowTenths, highTenths);
  }

  private List<StageResult> passedAll(BigDecimal written, BigDecimal interview) {
    return recruitment.passedAll(written, interview);
  }

  private List<ApplicantRecord> unsuccessfulApplicants(int count) {
    return recruitment.unsuccessful(r, count, this::newPersonId, people);
  }

  /** A recruitment still under way on the as-of date: reviewed and examined, no interview yet. */
  private Recruitment recruitmentUnderway() {
    List<ApplicantRecord> records = new ArrayList<>();
    int count = 4 + r.nextInt(5);
    for (int i = 0; i < count; i++) {
      LocalDate birth = birthForAge(reference, cleanAge());
      Person p = Person.of(newPersonId(), Invented.name(r, birth.getYear()), birth, cleanEducation());
      people.add(p);
      records.add(ApplicantRecord.of(p.id(), List.of(
          StageResult.passed(RecruitmentStage.QUALIFICATION_REVIEW, reviewed),
          StageResult.scored(RecruitmentStage.WRITTEN_EXAM, examined, StageOutcome.PASSED, score(600, 950)))));
    }
    return Recruitment.of(cid + "-recruitment", RecruitmentMethod.OPEN, recruitment.announced(), reference, records);
  }

  // ---------------------------------------------------------------- matters

  private List<Matter> matters() {
    List<Matter> matters = new ArrayList<>();
    int count = 3 + r.nextInt(4);
    int days = (int) ChronoUnit.DAYS.between(election, asOf);
    MatterKind[] kinds = MatterKind.values();
    for (int i = 0; i < count; i++) {
      int k = (i + r.nextInt(2)) % kinds.length;
      String[] titles = MATTERS[k];
      matters.add(new Matter(cid + "-m" + (i + 1), titles[r.nextInt(titles.length)], kinds[k],
          election.plusDays(r.nextInt(days + 1))));
    }
    return matters;
  }

  // ---------------------------------------------------------------- draws

  private int between(int low, int high) {
    return Draws.between(r, low, high);
  }

  private static int clamp(int value, int low, int high) {
    return Math.max(low, Math.min(high, value));
  }
}
