package org.amodel.core.generators;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Appointment;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Forum;
import org.amodel.core.model.ForumKind;
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
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.core.model.SubdistrictPartyWorkingCommittee;
import org.amodel.core.model.Suggestion;
import org.amodel.core.model.Term;
import org.amodel.core.model.UnitResource;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.ParameterKey;
import org.amodel.core.parameters.Parameters;
import org.quicktheories.core.Gen;

/**
 * Generators of communities that satisfy a district's parameters: no VIOLATION and no WARNING
 * from the reference checker (a NOTICE may appear).
 *
 * <p>Sizes, posts, ages, education, dates and Party standing vary within the district's bounds,
 * with a bias towards the bounds themselves (age exactly 40 on the reference date, a station of
 * exactly 3 or 4, a term starting the day the five-year term took effect). Details that no rule reads
 * (names, residents' birth dates, forums and the unit resources opened to the community) come from a
 * drawn seed; forums, suggestions and resources are dated on or before the as-of date, with a bias to
 * the boundaries (a forum of one participant, held on the as-of date, a problem solved the day its
 * forum was held).
 */
public final class CommunityGenerators {
  private CommunityGenerators() {}

  /** The earliest term start: its recruitment, up to 150 days earlier, falls after the seed's reform began. */
  static final LocalDate EARLIEST_TERM = LocalDate.of(2005, 10, 1);
  static final LocalDate LATEST_TERM = LocalDate.of(2024, 12, 31);

  static final List<SubdistrictOffice> OFFICES = List.of(
      office("ganshiqiao", "杆石桥街道办事处"), office("silicun", "四里村街道办事处"),
      office("weijiazhuang", "魏家庄街道办事处"), office("daguanyuan", "大观园街道办事处"),
      office("liulishan", "六里山街道办事处"), office("shungeng", "舜耕街道办事处"));

  private static SubdistrictOffice office(String id, String name) {
    return new SubdistrictOffice(id, name,
        new SubdistrictPartyWorkingCommittee(id + "-wc", name.replace("办事处", "党工委")));
  }

  /** Returns communities valid under {@code parameters}, each with an as-of date within its committee's term. */
  public static Gen<Scenario> valid(DistrictParameters parameters) {
    return source -> new Builder(parameters, new Draw(source), null).build();
  }

  /** Returns valid communities whose id is {@code communityId}, so several can be told apart. */
  public static Gen<Scenario> valid(DistrictParameters parameters, String communityId) {
    return source -> new Builder(parameters, new Draw(source), communityId).build();
  }

  /** Draws one valid community; for breakers and other generators built on this one. */
  static Scenario draw(DistrictParameters parameters, Draw draw) {
    return new Builder(parameters, draw, null).build();
  }

  /** Returns a person who meets the recruitment criteria in force on {@code referenceDate}. */
  static Person recruitablePerson(DistrictParameters p, Draw d, String id, LocalDate referenceDate) {
    int maxAge = p.find(Parameters.RECRUIT_AGE_MAX, referenceDate).orElse(60);
    int age = d.oneIn(3) ? maxAge : d.between(Math.min(18, maxAge), maxAge);
    EducationLevel min = p.find(Parameters.RECRUIT_EDUCATION_MIN, referenceDate).orElse(EducationLevel.PRIMARY);
    List<EducationLevel> allowed = Arrays.stream(EducationLevel.values()).filter(e -> e.isAtLeast(min)).toList();
    EducationLevel education = d.oneIn(3) ? min : d.pick(allowed);
    return Person.of(id, Names.person(new SplittableRandom(id.hashCode())), d.birthDateForAge(referenceDate, age),
        education);
  }

  /** Returns the stage results of an applicant who passed all four stages, starting on {@code first}. */
  static ImmutableList<StageResult> passedStages(Draw d, LocalDate first) {
    ImmutableList.Builder<StageResult> stages = ImmutableList.builder();
    LocalDate day = first;
    for (RecruitmentStage stage : RecruitmentStage.values()) {
      boolean scored = stage == RecruitmentStage.WRITTEN_EXAM || stage == RecruitmentStage.INTERVIEW;
      stages.add(scored
          ? StageResult.scored(stage, day, StageOutcome.PASSED, BigDecimal.valueOf(d.between(600, 1000), 1))
          : StageResult.passed(stage, day));
      day = day.plusDays(d.between(0, 14));
    }
    return stages.build();
  }

  private static final class Builder {
    private final DistrictParameters p;
    private final Draw d;
    private final String fixedId;
    private final List<Person> people = new ArrayList<>();
    private final List<String> residentsToHouse = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private SplittableRandom details;
    private String cid;
    private int nextPerson;

    Builder(DistrictParameters p, Draw d, String fixedId) {
      this.p = p;
      this.d = d;
      this.fixedId = fixedId;
    }

    private <T> Optional<T> param(ParameterKey<T> key, LocalDate day) {
      return p.find(key, day);
    }

    private String newPersonId() {
      return cid + "-p" + (++nextPerson);
    }

    private Person add(Person person) {
      people.add(person);
      return person;
    }

    private Person adult(LocalDate day, int minAge, int maxAge) {
      String id = newPersonId();
      int age = minAge + details.nextInt(maxAge - minAge + 1);
      LocalDate birth = day.minusYears(age).minusDays(details.nextInt(365));
      EducationLevel education = EducationLevel.values()[details.nextInt(EducationLevel.values().length)];
      return Person.of(id, Names.person(details), birth, education);
    }

    Scenario build() {
      cid = fixedId != null ? fixedId : "c" + d.between(1, 9999);
      details = new SplittableRandom(d.seed());
      SubdistrictOffice office = d.pick(OFFICES);

      LocalDate termStart = d.oneIn(10)
          ? d.pick(List.of(Parameters.ORGANIC_LAW_2018.minusDays(1), Parameters.ORGANIC_LAW_2018))
          : d.date(EARLIEST_TERM, LATEST_TERM);
      int termYears = param(Parameters.COMMITTEE_TERM_YEARS, termStart).orElse(3);
      Term term = Term.ofYears(termStart, termYears);
      int termDays = Math.toIntExact(ChronoUnit.DAYS.between(term.start(), term.end()));
      LocalDate asOf = d.oneIn(5) ? termStart : termStart.plusDays(d.between(0, termDays - 1));

      ResidentsCommittee committee = committee(term, asOf);
      CommitteeSeat chairSeat = committee.seats(CommitteePost.CHAIR).get(0);
      PartyOrganisation party = party(chairSeat, term, asOf, office);
      String assemblyId = cid + "-assembly";
      Recruitment[] recruitment = new Recruitment[1];
      ServiceStation station = station(term, asOf, office, assemblyId, recruitment);

      int householdsMin = param(Parameters.HOUSEHOLDS_MIN, asOf).orElse(20);
      int householdsMax = param(Parameters.HOUSEHOLDS_MAX, asOf).orElse(householdsMin + 200);
      int householdCount = d.oneIn(5) ? d.pick(List.of(householdsMin, householdsMax))
          : d.between(householdsMin, householdsMax);
      List<Household> households = households(householdCount, asOf);
      RepresentativeAssembly assembly = assembly(assemblyId, households, asOf);

      Community community = Community.builder(cid, Names.person(details).substring(0, 1) + "家社区",
              d.pick(Arrays.asList(CommunityType.values())), office)
          .people(people)
          .households(households)
          .partyOrganisations(List.of(party))
          .residentsCommittees(List.of(committee))
          .serviceStations(List.of(station))
          .assemblies(List.of(assembly))
          .recruitments(List.of(recruitment[0]))
          .assessments(assessments)
          .matters(matters(asOf))
          .forums(forums(asOf))
          .unitResources(unitResources(asOf))
          .build();
      return new Scenario(community, asOf);
    }

    private ResidentsCommittee committee(Term term, LocalDate asOf) {
      int min = param(Parameters.COMMITTEE_SIZE_MIN, asOf).orElse(3);
      int max = param(Parameters.COMMITTEE_SIZE_MAX, asOf).orElse(Math.max(min, 9));
      int viceMin = param(Parameters.COMMITTEE_VICE_CHAIRS_MIN, asOf).orElse(0);
      int size = d.oneIn(4) ? d.pick(List.of(min, max)) : d.between(min, max);
      checkArgument(size >= 1 + viceMin, "committee bounds %s–%s leave no room for a chair and %s vice-chairs",
          min, max, viceMin);
      int vices = d.between(viceMin, Math.min(size - 1, viceMin + 3));
      List<CommitteeSeat> seats = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        Person member = add(adult(term.start(), 25, 62));
        if (details.nextInt(3) == 0) {
          LocalDate admitted = member.birthDate().plusYears(20 + details.nextInt(5));
          member = member.withPartyMembership(PartyMembership.full(admitted, admitted.plusYears(1)));
          people.set(people.size() - 1, member);
        }
        residentsToHouse.add(member.id());
        CommitteePost post = i == 0 ? CommitteePost.CHAIR : i <= vices ? CommitteePost.VICE_CHAIR : CommitteePost.MEMBER;
        seats.add(CommitteeSeat.of(member.id(), post, term.start()));
      }
      return ResidentsCommittee.of(cid + "-committee", term, seats);
    }

    private PartyOrganisation party(CommitteeSeat chairSeat, Term term, LocalDate asOf, SubdistrictOffice office) {
      LocalDate secretarySince = d.oneIn(3) ? term.start().plusDays(d.between(0, 60)) : term.start();
      if (secretarySince.isAfter(asOf)) {
        secretarySince = asOf;
      }
      boolean concurrent = d.coin();
      String secretaryId;
      if (concurrent) {
        int index = indexOf(chairSeat.personId());
        Person chair = people.get(index);
        LocalDate concurrentSince = secretarySince.isAfter(chairSeat.since()) ? secretarySince : chairSeat.since();
        LocalDate fullSince = d.oneIn(5) ? concurrentSince : concurrentSince.minusDays(d.between(1, 3000));
        LocalDate admitted = fullSince.minusYears(1);
        if (admitted.isBefore(chair.birthDate().plusYears(18))) {
          admitted = chair.birthDate().plusYears(18);
          fullSince = admitted.plusYears(1);
        }
        chair = chair.withPartyMembership(PartyMembership.full(admitted, fullSince)).withOutsidePosts(
            pastOutsidePosts(asOf));
        people.set(index, chair);
        LocalDate assessed = concurrentSince.minusDays(d.oneIn(4) ? 1 : d.between(1, 90));
        assessments.add(new Assessment(cid + "-assessment-1", chair.id(), office.workingCommittee().id(), assessed,
            AssessmentOutcome.PASSED));
        secretaryId = chair.id();
      } else {
        Person secretary = adult(asOf, 28, 58);
        LocalDate fullSince = d.oneIn(5) ? asOf : asOf.minusDays(d.between(1, 5000));
        LocalDate admitted = fullSince.minusYears(1);
        if (admitted.isBefore(secretary.birthDate().plusYears(18))) {
          admitted = secretary.birthDate().plusYears(18);
          fullSince = admitted.plusYears(1);
        }
        secretary = secretary.withPartyMembership(PartyMembership.full(admitted, fullSince))
            .withOutsidePosts(pastOutsidePosts(asOf));
        add(secretary);
        secretaryId = secretary.id();
        if (d.oneIn(3)) {
          assessments.add(new Assessment(cid + "-assessment-1", chairSeat.personId(), office.workingCommittee().id(),
              term.start().minusDays(d.between(1, 90)), d.coin() ? AssessmentOutcome.PASSED : AssessmentOutcome.FAILED));
        }
      }
      List<GridBranch> grids = new ArrayList<>();
      int gridCount = d.between(1, 4);
      for (int i = 1; i <= gridCount; i++) {
        Person gridSecretary = add(adult(asOf, 30, 70));
        residentsToHouse.add(gridSecretary.id());
        grids.add(new GridBranch(cid + "-grid-" + i, "第" + i + "网格支部", gridSecretary.id()));
      }
      return PartyOrganisation.of(cid + "-party", PartyOrganisationKind.GENERAL_BRANCH,
          Appointment.of(secretaryId, secretarySince), grids);
    }

    /** Outside posts that all ended before {@code asOf}, the day before at the latest. */
    private List<OutsidePost> pastOutsidePosts(LocalDate asOf) {
      if (!d.oneIn(3)) {
        return List.of();
      }
      LocalDate end = asOf.minusDays(d.oneIn(2) ? 1 : d.between(1, 2000));
      return List.of(new OutsidePost("济南市某局", "科员", DateRange.between(end.minusYears(3), end)));
    }

    private int indexOf(String personId) {
      for (int i = 0; i < people.size(); i++) {
        if (people.get(i).id().equals(personId)) {
          return i;
        }
      }
      throw new IllegalStateException("no person " + personId);
    }

    private ServiceStation station(
        Term term, LocalDate asOf, SubdistrictOffice office, String assemblyId, Recruitment[] recruitmentOut) {
      int heads = bounded(Parameters.STATION_HEADS_MIN, Parameters.STATION_HEADS_MAX, asOf, 1, 1);
      int deputies = bounded(Parameters.STATION_DEPUTY_HEADS_MIN, Parameters.STATION_DEPUTY_HEADS_MAX, asOf, 0, 1);
      int sizeMin = param(Parameters.STATION_SIZE_MIN, asOf).orElse(1);
      int sizeMax = param(Parameters.STATION_SIZE_MAX, asOf).orElse(sizeMin + 4);
      int staffMin = Math.max(param(Parameters.STATION_STAFF_MIN, asOf).orElse(0), sizeMin - heads - deputies);
      int staffMax = Math.min(param(Parameters.STATION_STAFF_MAX, asOf).orElse(sizeMax), sizeMax - heads - deputies);
      checkArgument(staffMin <= staffMax, "station bounds of district %s leave no valid station on %s",
          p.districtId(), asOf);
      int staff = d.oneIn(4) ? d.pick(List.of(staffMin, staffMax)) : d.between(staffMin, staffMax);

      String recruitmentId = cid + "-recruitment";
      LocalDate announced = term.start().minusDays(d.between(60, 150));
      LocalDate reference = announced;
      boolean tied = p.find(Parameters.STATION_TERM_TIED_TO_COMMITTEE, term.start()).orElse(false);
      List<StationAppointment> appointments = new ArrayList<>();
      List<ApplicantRecord> applicants = new ArrayList<>();
      List<StationPost> posts = new ArrayList<>();
      for (int i = 0; i < heads; i++) {
        posts.add(StationPost.HEAD);
      }
      for (int i = 0; i < deputies; i++) {
        posts.add(StationPost.DEPUTY_HEAD);
      }
      for (int i = 0; i < staff; i++) {
        posts.add(StationPost.STAFF);
      }
      for (StationPost post : posts) {
        Person member = add(recruitablePerson(p, d, newPersonId(), reference));
        ImmutableList<StageResult> stages = passedStages(d, announced.plusDays(d.between(0, 10)));
        applicants.add(ApplicantRecord.of(member.id(), stages));
        LocalDate start = term.start();
        Term appointment;
        if (tied) {
          int yearsMax = p.find(Parameters.STATION_TERM_YEARS_MAX, start).orElse(100);
          if (term.end().minusYears(yearsMax).isAfter(start)) {
            start = term.end().minusYears(yearsMax);
          }
          appointment = Term.of(start, term.end());
        } else {
          int yearsMax = p.find(Parameters.STATION_TERM_YEARS_MAX, start).orElse(3);
          appointment = Term.ofYears(start, d.between(1, yearsMax));
        }
        appointments.add(StationAppointment.recruited(member.id(), post, appointment, recruitmentId));
      }
      int failed = d.between(0, 3);
      for (int i = 0; i < failed; i++) {
        Person applicant = add(adult(reference, 20, 45));
        ImmutableList<StageResult> passed = passedStages(d, announced.plusDays(d.between(0, 10)));
        int stop = d.between(0, passed.size() - 1);
        List<StageResult> stages = new ArrayList<>(passed.subList(0, stop));
        StageResult last = passed.get(stop);
        stages.add(new StageResult(last.stage(), last.date(), StageOutcome.FAILED, last.score()));
        applicants.add(ApplicantRecord.of(applicant.id(), stages));
      }
      RecruitmentMethod method = p.find(Parameters.RECRUIT_METHOD, reference).orElse(RecruitmentMethod.OPEN);
      recruitmentOut[0] = Recruitment.of(recruitmentId, method, announced, reference, applicants);
      return ServiceStation.of(cid + "-station", office.id(), assemblyId, appointments);
    }

    private int bounded(ParameterKey<Integer> minKey, ParameterKey<Integer> maxKey, LocalDate asOf,
        int defaultMin, int defaultMax) {
      int min = param(minKey, asOf).orElse(defaultMin);
      int max = param(maxKey, asOf).orElse(Math.max(min, defaultMax));
      return d.between(min, max);
    }

    private List<Household> households(int count, LocalDate asOf) {
      List<Set<String>> members = new ArrayList<>();
      List<String> representatives = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Person representative = add(adult(asOf, 18, 90));
        Set<String> set = new LinkedHashSet<>();
        set.add(representative.id());
        int others = details.nextInt(3);
        for (int j = 0; j < others; j++) {
          set.add(add(adult(asOf, 0, 90)).id());
        }
        members.add(set);
        representatives.add(representative.id());
      }
      for (int i = 0; i < residentsToHouse.size() && count > 0; i++) {
        members.get(i % count).add(residentsToHouse.get(i));
      }
      List<Household> households = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        households.add(Household.of(cid + "-h" + (i + 1), Names.address(i, details), representatives.get(i),
            members.get(i)));
      }
      return households;
    }

    private RepresentativeAssembly assembly(String id, List<Household> households, LocalDate asOf) {
      List<AssemblyRepresentative> reps = new ArrayList<>();
      int residents = Math.min(households.size(), d.between(1, 12));
      for (int i = 0; i < residents; i++) {
        reps.add(new AssemblyRepresentative(households.get(i).representativeId(), RepresentativeCategory.RESIDENTS_GROUP,
            "第" + (i + 1) + "居民小组"));
      }
      for (RepresentativeCategory other : List.of(RepresentativeCategory.UNIT,
          RepresentativeCategory.PEOPLES_CONGRESS_DEPUTY, RepresentativeCategory.CPPCC_MEMBER,
          RepresentativeCategory.COMMUNITY_POLICE_OFFICER)) {
        int n = other == RepresentativeCategory.UNIT ? d.between(0, 3) : d.between(0, 1);
        for (int i = 0; i < n; i++) {
          Person person = add(adult(asOf, 30, 60));
          reps.add(new AssemblyRepresentative(person.id(), other, other.nameZh() + (i + 1)));
        }
      }
      return RepresentativeAssembly.of(id, reps);
    }

    private List<Matter> matters(LocalDate asOf) {
      List<Matter> matters = new ArrayList<>();
      int n = d.between(0, 4);
      for (int i = 1; i <= n; i++) {
        MatterKind kind = d.pick(Arrays.asList(MatterKind.values()));
        matters.add(new Matter(cid + "-matter-" + i, kind.nameZh(), kind, asOf.minusDays(details.nextInt(60))));
      }
      return matters;
    }

    private static final List<String> TOPICS = List.of("小区环境整治", "停车难", "老旧楼道改造", "社区治安", "居家养老服务");
    private static final List<String> UNITS = List.of("济南市某小学", "市中区人民医院", "某机关大院", "某中学", "某企业");
    private static final List<String> RESOURCES = List.of("操场", "会议室", "图书室", "活动室", "停车场");

    /** Up to three forums in two communities of three, held on or before {@code asOf}. */
    private List<Forum> forums(LocalDate asOf) {
      List<Forum> forums = new ArrayList<>();
      int n = details.nextInt(3) == 0 ? 0 : 1 + details.nextInt(3);
      for (int i = 1; i <= n; i++) {
        LocalDate held = details.nextInt(5) == 0 ? asOf : asOf.minusDays(details.nextInt(365));
        int participants = details.nextInt(5) == 0 ? 1 : 1 + details.nextInt(200);
        List<Suggestion> suggestions = new ArrayList<>();
        int raised = details.nextInt(4);
        for (int j = 1; j <= raised; j++) {
          String id = "suggestion-" + j;
          String summary = TOPICS.get(details.nextInt(TOPICS.size())) + "的建议" + j;
          int way = details.nextInt(4);
          int days = Math.toIntExact(ChronoUnit.DAYS.between(held, asOf));
          suggestions.add(way == 0 ? Suggestion.unsolved(id, summary)
              : Suggestion.solvedOn(id, summary, way == 1 ? held : held.plusDays(details.nextInt(days + 1))));
        }
        ForumKind kind = ForumKind.values()[details.nextInt(ForumKind.values().length)];
        forums.add(Forum.of(cid + "-forum-" + i, kind, held, TOPICS.get(details.nextInt(TOPICS.size())), participants,
            suggestions));
      }
      return forums;
    }

    /** Up to two unit resources in half the communities, opened on or before {@code asOf}. */
    private List<UnitResource> unitResources(LocalDate asOf) {
      List<UnitResource> resources = new ArrayList<>();
      int n = details.nextInt(2) == 0 ? 0 : 1 + details.nextInt(2);
      for (int i = 1; i <= n; i++) {
        LocalDate opened = details.nextInt(5) == 0 ? asOf : asOf.minusDays(details.nextInt(2000));
        resources.add(new UnitResource(cid + "-resource-" + i, UNITS.get(details.nextInt(UNITS.size())),
            RESOURCES.get(details.nextInt(RESOURCES.size())), opened));
      }
      return resources;
    }
  }
}
