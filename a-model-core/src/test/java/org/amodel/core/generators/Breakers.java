package org.amodel.core.generators;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Appointment;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Household;
import org.amodel.core.model.OutsidePost;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Person;
import org.amodel.core.model.Post;
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
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.ParameterKey;
import org.amodel.core.parameters.Parameters;
import org.quicktheories.core.Gen;

/**
 * For each rule id the reference checker implements, a "breaker" that turns a valid community
 * (from {@link CommunityGenerators#valid}) into one that breaks exactly that rule, saying which
 * subjects the rule must name.
 *
 * <pre>{@code
 * qt().forAll(Breakers.breaking(params, RuleId.STATION_SIZE)).checkAssert(b -> ...);
 * }</pre>
 */
public final class Breakers {
  private Breakers() {}

  /** Turns a valid scenario into one breaking a rule, drawing its choices from {@code draw}. */
  @FunctionalInterface
  interface Breaker {
    BrokenScenario apply(Scenario valid, DistrictParameters parameters, Draw draw);
  }

  private static final ImmutableMap<RuleId, Breaker> BREAKERS = ImmutableMap.<RuleId, Breaker>builder()
      .put(RuleId.STRUCTURE_TRINITY, Breakers::structureTrinity)
      .put(RuleId.STATION_SIZE, Breakers::stationSize)
      .put(RuleId.STATION_POSTS, Breakers::stationPosts)
      .put(RuleId.RECRUIT_AGE, Breakers::recruitAge)
      .put(RuleId.RECRUIT_EDUCATION, Breakers::recruitEducation)
      .put(RuleId.RECRUIT_PROCESS, Breakers::recruitProcess)
      .put(RuleId.APPOINTMENT_TERM, Breakers::appointmentTerm)
      .put(RuleId.STATION_REPORTING, Breakers::stationReporting)
      .put(RuleId.SECRETARY_FULL_TIME, Breakers::secretaryFullTime)
      .put(RuleId.SECRETARY_MEMBERSHIP, Breakers::secretaryMembership)
      .put(RuleId.CONCURRENT_POSTS, Breakers::concurrentPosts)
      .put(RuleId.CONCURRENT_POSTS_AVAILABLE, Breakers::concurrentPostsAvailable)
      .put(RuleId.COMMITTEE_SIZE, Breakers::committeeSize)
      .put(RuleId.COMMITTEE_TERM, Breakers::committeeTerm)
      .put(RuleId.COMMUNITY_HOUSEHOLDS, Breakers::communityHouseholds)
      .put(RuleId.ASSEMBLY_COMPOSITION, Breakers::assemblyComposition)
      .buildOrThrow();

  /** Returns the rule ids that have a breaker. */
  public static ImmutableSet<RuleId> ruleIds() {
    return BREAKERS.keySet();
  }

  /**
   * Returns communities valid under {@code parameters} except that each breaks {@code rule}.
   *
   * @throws IllegalArgumentException if there is no breaker for {@code rule}
   */
  public static Gen<BrokenScenario> breaking(DistrictParameters parameters, RuleId rule) {
    Breaker breaker = BREAKERS.get(rule);
    checkArgument(breaker != null, "no breaker for rule %s; there are breakers for %s", rule, BREAKERS.keySet());
    return source -> {
      Draw draw = new Draw(source);
      return breaker.apply(CommunityGenerators.draw(parameters, draw), parameters, draw);
    };
  }

  /** Returns communities broken by a breaker of any rule, the rule chosen at random. */
  public static Gen<BrokenScenario> breakingAny(DistrictParameters parameters) {
    List<RuleId> rules = List.copyOf(BREAKERS.keySet());
    return source -> {
      Draw draw = new Draw(source);
      RuleId rule = draw.pick(rules);
      return BREAKERS.get(rule).apply(CommunityGenerators.draw(parameters, draw), parameters, draw);
    };
  }

  /**
   * Returns communities broken by two to five breakers in turn, for properties that compare two
   * checkers rather than expect particular findings. A breaker that cannot apply to what the ones
   * before it left (say, a station breaker after the station was removed) is skipped and the step
   * says so.
   */
  public static Gen<Mixture> mixture(DistrictParameters parameters) {
    List<RuleId> rules = List.copyOf(BREAKERS.keySet());
    return source -> {
      Draw draw = new Draw(source);
      Scenario scenario = CommunityGenerators.draw(parameters, draw);
      int count = draw.between(2, 5);
      ImmutableList.Builder<String> steps = ImmutableList.builder();
      for (int i = 0; i < count; i++) {
        RuleId rule = draw.pick(rules);
        try {
          BrokenScenario broken = BREAKERS.get(rule).apply(scenario, parameters, draw);
          scenario = broken.scenario();
          steps.add(rule + " by " + broken.how());
        } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException
                 | IndexOutOfBoundsException cannotApply) {
          steps.add(rule + " skipped: " + cannotApply.getMessage());
        }
      }
      return new Mixture(scenario, steps.build());
    };
  }

  // ---------------------------------------------------------------- helpers

  private static BrokenScenario broken(Scenario s, Community changed, RuleId rule, Set<Subject> subjects, String how) {
    return new BrokenScenario(s.withCommunity(changed), rule, ImmutableSet.copyOf(subjects), ImmutableSet.of(), how);
  }

  private static ServiceStation station(Community c) {
    return c.serviceStations().get(0);
  }

  private static ResidentsCommittee committee(Community c) {
    return c.residentsCommittees().get(0);
  }

  private static PartyOrganisation party(Community c) {
    return c.partyOrganisations().get(0);
  }

  private static Subject stationSubject(Community c) {
    return Subject.of(c.id(), SubjectKind.SERVICE_STATION, station(c).id());
  }

  private static Subject personSubject(Community c, StationAppointment a) {
    return Subject.person(c.id(), a.personId(), a.post().post());
  }

  private static Community replaceStation(Community c, ServiceStation station) {
    return c.toBuilder().serviceStations(List.of(station)).build();
  }

  private static Community replaceAppointment(Community c, StationAppointment old, StationAppointment changed) {
    List<StationAppointment> list = new ArrayList<>(station(c).appointments());
    list.set(list.indexOf(old), changed);
    return replaceStation(c, station(c).withAppointments(list));
  }

  private static Community replaceCommittee(Community c, ResidentsCommittee rc) {
    return c.toBuilder().residentsCommittees(List.of(rc)).build();
  }

  private static Community replaceParty(Community c, PartyOrganisation party) {
    return c.toBuilder().partyOrganisations(List.of(party)).build();
  }

  private static <T> Optional<T> param(DistrictParameters p, ParameterKey<T> key, LocalDate day) {
    return p.find(key, day);
  }

  private static String newId(Community c, String kind) {
    Set<String> used = new HashSet<>();
    c.people().forEach(p -> used.add(p.id()));
    c.households().forEach(h -> used.add(h.id()));
    c.assessments().forEach(a -> used.add(a.id()));
    int i = 1;
    while (used.contains(c.id() + "-" + kind + i)) {
      i++;
    }
    return c.id() + "-" + kind + i;
  }

  /** Returns a new full Party member fit to be secretary, with no outside post. */
  private static Person newFullMember(Community c, LocalDate asOf, Draw d) {
    Person person = Person.of(newId(c, "x"), "新书记", asOf.minusYears(d.between(30, 55)), EducationLevel.BACHELOR);
    LocalDate admitted = person.birthDate().plusYears(22);
    return person.withPartyMembership(PartyMembership.full(admitted, admitted.plusYears(1)));
  }

  // ---------------------------------------------------------------- breakers

  private static BrokenScenario structureTrinity(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    Subject subject = Subject.community(c.id());
    return switch (d.between(0, 3)) {
      case 0 -> broken(s, c.toBuilder().serviceStations(List.of()).build(), RuleId.STRUCTURE_TRINITY,
          Set.of(subject), "removing the station");
      case 1 -> broken(s, c.toBuilder().residentsCommittees(List.of()).build(), RuleId.STRUCTURE_TRINITY,
          Set.of(subject), "removing the committee");
      case 2 -> broken(s, c.toBuilder().partyOrganisations(List.of()).build(), RuleId.STRUCTURE_TRINITY,
          Set.of(subject), "removing the Party organisation");
      default -> {
        Person secretary = newFullMember(c, s.asOf(), d);
        List<Person> people = new ArrayList<>(c.people());
        people.add(secretary);
        PartyOrganisation second = PartyOrganisation.of(c.id() + "-party-2", party(c).kind(),
            Appointment.of(secretary.id(), party(c).secretary().since()), List.of());
        List<PartyOrganisation> parties = new ArrayList<>(c.partyOrganisations());
        parties.add(second);
        yield broken(s, c.toBuilder().people(people).partyOrganisations(parties).build(), RuleId.STRUCTURE_TRINITY,
            Set.of(subject), "adding a second Party organisation");
      }
    };
  }

  private static BrokenScenario stationSize(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    LocalDate asOf = s.asOf();
    ServiceStation station = station(c);
    Optional<Integer> min = param(p, Parameters.STATION_SIZE_MIN, asOf);
    Optional<Integer> max = param(p, Parameters.STATION_SIZE_MAX, asOf);
    checkArgument(min.isPresent() || max.isPresent(), "district %s sets no station size to break", p.districtId());
    boolean shrink = min.filter(m -> m > 0).isPresent() && (max.isEmpty() || d.coin());
    Community changed;
    String how;
    if (shrink) {
      int target = d.oneIn(2) ? min.get() - 1 : d.between(0, min.get() - 1);
      List<StationAppointment> kept = new ArrayList<>(station.appointments());
      // remove staff first, then deputies, then heads: the least senior go first
      kept.sort((a, b) -> b.post().compareTo(a.post()));
      while (kept.size() > target) {
        kept.remove(0);
      }
      changed = replaceStation(c, station.withAppointments(kept));
      how = "shrinking the station to " + target;
    } else {
      int target = d.oneIn(2) ? max.get() + 1 : d.between(max.get() + 1, max.get() + 4);
      changed = c;
      while (station(changed).size() < target) {
        changed = addRecruitedStaff(changed, p, asOf, d);
      }
      how = "growing the station to " + target;
    }
    ServiceStation after = station(changed);
    Set<RuleId> also = postsBroken(after, p, asOf) ? Set.of(RuleId.STATION_POSTS) : Set.of();
    return new BrokenScenario(s.withCommunity(changed), RuleId.STATION_SIZE, ImmutableSet.of(stationSubject(changed)),
        ImmutableSet.copyOf(also), how);
  }

  /** Adds a staff member recruited, qualified and appointed like the station's others. */
  private static Community addRecruitedStaff(Community c, DistrictParameters p, LocalDate asOf, Draw d) {
    ServiceStation station = station(c);
    StationAppointment model = station.appointments().get(0);
    Recruitment recruitment = c.recruitment(model.recruitmentId().orElseThrow()).orElseThrow();
    Person person = CommunityGenerators.recruitablePerson(p, d, newId(c, "s"), recruitment.referenceDate());
    ApplicantRecord modelRecord = recruitment.applicant(model.personId()).orElseThrow();
    List<ApplicantRecord> applicants = new ArrayList<>(recruitment.applicants());
    applicants.add(ApplicantRecord.of(person.id(), modelRecord.stages()));
    List<StationAppointment> appointments = new ArrayList<>(station.appointments());
    appointments.add(new StationAppointment(person.id(), StationPost.STAFF, model.term(), model.recruitmentId()));
    List<Person> people = new ArrayList<>(c.people());
    people.add(person);
    List<Recruitment> recruitments = new ArrayList<>(c.recruitments());
    recruitments.set(recruitments.indexOf(recruitment), recruitment.withApplicants(applicants));
    return c.toBuilder().people(people).recruitments(recruitments)
        .serviceStations(List.of(station.withAppointments(appointments))).build();
  }

  /** Returns true if the station's post counts fall outside the district's post bounds. */
  private static boolean postsBroken(ServiceStation station, DistrictParameters p, LocalDate asOf) {
    return outside(station.appointments(StationPost.HEAD).size(), p, Parameters.STATION_HEADS_MIN,
        Parameters.STATION_HEADS_MAX, asOf)
        || outside(station.appointments(StationPost.DEPUTY_HEAD).size(), p, Parameters.STATION_DEPUTY_HEADS_MIN,
        Parameters.STATION_DEPUTY_HEADS_MAX, asOf)
        || outside(station.appointments(StationPost.STAFF).size(), p, Parameters.STATION_STAFF_MIN,
        Parameters.STATION_STAFF_MAX, asOf);
  }

  private static boolean outside(int n, DistrictParameters p, ParameterKey<Integer> minKey,
      ParameterKey<Integer> maxKey, LocalDate asOf) {
    return param(p, minKey, asOf).map(m -> n < m).orElse(false) || param(p, maxKey, asOf).map(m -> n > m).orElse(false);
  }

  private static BrokenScenario stationPosts(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    ServiceStation station = station(c);
    List<Community> candidates = new ArrayList<>();
    List<String> hows = new ArrayList<>();
    for (StationAppointment a : station.appointments()) {
      for (StationPost post : StationPost.values()) {
        if (post == a.post()) {
          continue;
        }
        Community changed = replaceAppointment(c, a, a.withPost(post));
        if (postsBroken(station(changed), p, s.asOf())) {
          candidates.add(changed);
          hows.add("moving " + a.personId() + " from " + a.post() + " to " + post);
        }
      }
    }
    checkArgument(!candidates.isEmpty(), "no change of post breaks STATION_POSTS for district %s", p.districtId());
    int i = d.between(0, candidates.size() - 1);
    return broken(s, candidates.get(i), RuleId.STATION_POSTS, Set.of(stationSubject(c)), hows.get(i));
  }

  private static StationAppointment pickMember(Community c, Draw d) {
    return d.pick(station(c).appointments());
  }

  private static LocalDate referenceDate(Community c, StationAppointment a) {
    return a.recruitmentId().flatMap(c::recruitment).map(Recruitment::referenceDate).orElse(a.term().start());
  }

  private static BrokenScenario recruitAge(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    StationAppointment a = pickMember(c, d);
    int max = param(p, Parameters.RECRUIT_AGE_MAX, referenceDate(c, a)).orElseThrow(
        () -> new IllegalArgumentException("district " + p.districtId() + " sets no recruitment age"));
    int age = d.oneIn(2) ? max + 1 : d.between(max + 1, max + 15);
    LocalDate birth = d.birthDateForAge(referenceDate(c, a), age);
    Person person = c.person(a.personId()).orElseThrow().withBirthDate(birth);
    return broken(s, c.withPerson(person), RuleId.RECRUIT_AGE, Set.of(personSubject(c, a)),
        "making " + a.personId() + " " + age + " on the reference date");
  }

  private static BrokenScenario recruitEducation(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    StationAppointment a = pickMember(c, d);
    EducationLevel min = param(p, Parameters.RECRUIT_EDUCATION_MIN, referenceDate(c, a)).orElseThrow(
        () -> new IllegalArgumentException("district " + p.districtId() + " sets no minimum education"));
    List<EducationLevel> below = Arrays.stream(EducationLevel.values()).filter(e -> !e.isAtLeast(min)).toList();
    checkArgument(!below.isEmpty(), "no education level is below %s", min);
    EducationLevel level = d.oneIn(2) ? below.get(below.size() - 1) : d.pick(below);
    Person person = c.person(a.personId()).orElseThrow().withEducation(level);
    return broken(s, c.withPerson(person), RuleId.RECRUIT_EDUCATION, Set.of(personSubject(c, a)),
        "giving " + a.personId() + " " + level + " education");
  }

  private static BrokenScenario recruitProcess(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    StationAppointment a = pickMember(c, d);
    Recruitment recruitment = c.recruitment(a.recruitmentId().orElseThrow()).orElseThrow();
    Optional<RecruitmentMethod> method = param(p, Parameters.RECRUIT_METHOD, recruitment.referenceDate());
    int maxAge = param(p, Parameters.RECRUIT_AGE_MAX, a.term().start()).orElse(Integer.MAX_VALUE);
    Person person = c.person(a.personId()).orElseThrow();
    List<Integer> variants = new ArrayList<>(List.of(1, 2, 3, 4, 5));
    if (method.isPresent()) {
      variants.add(0);
    }
    if (person.ageOn(a.term().start()) <= maxAge) {
      variants.add(6); // without a recruitment, the age is judged on the appointment's first day
    }
    ApplicantRecord record = recruitment.applicant(a.personId()).orElseThrow();
    List<StageResult> stages = new ArrayList<>(record.stages());
    int variant = d.pick(variants);
    Community changed;
    String how;
    Set<Subject> subjects = Set.of(personSubject(c, a));
    switch (variant) {
      case 0 -> {
        List<RecruitmentMethod> others = Arrays.stream(RecruitmentMethod.values())
            .filter(m -> m != method.get()).toList();
        RecruitmentMethod other = d.pick(others);
        changed = withRecruitment(c, recruitment.withMethod(other));
        how = "running recruitment " + recruitment.id() + " as " + other;
        Set<Subject> all = new HashSet<>();
        station(c).appointments().stream()
            .filter(x -> x.recruitmentId().equals(Optional.of(recruitment.id())))
            .forEach(x -> all.add(personSubject(c, x)));
        subjects = all;
      }
      case 1 -> {
        int i = d.between(0, stages.size() - 1);
        StageResult st = stages.get(i);
        stages.set(i, new StageResult(st.stage(), st.date(), d.coin() ? StageOutcome.FAILED : StageOutcome.WITHDREW,
            st.score()));
        changed = withStages(c, recruitment, record, stages);
        how = a.personId() + " not passing the " + st.stage();
      }
      case 2 -> {
        int i = d.between(0, stages.size() - 2);
        StageResult first = stages.get(i);
        StageResult second = stages.get(i + 1);
        stages.set(i, new StageResult(second.stage(), first.date(), second.outcome(), second.score()));
        stages.set(i + 1, new StageResult(first.stage(), second.date(), first.outcome(), first.score()));
        changed = withStages(c, recruitment, record, stages);
        how = "swapping " + first.stage() + " and " + second.stage() + " for " + a.personId();
      }
      case 3 -> {
        int i = d.between(0, stages.size() - 1);
        StageResult st = stages.get(i);
        LocalDate before = i == 0 ? recruitment.announced() : stages.get(i - 1).date();
        LocalDate date = before.minusDays(d.oneIn(2) ? 1 : d.between(1, 30));
        stages.set(i, new StageResult(st.stage(), date, st.outcome(), st.score()));
        changed = withStages(c, recruitment, record, stages);
        how = "dating the " + st.stage() + " of " + a.personId() + " " + date + ", before the step before it";
      }
      case 4 -> {
        int keep = d.between(0, stages.size() - 1);
        changed = withStages(c, recruitment, record, stages.subList(0, keep));
        how = "stopping " + a.personId() + "'s record after " + keep + " stages";
      }
      case 5 -> {
        List<ApplicantRecord> applicants = new ArrayList<>(recruitment.applicants());
        applicants.remove(record);
        changed = withRecruitment(c, recruitment.withApplicants(applicants));
        how = "removing " + a.personId() + " from the applicants";
      }
      default -> {
        changed = replaceAppointment(c, a, a.withRecruitmentId(Optional.empty()));
        how = "appointing " + a.personId() + " without a recruitment";
      }
    }
    return broken(s, changed, RuleId.RECRUIT_PROCESS, subjects, how);
  }

  private static Community withRecruitment(Community c, Recruitment changed) {
    List<Recruitment> list = new ArrayList<>(c.recruitments());
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(changed.id())) {
        list.set(i, changed);
      }
    }
    return c.toBuilder().recruitments(list).build();
  }

  private static Community withStages(
      Community c, Recruitment recruitment, ApplicantRecord record, List<StageResult> stages) {
    List<ApplicantRecord> applicants = new ArrayList<>(recruitment.applicants());
    applicants.set(applicants.indexOf(record), ApplicantRecord.of(record.personId(), stages));
    return withRecruitment(c, recruitment.withApplicants(applicants));
  }

  private static BrokenScenario appointmentTerm(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    StationAppointment a = pickMember(c, d);
    Term term = a.term();
    boolean tied = param(p, Parameters.STATION_TERM_TIED_TO_COMMITTEE, term.start()).orElse(false);
    Optional<Integer> yearsMax = param(p, Parameters.STATION_TERM_YEARS_MAX, term.start());
    checkArgument(tied || yearsMax.isPresent(), "district %s sets no appointment term to break", p.districtId());
    long days = ChronoUnit.DAYS.between(term.start(), term.end());
    Term changed;
    if (yearsMax.isPresent() && (!tied || d.coin())) {
      changed = Term.of(term.start(), term.start().plusYears(yearsMax.get()).plusDays(d.oneIn(2) ? 1 : d.between(1, 90)));
    } else {
      long shorter = Math.min(days - 1, d.oneIn(2) ? 1 : d.between(1, 90));
      changed = Term.of(term.start(), term.end().minusDays(Math.max(1, shorter)));
    }
    return broken(s, replaceAppointment(c, a, a.withTerm(changed)), RuleId.APPOINTMENT_TERM,
        Set.of(personSubject(c, a)), "changing " + a.personId() + "'s appointment to " + changed);
  }

  private static BrokenScenario stationReporting(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    ServiceStation station = station(c);
    return switch (d.between(0, 2)) {
      case 0 -> broken(s, replaceStation(c, station.withManagingOfficeId("district-civil-affairs-bureau")),
          RuleId.STATION_REPORTING, Set.of(stationSubject(c)), "having the district bureau manage the station");
      case 1 -> broken(s, replaceStation(c, station.withEvaluatingAssemblyId(Optional.empty())),
          RuleId.STATION_REPORTING, Set.of(stationSubject(c)), "leaving the station unevaluated");
      default -> broken(s, replaceStation(c, station.withEvaluatingAssemblyId(Optional.of("assembly-elsewhere"))),
          RuleId.STATION_REPORTING, Set.of(stationSubject(c)), "having another community's assembly evaluate it");
    };
  }

  private static BrokenScenario secretaryFullTime(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    LocalDate asOf = s.asOf();
    Person secretary = c.person(party(c).secretary().personId()).orElseThrow();
    LocalDate from = asOf.minusDays(d.oneIn(3) ? 0 : d.between(1, 900));
    DateRange period = d.coin() ? DateRange.since(from) : DateRange.between(from, asOf.plusDays(d.oneIn(2) ? 0 : d.between(1, 900)));
    List<OutsidePost> posts = new ArrayList<>(secretary.outsidePosts());
    posts.add(new OutsidePost("某房地产公司", "副总经理", period));
    return broken(s, c.withPerson(secretary.withOutsidePosts(posts)), RuleId.SECRETARY_FULL_TIME,
        Set.of(Subject.person(c.id(), secretary.id(), Post.PARTY_SECRETARY)),
        "giving the secretary an outside post " + period);
  }

  private static BrokenScenario secretaryMembership(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    LocalDate asOf = s.asOf();
    Person fresh = Person.of(newId(c, "x"), "新书记", asOf.minusYears(d.between(25, 50)), EducationLevel.BACHELOR);
    String how;
    if (d.coin()) {
      LocalDate admitted = asOf.minusDays(d.between(0, 300));
      LocalDate full = asOf.plusDays(d.oneIn(2) ? 1 : d.between(1, 300));
      fresh = fresh.withPartyMembership(d.coin() ? PartyMembership.probationary(admitted)
          : PartyMembership.full(admitted, full));
      how = "a probationary member as secretary";
    } else {
      how = "a non-member as secretary";
    }
    List<Person> people = new ArrayList<>(c.people());
    people.add(fresh);
    PartyOrganisation party = party(c).withSecretary(Appointment.of(fresh.id(), party(c).secretary().since()));
    Community changed = c.toBuilder().people(people).partyOrganisations(List.of(party)).build();
    return broken(s, changed, RuleId.SECRETARY_MEMBERSHIP,
        Set.of(Subject.person(c.id(), fresh.id(), Post.PARTY_SECRETARY)), how);
  }

  private static BrokenScenario concurrentPosts(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    LocalDate asOf = s.asOf();
    CommitteeSeat chairSeat = committee(c).seats(CommitteePost.CHAIR).get(0);
    PartyOrganisation party = party(c);
    Person chair = c.person(chairSeat.personId()).orElseThrow();
    LocalDate secretarySince = party.secretary().personId().equals(chair.id())
        ? party.secretary().since()
        : chairSeat.since().plusDays(d.between(0, (int) ChronoUnit.DAYS.between(chairSeat.since(), asOf)));
    LocalDate since = secretarySince.isAfter(chairSeat.since()) ? secretarySince : chairSeat.since();
    String committeeId = c.subdistrictOffice().workingCommittee().id();

    // a full member since well before, with no outside post now: only the assessment can fail
    LocalDate admitted = chair.birthDate().plusYears(19);
    LocalDate fullSince = admitted.plusYears(1);
    List<Assessment> assessments = new ArrayList<>(c.assessments());
    assessments.removeIf(a -> a.personId().equals(chair.id()));
    String assessmentId = newId(c, "assessment-");
    List<Integer> variants = new ArrayList<>(List.of(0, 1, 2, 3, 4));
    if (since.isBefore(asOf)) {
      variants.add(5);
    }
    int variant = d.pick(variants);
    String how;
    switch (variant) {
      case 0 -> how = "no assessment";
      case 1 -> {
        assessments.add(new Assessment(assessmentId, chair.id(), committeeId, since, AssessmentOutcome.PASSED));
        how = "an assessment dated the day both posts were taken, " + since;
      }
      case 2 -> {
        LocalDate late = since.plusDays(d.oneIn(2) ? 1 : d.between(1, 60));
        assessments.add(new Assessment(assessmentId, chair.id(), committeeId, late, AssessmentOutcome.PASSED));
        how = "an assessment dated " + late + ", after both posts were taken on " + since;
      }
      case 3 -> {
        assessments.add(new Assessment(assessmentId, chair.id(), committeeId, since.minusDays(d.between(1, 60)),
            AssessmentOutcome.FAILED));
        how = "a failed assessment";
      }
      case 4 -> {
        assessments.add(new Assessment(assessmentId, chair.id(), "another-working-committee",
            since.minusDays(d.between(1, 60)), AssessmentOutcome.PASSED));
        how = "an assessment by another subdistrict's working committee";
      }
      default -> {
        assessments.add(new Assessment(assessmentId, chair.id(), committeeId, since.minusDays(d.between(1, 60)),
            AssessmentOutcome.PASSED));
        fullSince = since.plusDays(d.between(1, (int) ChronoUnit.DAYS.between(since, asOf)));
        admitted = fullSince.minusYears(1);
        how = "a probationary member on " + since + ", full only from " + fullSince;
      }
    }
    Person changedChair = chair.withPartyMembership(PartyMembership.full(admitted, fullSince))
        .withOutsidePosts(chair.outsidePosts().stream().filter(o -> !o.heldOn(asOf)).toList());
    Community changed = c.withPerson(changedChair).toBuilder()
        .partyOrganisations(List.of(party.withSecretary(Appointment.of(chair.id(), secretarySince))))
        .assessments(assessments)
        .build();
    return broken(s, changed, RuleId.CONCURRENT_POSTS,
        Set.of(Subject.person(c.id(), chair.id(), Post.PARTY_SECRETARY)), "concurrent posts with " + how);
  }

  private static BrokenScenario concurrentPostsAvailable(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    LocalDate asOf = s.asOf();
    CommitteeSeat chairSeat = committee(c).seats(CommitteePost.CHAIR).get(0);
    Person chair = c.person(chairSeat.personId()).orElseThrow();
    PartyOrganisation party = party(c);
    Community changed;
    String how;
    if (party.secretary().personId().equals(chair.id())) {
      Person secretary = newFullMember(c, asOf, d);
      List<Person> people = new ArrayList<>(c.people());
      people.add(secretary);
      changed = c.toBuilder().people(people)
          .partyOrganisations(List.of(party.withSecretary(Appointment.of(secretary.id(), party.secretary().since()))))
          .build();
      how = "a qualified chair handing the secretary post to someone else";
    } else {
      LocalDate fullSince = d.oneIn(3) ? asOf : asOf.minusDays(d.between(1, 3000));
      LocalDate admitted = fullSince.minusYears(1);
      if (admitted.isBefore(chair.birthDate().plusYears(18))) {
        admitted = chair.birthDate().plusYears(18);
        fullSince = admitted.plusYears(1);
      }
      LocalDate assessed = asOf.minusDays(d.oneIn(3) ? 1 : d.between(1, 400));
      List<Assessment> assessments = new ArrayList<>(c.assessments());
      assessments.add(new Assessment(newId(c, "assessment-"), chair.id(), c.subdistrictOffice().workingCommittee().id(),
          assessed, AssessmentOutcome.PASSED));
      changed = c.withPerson(chair.withPartyMembership(PartyMembership.full(admitted, fullSince))).toBuilder()
          .assessments(assessments).build();
      how = "a chair who qualifies (full member, assessed " + assessed + ") while someone else is secretary";
    }
    return broken(s, changed, RuleId.CONCURRENT_POSTS_AVAILABLE,
        Set.of(Subject.person(c.id(), chair.id(), Post.COMMITTEE_CHAIR)), how);
  }

  private static BrokenScenario committeeSize(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    LocalDate asOf = s.asOf();
    ResidentsCommittee rc = committee(c);
    Subject subject = Subject.of(c.id(), SubjectKind.RESIDENTS_COMMITTEE, rc.id());
    int min = param(p, Parameters.COMMITTEE_SIZE_MIN, asOf).orElse(0);
    Optional<Integer> max = param(p, Parameters.COMMITTEE_SIZE_MAX, asOf);
    int viceMin = param(p, Parameters.COMMITTEE_VICE_CHAIRS_MIN, asOf).orElse(0);
    List<CommitteeSeat> seats = new ArrayList<>(rc.seats());
    List<Integer> variants = new ArrayList<>(List.of(2, 3));
    if (min > 1 + viceMin) {
      variants.add(0);
    }
    if (max.isPresent()) {
      variants.add(1);
    }
    if (viceMin > 0) {
      variants.add(4);
    }
    int variant = d.pick(variants);
    Community changed;
    String how;
    switch (variant) {
      case 0 -> {
        int target = d.oneIn(2) ? min - 1 : d.between(1 + viceMin, min - 1);
        // drop members first, then vice-chairs above the minimum
        seats.sort((a, b) -> b.post().compareTo(a.post()));
        while (seats.size() > target) {
          seats.remove(0);
        }
        changed = replaceCommittee(c, rc.withSeats(seats));
        how = "shrinking the committee to " + target;
      }
      case 1 -> {
        int target = d.oneIn(2) ? max.get() + 1 : d.between(max.get() + 1, max.get() + 4);
        List<Person> people = new ArrayList<>(c.people());
        int i = 1;
        while (seats.size() < target) {
          Person member = Person.of(c.id() + "-extra" + i++, "新委员", asOf.minusYears(40), EducationLevel.COLLEGE);
          people.add(member);
          seats.add(CommitteeSeat.of(member.id(), CommitteePost.MEMBER, rc.term().start()));
        }
        changed = c.toBuilder().people(people).residentsCommittees(List.of(rc.withSeats(seats))).build();
        how = "growing the committee to " + target;
      }
      case 2 -> {
        CommitteeSeat chair = rc.seats(CommitteePost.CHAIR).get(0);
        seats.set(seats.indexOf(chair), CommitteeSeat.of(chair.personId(), CommitteePost.VICE_CHAIR, chair.since()));
        changed = replaceCommittee(c, rc.withSeats(seats));
        how = "leaving the committee without a chair";
      }
      case 3 -> {
        List<CommitteeSeat> others = seats.stream().filter(x -> x.post() != CommitteePost.CHAIR).toList();
        List<CommitteeSeat> candidates = others.stream()
            .filter(x -> x.post() == CommitteePost.MEMBER || rc.seats(CommitteePost.VICE_CHAIR).size() > viceMin)
            .toList();
        CommitteeSeat second = d.pick(candidates.isEmpty() ? others : candidates);
        seats.set(seats.indexOf(second), CommitteeSeat.of(second.personId(), CommitteePost.CHAIR, second.since()));
        changed = replaceCommittee(c, rc.withSeats(seats));
        how = "giving the committee a second chair";
      }
      default -> {
        seats.replaceAll(x -> x.post() == CommitteePost.VICE_CHAIR
            ? CommitteeSeat.of(x.personId(), CommitteePost.MEMBER, x.since()) : x);
        changed = replaceCommittee(c, rc.withSeats(seats));
        how = "leaving the committee without vice-chairs";
      }
    }
    return broken(s, changed, RuleId.COMMITTEE_SIZE, Set.of(subject), how);
  }

  private static BrokenScenario committeeTerm(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    ResidentsCommittee rc = committee(c);
    Term term = rc.term();
    LocalDate latestStart = station(c).appointments().stream().map(a -> a.term().start())
        .max(LocalDate::compareTo).orElse(term.start());
    long room = ChronoUnit.DAYS.between(latestStart, term.end()) - 1;
    checkArgument(room >= 1, "no room to shorten the committee term %s", term);
    LocalDate end = term.end().minusDays(d.oneIn(2) ? 1 : d.between(1, (int) Math.min(room, 400)));
    Term shorter = Term.of(term.start(), end);
    boolean tied = param(p, Parameters.STATION_TERM_TIED_TO_COMMITTEE, term.start()).orElse(false);
    UnaryOperator<ServiceStation> follow = station -> station.withAppointments(station.appointments().stream()
        .map(a -> tied && a.term().end().equals(term.end()) ? a.withTerm(Term.of(a.term().start(), end)) : a)
        .toList());
    Community changed = replaceCommittee(c, rc.withTerm(shorter)).mapServiceStations(follow);
    return broken(s, changed, RuleId.COMMITTEE_TERM,
        Set.of(Subject.of(c.id(), SubjectKind.RESIDENTS_COMMITTEE, rc.id())),
        "ending the committee's term on " + end + (tied ? ", with the station's appointments" : ""));
  }

  private static BrokenScenario communityHouseholds(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    LocalDate asOf = s.asOf();
    Optional<Integer> min = param(p, Parameters.HOUSEHOLDS_MIN, asOf);
    Optional<Integer> max = param(p, Parameters.HOUSEHOLDS_MAX, asOf);
    checkArgument(min.isPresent() || max.isPresent(), "district %s sets no household bounds", p.districtId());
    Set<String> seated = new HashSet<>();
    c.assemblies().forEach(a -> a.representatives().forEach(r -> seated.add(r.personId())));
    List<Household> households = new ArrayList<>(c.households());
    List<Household> removable = households.stream()
        .filter(h -> h.memberIds().stream().noneMatch(seated::contains)).toList();
    boolean canShrink = min.filter(m -> m > 0 && households.size() - removable.size() < m).isPresent();
    Community changed;
    String how;
    if (canShrink && (max.isEmpty() || d.coin())) {
      int floor = households.size() - removable.size();
      int target = d.oneIn(2) ? min.get() - 1 : d.between(floor, min.get() - 1);
      List<Household> drop = new ArrayList<>(removable.subList(0, households.size() - target));
      households.removeAll(drop);
      changed = c.toBuilder().households(households).build();
      how = "leaving " + target + " households";
    } else {
      int target = d.oneIn(2) ? max.orElseThrow() + 1 : d.between(max.orElseThrow() + 1, max.orElseThrow() + 40);
      List<Person> people = new ArrayList<>(c.people());
      int i = 1;
      while (households.size() < target) {
        Person rep = Person.of(c.id() + "-newcomer" + i, "新住户", asOf.minusYears(35), EducationLevel.SENIOR_SECONDARY);
        people.add(rep);
        households.add(Household.of(c.id() + "-newh" + i, "新建小区" + i + "号", rep.id(), Set.of(rep.id())));
        i++;
      }
      changed = c.toBuilder().people(people).households(households).build();
      how = "growing to " + target + " households";
    }
    return broken(s, changed, RuleId.COMMUNITY_HOUSEHOLDS, Set.of(Subject.community(c.id())), how);
  }

  private static BrokenScenario assemblyComposition(Scenario s, DistrictParameters p, Draw d) {
    Community c = s.community();
    RepresentativeAssembly assembly = c.assemblies().get(0);
    Subject subject = Subject.of(c.id(), SubjectKind.ASSEMBLY, assembly.id());
    List<AssemblyRepresentative> reps = new ArrayList<>(assembly.representatives());
    if (d.coin()) {
      reps.replaceAll(r -> r.category() == RepresentativeCategory.RESIDENTS_GROUP
          ? new AssemblyRepresentative(r.personId(), RepresentativeCategory.UNIT, r.constituency()) : r);
      return broken(s, c.toBuilder().assemblies(List.of(RepresentativeAssembly.of(assembly.id(), reps))).build(),
          RuleId.ASSEMBLY_COMPOSITION, Set.of(subject), "seating the residents' representatives as unit representatives");
    }
    List<AssemblyRepresentative> residents = reps.stream()
        .filter(r -> r.category() == RepresentativeCategory.RESIDENTS_GROUP).toList();
    AssemblyRepresentative replaced = d.pick(residents);
    Person outsider = Person.of(newId(c, "outsider"), "外来代表", s.asOf().minusYears(45), EducationLevel.COLLEGE);
    reps.set(reps.indexOf(replaced),
        new AssemblyRepresentative(outsider.id(), RepresentativeCategory.RESIDENTS_GROUP, replaced.constituency()));
    List<Person> people = new ArrayList<>(c.people());
    people.add(outsider);
    return broken(s, c.toBuilder().people(people).assemblies(List.of(RepresentativeAssembly.of(assembly.id(), reps)))
            .build(),
        RuleId.ASSEMBLY_COMPOSITION, Set.of(subject), "a residents' representative who lives in no household");
  }
}
