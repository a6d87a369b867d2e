package org.amodel.examples.district;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.amodel.core.election.Ballot;
import org.amodel.core.election.Candidate;
import org.amodel.core.election.Election;
import org.amodel.core.election.ElectionCount;
import org.amodel.core.election.ElectionResult;
import org.amodel.core.election.ElectionStatus;
import org.amodel.core.election.ElectionThresholds;
import org.amodel.core.election.Nomination;
import org.amodel.core.election.SeatPlan;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Appointment;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityTie;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Forum;
import org.amodel.core.model.ForumKind;
import org.amodel.core.model.ElectorateKind;
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
import org.amodel.core.model.StationAppointment;
import org.amodel.core.model.StationPost;
import org.amodel.core.model.Suggestion;
import org.amodel.core.model.Term;
import org.amodel.core.model.TieKind;
import org.amodel.core.model.UnitResource;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.recruitment.RecruitmentProcess;
import org.amodel.examples.district.SeedDistrict.MemberSpec;
import org.amodel.examples.district.SeedDistrict.Source;
import org.amodel.examples.district.SeedDistrict.Target;
import org.amodel.examples.district.SyntheticDistrict.Numerals;

/**
 * Builds the seed district's communities: an {@link Original} as it was before the scale
 * adjustment, and the {@link Reform} of a merged one. Every draw comes from the builder's own random
 * source, in a fixed order.
 */
final class SeedCommunities {
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();
  private static final String[] MATTERS = {"城市居民最低生活保障复核", "院落停车秩序管理办法", "楼道照明改造",
    "空巢老人结对帮扶", "在职党员进社区报到", "警民共建治安巡逻"};

  private static final String[] TOPICS = {"社区环境整治", "居民停车难", "老旧楼院改造", "社区治安", "便民服务网点",
    "空巢老人照料", "下岗职工再就业", "社区文化活动"};
  private static final String[] SUGGESTIONS = {"增设路灯", "疏通下水道", "规范停车", "开设老年食堂", "增加健身器材",
    "整治楼道杂物", "开放单位操场", "设立便民维修点", "组织治安巡逻", "改造公厕"};
  private static final String[] RESOURCES = {"操场", "会议室", "图书室", "活动室", "停车场", "礼堂", "篮球场", "食堂"};

  private SeedCommunities() {}

  /** The people and households a builder adds to, with ids under one prefix. */
  private abstract static class Builder {
    final SplittableRandom r;
    final String prefix;
    final List<Person> people = new ArrayList<>();
    final List<Household> households = new ArrayList<>();
    private int nextPerson;

    Builder(SplittableRandom r, String prefix) {
      this.r = r;
      this.prefix = prefix;
    }

    String newPersonId() {
      return prefix + "-p" + (++nextPerson);
    }

    int between(int low, int high) {
      return Draws.between(r, low, high);
    }

    /** A person {@code age} in full years on {@code day}. */
    Person personAged(int age, LocalDate day, EducationLevel education) {
      LocalDate birth = day.minusYears(age).minusDays(r.nextInt(365));
      return Person.of(newPersonId(), Invented.name(r, birth.getYear()), birth, education);
    }

    /** A full membership from admission at about {@code ageAdmitted}, no later than two years before {@code day}. */
    PartyMembership fullSince(LocalDate birth, int ageAdmitted, LocalDate day) {
      LocalDate admitted = birth.plusYears(ageAdmitted).plusDays(r.nextInt(300));
      LocalDate latest = day.minusYears(2);
      if (admitted.isAfter(latest)) {
        admitted = latest.isBefore(birth.plusYears(18)) ? birth.plusYears(18) : latest;
      }
      return PartyMembership.full(admitted, admitted.plusYears(1));
    }
  }

  // ------------------------------------------------------------------------------ the original community

  /**
   * One of the 84 communities before the adjustment: its households, the fifth-term committee elected
   * in 2002 by residents' representatives, its Party general branch, and, in the first source of a
   * community to come, the households of that community's sixth-term candidates.
   */
  static final class Original extends Builder {
    private final Source s;
    private final Target t;
    private final String[] roads;
    private final String[] lanes;
    private final List<String> candidateIds = new ArrayList<>();

    Original(Source source, Target target, SplittableRandom r) {
      super(r, source.id());
      this.s = source;
      this.t = target;
      int compounds = 2 + r.nextInt(5);
      roads = new String[compounds];
      lanes = new String[compounds];
      for (int i = 0; i < compounds; i++) {
        roads[i] = Invented.road(r);
        lanes[i] = String.valueOf(10 + r.nextInt(240));
      }
    }

    Community build() {
      boolean host = t.sources().get(0).id().equals(s.id());
      if (host) { // the candidates of the community to come live here
        List<MemberSpec> candidates = new ArrayList<>(t.members());
        candidates.addAll(t.losers());
        for (MemberSpec spec : candidates) {
          Person p = personAged(spec.age(), t.election(), spec.education());
          if (spec.partyMember()) {
            p = p.withPartyMembership(fullSince(p.birthDate(), 22 + r.nextInt(10), t.election()));
          }
          household(p, r.nextInt(3));
          candidateIds.add(p.id());
        }
      }
      List<CommitteeSeat> seats = new ArrayList<>();
      List<MemberSpec> previous = s.previousMembers();
      for (int i = 0; i < previous.size(); i++) {
        MemberSpec spec = previous.get(i);
        Person p = personAged(spec.age(), s.previousTermStart(), spec.education());
        if (spec.partyMember()) {
          p = p.withPartyMembership(fullSince(p.birthDate(), 22 + r.nextInt(10), s.previousTermStart()));
        }
        household(p, r.nextInt(3));
        CommitteePost post = i == 0 ? CommitteePost.CHAIR : i == 1 ? CommitteePost.VICE_CHAIR : CommitteePost.MEMBER;
        seats.add(CommitteeSeat.of(p.id(), post, s.previousTermStart()));
      }
      Person secretary = null;
      while (households.size() < s.households()) {
        int year = AS_OF_YEAR - Draws.between(r, 22, 86);
        Person p = Person.of(newPersonId(), Invented.name(r, year), LocalDate.of(year, 1, 1).plusDays(r.nextInt(365)),
            Invented.education(year, r.nextInt(20)));
        if (r.nextInt(11) == 0 || secretary == null && year < 1960) {
          p = p.withPartyMembership(fullSince(p.birthDate(), 20 + r.nextInt(15), s.previousTermStart()));
          if (secretary == null) {
            secretary = p;
          }
        }
        int u = r.nextInt(20);
        household(p, u < 4 ? 0 : u < 11 ? 1 : u < 17 ? 2 : 3);
      }
      ResidentsCommittee committee = ResidentsCommittee.of(s.id() + "-rc5", Term.ofYears(s.previousTermStart(), 3),
          seats);
      PartyOrganisation party = PartyOrganisation.of(s.id() + "-party", PartyOrganisationKind.GENERAL_BRANCH,
          Appointment.of(secretary.id(), s.previousTermStart().minusDays(r.nextInt(400))), List.of());
      return Community.builder(s.id(), s.name(), s.type(), s.office())
          .people(people)
          .households(households)
          .partyOrganisations(List.of(party))
          .residentsCommittees(List.of(committee))
          .build();
    }

    /**
     * Returns the ids of the candidates of the community to come who live here, after {@link #build}:
     * its members (chair first, then the vice-chair) and then the losing candidates; empty unless this
     * is that community's first source.
     */
    List<String> candidateIds() {
      return List.copyOf(candidateIds);
    }

    /** A household of {@code representative} and {@code others} relatives living with them. */
    private void household(Person representative, int others) {
      people.add(representative);
      ImmutableSet.Builder<String> members = ImmutableSet.<String>builder().add(representative.id());
      int year = representative.birthDate().getYear();
      for (int i = 0; i < others; i++) {
        int born = i == 0 ? year - 2 + r.nextInt(5) : Math.min(AS_OF_YEAR - 1, year + 22 + r.nextInt(10));
        Person relative = Person.of(newPersonId(), Invented.name(r, born),
            LocalDate.of(born, 1, 1).plusDays(r.nextInt(365)), Invented.education(born, r.nextInt(20)));
        people.add(relative);
        members.add(relative.id());
      }
      int flat = households.size();
      int perCompound = (s.households() + roads.length - 1) / roads.length;
      int compound = Math.min(flat / perCompound, roads.length - 1);
      households.add(new Household(s.id() + "-h" + (flat + 1),
          Invented.flat(roads[compound], lanes[compound], flat - compound * perCompound, 4, 12),
          representative.id(), members.build()));
    }
  }

  private static final int AS_OF_YEAR = SeedDistrict.AS_OF.getYear();

  // ------------------------------------------------------------------------------ the reform

  /** A community after the reform and the election that chose its committee. */
  record Reformed(Community community, Election election) {}

  /**
   * The reform of one of the 66 communities: the sixth committee election by household
   * representatives, the committee it forms, a new Party general branch with grid branches, the
   * station recruited in four stages, the representative assembly, forums, unit resources and
   * matters. The sources' old organisations give way to these.
   */
  static final class Reform extends Builder {
    private final Target t;
    private final List<String> candidateIds;
    private final Community base;
    private final String cid;
    private final List<Assessment> assessments = new ArrayList<>();
    private final Map<String, Person> residents = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final List<String> unitNames = new ArrayList<>();

    Reform(Target target, List<String> candidateIds, Community base, SplittableRandom r) {
      super(r, target.id());
      this.t = target;
      this.candidateIds = List.copyOf(candidateIds);
      this.base = base;
      this.cid = target.id();
      Map<String, Person> byId = base.peopleById();
      for (Household h : base.households()) {
        residents.put(h.representativeId(), byId.get(h.representativeId()));
      }
    }

    Reformed build() {
      Election election = election();
      ElectionResult result = ElectionCount.of(election, ElectionThresholds.JINAN_SHIZHONG_2005);
      Set<String> planned = ImmutableSet.copyOf(candidateIds.subList(0, t.members().size()));
      Set<String> won = new HashSet<>();
      result.winners().forEach(w -> won.add(w.personId()));
      checkState(result.status() == ElectionStatus.ELECTED && won.equals(planned),
          "election %s did not elect the planned committee: %s, winners %s", election.id(), result.status(), won);
      Term term = Term.ofYears(election.date(), SEED.find(Parameters.COMMITTEE_TERM_YEARS, election.date()).orElse(3));
      Map<String, CommitteePost> posts = new LinkedHashMap<>();
      for (int i = 0; i < t.members().size(); i++) {
        posts.put(candidateIds.get(i), i == 0 ? CommitteePost.CHAIR : i == 1 ? CommitteePost.VICE_CHAIR
            : CommitteePost.MEMBER);
      }
      ResidentsCommittee committee = result.formsCommittee() && result.posts().equals(posts)
          ? result.committee(cid + "-rc6", term)
          : result.committee(cid + "-rc6", term, posts);
      taken.addAll(candidateIds);

      RecruitmentSchedule schedule = RecruitmentSchedule.after(r, election.date());
      Appointment secretary = secretary(election.date());
      PartyOrganisation party = PartyOrganisation.of(cid + "-party", PartyOrganisationKind.GENERAL_BRANCH, secretary,
          gridBranches());
      String assemblyId = cid + "-assembly";
      RepresentativeAssembly assembly = assembly(assemblyId);
      List<Recruitment> recruitments = new ArrayList<>();
      ServiceStation station = station(schedule, term, assemblyId, recruitments);

      List<Person> all = new ArrayList<>(base.people());
      all.addAll(people);
      Community community = base.toBuilder()
          .people(all)
          .partyOrganisations(List.of(party))
          .residentsCommittees(List.of(committee))
          .serviceStations(List.of(station))
          .assemblies(List.of(assembly))
          .recruitments(recruitments)
          .assessments(assessments)
          .matters(matters(election.date()))
          .forums(forums())
          .unitResources(unitResources(election.date()))
          .build();
      return new Reformed(community, election);
    }

    // -------------------------------------------------------------------------- the election

    /**
     * The sixth election: every household's representative registered, {@link Target#ballotsReturned()}
     * of them voting; the planned members well ahead of the losing candidates, the chair first and the
     * vice-chair second; a few ballots blank or unreadable.
     */
    private Election election() {
      int seats = t.members().size();
      List<String> ids = candidateIds;
      double[] support = new double[ids.size()];
      for (int i = 0; i < ids.size(); i++) {
        support[i] = i == 0 ? 0.90 + r.nextInt(50) / 1000.0 : i == 1 ? 0.80 + r.nextInt(60) / 1000.0
            : i < seats ? 0.60 + r.nextInt(140) / 1000.0 : 0.20 + r.nextInt(220) / 1000.0;
      }
      List<Ballot> ballots = new ArrayList<>(t.ballotsReturned());
      for (int b = 0; b < t.ballotsReturned(); b++) {
        int u = r.nextInt(1000);
        if (u < 4) {
          ballots.add(Ballot.blank());
          continue;
        }
        if (u < 6) {
          ballots.add(Ballot.unreadable());
          continue;
        }
        List<Integer> marked = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
          if (r.nextDouble() < support[i]) {
            marked.add(i);
          }
        }
        marked.sort(Comparator.comparingDouble(i -> -support[i]));
        Set<String> marks = new java.util.LinkedHashSet<>();
        for (int i = 0; i < Math.min(seats, marked.size()); i++) {
          marks.add(ids.get(marked.get(i)));
        }
        ballots.add(Ballot.marking(marks));
      }
      List<Candidate> candidates = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        Nomination nomination = r.nextBoolean() ? new Nomination.ByVoters(10 + r.nextInt(40))
            : new Nomination.ByResidentsGroup("第" + Numerals.of(1 + r.nextInt(12)) + "居民小组");
        candidates.add(Candidate.of(ids.get(i), nomination));
      }
      return Election.of(cid + "-e6", cid, t.election(), SeatPlan.of(1, 1, seats - 2),
          ElectorateKind.HOUSEHOLD_REPRESENTATIVES, base.households().size(), candidates,
          t.ballotsReturned() + r.nextInt(6), ballots);
    }

    // -------------------------------------------------------------------------- the Party organisation

    /**
     * The secretary: the chair holding both posts after a passed assessment, an official seconded from
     * a government body, or a resident Party member, as the plan says.
     */
    private Appointment secretary(LocalDate election) {
      String committee = t.office().workingCommittee().id();
      switch (t.secretary()) {
        case CONCURRENT -> {
          LocalDate assessed = election.plusDays(1 + r.nextInt(6));
          assessments.add(new Assessment(cid + "-assessment-chair", candidateIds.get(0), committee, assessed,
              AssessmentOutcome.PASSED));
          return Appointment.of(candidateIds.get(0), assessed.plusDays(1 + r.nextInt(7)));
        }
        case SECONDED -> {
          LocalDate since = election.plusDays(r.nextInt(11));
          Person official = personAged(between(30, 50), since,
              r.nextInt(3) == 0 ? EducationLevel.COLLEGE : EducationLevel.BACHELOR);
          LocalDate joined = official.birthDate().plusYears(22).plusDays(r.nextInt(200));
          official = official.withPartyMembership(fullSince(official.birthDate(), 20 + r.nextInt(6), since))
              .withOutsidePosts(List.of(new OutsidePost(Invented.bureau(r),
                  Invented.bureauTitle(r), DateRange.between(joined, since.minusDays(1)))))
              .withCommunityTies(List.of(work(since)));
          people.add(official);
          assessments.add(new Assessment(cid + "-assessment-secretary", official.id(), committee,
              since.minusDays(3 + r.nextInt(10)), AssessmentOutcome.PASSED));
          return Appointment.of(official.id(), since);
        }
        case LOCAL -> {
          Person local = residentPartyMember(election, 40);
          return Appointment.of(local.id(), election.plusDays(r.nextInt(11)));
        }
      }
      throw new AssertionError(t.secretary());
    }

    /** A grid branch per 250 households or so (3–8), each led by a resident Party member. */
    private List<GridBranch> gridBranches() {
      int grids = Math.max(3, Math.min(8, Math.round(base.households().size() / 250f)));
      List<GridBranch> branches = new ArrayList<>();
      for (int g = 0; g < grids; g++) {
        branches.add(new GridBranch(cid + "-party-grid" + (g + 1), "第" + Numerals.of(g + 1) + "网格党支部",
            residentPartyMember(SeedDistrict.AS_OF, 25).id()));
      }
      return branches;
    }

    /** A household representative who is a full Party member, aged at least {@code minAge} on {@code day}, not yet given a post. */
    private Person residentPartyMember(LocalDate day, int minAge) {
      List<Person> fit = residents.values().stream()
          .filter(p -> !taken.contains(p.id()) && p.partyMembership().flatMap(m -> m.fullMemberSince()).isPresent()
              && p.ageOn(day) >= minAge)
          .toList();
      checkState(!fit.isEmpty(), "community %s has no resident Party member left for a post", cid);
      Person chosen = fit.get(r.nextInt(fit.size()));
      taken.add(chosen.id());
      return chosen;
    }

    private CommunityTie work(LocalDate since) {
      return new CommunityTie(TieKind.WORK, cid, DateRange.since(since));
    }

    // -------------------------------------------------------------------------- the assembly

    /**
     * The representative assembly: a representative per residents' group (one per 60 households or
     * so), {@link Target#unitRepresentatives()} unit representatives, the community police officer,
     * and now and then a people's congress deputy or CPPCC member living here.
     */
    private RepresentativeAssembly assembly(String id) {
      List<AssemblyRepresentative> reps = new ArrayList<>();
      List<Person> pool = residents.values().stream().filter(p -> !taken.contains(p.id())).toList();
      int groups = Math.max(8, Math.min(24, base.households().size() / 60));
      for (int g = 0; g < groups; g++) {
        Person rep = pool.get(g * (pool.size() / groups) + r.nextInt(Math.max(1, Math.min(10, pool.size() / groups))));
        taken.add(rep.id());
        reps.add(new AssemblyRepresentative(rep.id(), RepresentativeCategory.RESIDENTS_GROUP,
            "第" + Numerals.of(g + 1) + "居民小组"));
      }
      for (int u = 0; u < t.unitRepresentatives(); u++) {
        String unit = Invented.unit(r);
        unitNames.add(unit);
        LocalDate since = SeedDistrict.AS_OF.minusYears(between(3, 25));
        Person rep = personAged(between(35, 58), SeedDistrict.AS_OF,
                r.nextBoolean() ? EducationLevel.BACHELOR : EducationLevel.COLLEGE)
            .withOutsidePosts(List.of(new OutsidePost(unit, Invented.unitTitle(r),
                DateRange.since(since))))
            .withCommunityTies(List.of(work(since)));
        if (r.nextInt(5) < 3) {
          rep = rep.withPartyMembership(fullSince(rep.birthDate(), 24 + r.nextInt(8), SeedDistrict.AS_OF));
        }
        people.add(rep);
        reps.add(new AssemblyRepresentative(rep.id(), RepresentativeCategory.UNIT, unit));
      }
      String policeStation = t.office().name().replace("街道办事处", "") + "派出所";
      LocalDate since = SeedDistrict.AS_OF.minusDays(200 + r.nextInt(2000));
      Person officer = personAged(between(26, 45), SeedDistrict.AS_OF, EducationLevel.COLLEGE)
          .withOutsidePosts(List.of(new OutsidePost("济南市公安局市中区分局" + policeStation, "社区民警",
              DateRange.since(since))))
          .withCommunityTies(List.of(work(since)));
      people.add(officer);
      reps.add(new AssemblyRepresentative(officer.id(), RepresentativeCategory.COMMUNITY_POLICE_OFFICER, policeStation));
      if (r.nextInt(20) < 7) {
        Person deputy = pool.get(pool.size() - 1);
        reps.add(new AssemblyRepresentative(deputy.id(), RepresentativeCategory.PEOPLES_CONGRESS_DEPUTY, "市中区人民代表大会"));
      }
      if (r.nextInt(20) < 3) {
        Person member = pool.get(pool.size() - 2);
        reps.add(new AssemblyRepresentative(member.id(), RepresentativeCategory.CPPCC_MEMBER, "政协市中区委员会"));
      }
      return RepresentativeAssembly.of(id, reps);
    }

    // -------------------------------------------------------------------------- the station

    /** The station of {@link Target#stationSize()}: a head, a deputy and staff, recruited openly in four stages. */
    private ServiceStation station(RecruitmentSchedule schedule, Term committeeTerm, String assemblyId,
        List<Recruitment> recruitments) {
      int n = t.stationSize();
      String recruitmentId = cid + "-recruitment";
      List<Person> appointees = new ArrayList<>();
      List<BigDecimal[]> scores = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        LocalDate birth = Draws.birthForAge(r, schedule.reference(), Draws.recruitAge(r));
        Person p = Person.of(newPersonId(), Invented.name(r, birth.getYear()), birth, Draws.recruitEducation(r))
            .withCommunityTies(List.of(work(schedule.appointed())));
        if (r.nextInt(10) < 3) {
          p = p.withPartyMembership(fullSince(birth, 20 + r.nextInt(5), schedule.appointed()));
        }
        appointees.add(p);
        scores.add(new BigDecimal[] {Draws.score(r, 750, 960), Draws.score(r, 750, 960)});
      }
      List<Integer> rank = RecruitmentSchedule.ranked(appointees, scores);
      List<StationPost> posts = new ArrayList<>(List.of(StationPost.HEAD, StationPost.DEPUTY_HEAD, StationPost.STAFF));
      if (n == 4) {
        posts.add(StationPost.STAFF);
      }
      Term term = RecruitmentProcess.term(SEED, schedule.appointed(), committeeTerm);
      List<ApplicantRecord> applicants = new ArrayList<>();
      List<StationAppointment> appointments = new ArrayList<>();
      for (int place = 0; place < n; place++) {
        int i = rank.get(place);
        Person p = appointees.get(i);
        people.add(p);
        applicants.add(ApplicantRecord.of(p.id(), schedule.passedAll(scores.get(i)[0], scores.get(i)[1])));
        appointments.add(StationAppointment.recruited(p.id(), posts.get(place), term, recruitmentId));
      }
      applicants.addAll(schedule.unsuccessful(r, 2 + r.nextInt(5), this::newPersonId, people));
      recruitments.add(Recruitment.of(recruitmentId, RecruitmentMethod.OPEN, schedule.announced(), schedule.reference(),
          applicants));
      return ServiceStation.of(cid + "-station", t.office().id(), assemblyId, appointments);
    }

    // -------------------------------------------------------------------------- forums and resources

    /**
     * Forums, dialogues and residents' talks from the community's start to the as-of date, about one per
     * 80 participants, sharing out {@link Target#forumParticipants()} and {@link Target#suggestions()};
     * {@link Target#solved()} of the suggestions solved, each on or after its forum's day.
     */
    private List<Forum> forums() {
      int count = Math.max(2, t.forumParticipants() / 80);
      int[] participants = SeedDistrict.Plan.allocate(r, t.forumParticipants(), count, 1);
      int[] suggestions = SeedDistrict.Plan.allocate(r, t.suggestions(), count, 0);
      int days = (int) ChronoUnit.DAYS.between(t.start(), SeedDistrict.AS_OF);
      List<LocalDate> held = new ArrayList<>();
      for (int f = 0; f < count; f++) {
        held.add(t.start().plusDays(r.nextInt(days + 1)));
      }
      held.sort(null);
      List<Integer> all = new ArrayList<>();
      for (int k = 0; k < t.suggestions(); k++) {
        all.add(k);
      }
      java.util.Collections.shuffle(all, new java.util.Random(r.nextLong()));
      Set<Integer> solved = new HashSet<>(all.subList(0, t.solved()));
      ForumKind[] kinds = ForumKind.values();
      List<Forum> forums = new ArrayList<>();
      int k = 0;
      for (int f = 0; f < count; f++) {
        LocalDate day = held.get(f);
        List<Suggestion> list = new ArrayList<>();
        for (int s = 0; s < suggestions[f]; s++, k++) {
          String id = cid + "-forum" + (f + 1) + "-s" + (s + 1);
          String summary = SUGGESTIONS[r.nextInt(SUGGESTIONS.length)];
          int wait = (int) ChronoUnit.DAYS.between(day, SeedDistrict.AS_OF);
          list.add(solved.contains(k) ? Suggestion.solvedOn(id, summary, day.plusDays(r.nextInt(wait + 1)))
              : Suggestion.unsolved(id, summary));
        }
        forums.add(Forum.of(cid + "-forum" + (f + 1), kinds[r.nextInt(kinds.length)], day,
            TOPICS[r.nextInt(TOPICS.length)], participants[f], list));
      }
      return forums;
    }

    /** {@link Target#unitResources()} resources of the community's units, opened after the election. */
    private List<UnitResource> unitResources(LocalDate election) {
      List<UnitResource> resources = new ArrayList<>();
      int days = (int) ChronoUnit.DAYS.between(election, SeedDistrict.AS_OF);
      for (int i = 0; i < t.unitResources(); i++) {
        resources.add(new UnitResource(cid + "-resource" + (i + 1), unitNames.get(r.nextInt(unitNames.size())),
            RESOURCES[r.nextInt(RESOURCES.length)], election.plusDays(r.nextInt(days + 1))));
      }
      return resources;
    }

    // -------------------------------------------------------------------------- matters

    private List<Matter> matters(LocalDate election) {
      List<Matter> matters = new ArrayList<>();
      int days = (int) ChronoUnit.DAYS.between(election, SeedDistrict.AS_OF);
      MatterKind[] kinds = MatterKind.values();
      for (int i = 0; i < kinds.length; i++) {
        matters.add(new Matter(cid + "-m" + (i + 1), MATTERS[i], kinds[i], election.plusDays(r.nextInt(days + 1))));
      }
      return matters;
    }
  }
}
