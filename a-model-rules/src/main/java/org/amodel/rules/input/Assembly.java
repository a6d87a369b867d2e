package org.amodel.rules.input;

import static org.amodel.rules.input.Paths.field;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Appointment;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityTie;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.Forum;
import org.amodel.core.model.GridBranch;
import org.amodel.core.model.Household;
import org.amodel.core.model.Matter;
import org.amodel.core.model.OutsidePost;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StageResult;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.core.model.SubdistrictPartyWorkingCommittee;
import org.amodel.core.model.Suggestion;
import org.amodel.core.model.Term;
import org.amodel.core.model.UnitResource;
import org.amodel.rules.input.Entries.ApplicantEntry;
import org.amodel.rules.input.Entries.AppointmentEntry;
import org.amodel.rules.input.Entries.AssemblyEntry;
import org.amodel.rules.input.Entries.AssessmentEntry;
import org.amodel.rules.input.Entries.CommitteeEntry;
import org.amodel.rules.input.Entries.CommunityEntry;
import org.amodel.rules.input.Entries.ForumEntry;
import org.amodel.rules.input.Entries.GridBranchEntry;
import org.amodel.rules.input.Entries.HouseholdEntry;
import org.amodel.rules.input.Entries.MatterEntry;
import org.amodel.rules.input.Entries.MembershipEntry;
import org.amodel.rules.input.Entries.OfficeEntry;
import org.amodel.rules.input.Entries.OutsidePostEntry;
import org.amodel.rules.input.Entries.PartyEntry;
import org.amodel.rules.input.Entries.PeriodEntry;
import org.amodel.rules.input.Entries.PersonEntry;
import org.amodel.rules.input.Entries.RecruitmentEntry;
import org.amodel.rules.input.Entries.RepresentativeEntry;
import org.amodel.rules.input.Entries.SeatEntry;
import org.amodel.rules.input.Entries.StageEntry;
import org.amodel.rules.input.Entries.StationEntry;
import org.amodel.rules.input.Entries.SuggestionEntry;
import org.amodel.rules.input.Entries.TermEntry;
import org.amodel.rules.input.Entries.TieEntry;
import org.amodel.rules.input.Entries.UnitResourceEntry;
import org.amodel.rules.input.Entries.WorkingCommitteeEntry;

/**
 * Builds the model from bound entries, reporting every missing field, every reference to a person
 * or recruitment the community does not list, every id given twice, and every structural truth the
 * model's constructors reject, each at the element it concerns. An element with a problem anywhere
 * inside it is not built, so one mistake is reported once, where it is, and not again by the
 * elements around it.
 */
final class Assembly extends Assembling {
  Assembly(Reading in) {
    super(in);
  }

  /** Returns the community, or null if any problem was reported while reading or building it. */
  Community community(CommunityEntry e) {
    String at = "";
    // First, so that an element whose ids or references are wrong is reported there and not built.
    references(e);
    String id = text(e.id, at, "id");
    String name = text(e.name, at, "name");
    var type = required(e.type, at, "type", "a community type (BLOCK, GEOGRAPHIC or WORK_UNIT)");
    SubdistrictOffice office = object(e.subdistrictOffice, at, "subdistrictOffice", this::office);
    List<Person> people = list(e.people, "people", this::person);
    List<Household> households = list(e.households, "households", this::household);
    List<PartyOrganisation> parties = list(e.partyOrganisations, "partyOrganisations", this::party);
    List<ResidentsCommittee> committees = list(e.residentsCommittees, "residentsCommittees", this::committee);
    List<ServiceStation> stations = list(e.serviceStations, "serviceStations", this::station);
    List<RepresentativeAssembly> assemblies = list(e.assemblies, "assemblies", this::assembly);
    List<Recruitment> recruitments = list(e.recruitments, "recruitments", this::recruitment);
    List<Assessment> assessments = list(e.assessments, "assessments", this::assessment);
    List<Matter> matters = list(e.matters, "matters", this::matter);
    List<Forum> forums = list(e.forums, "forums", this::forum);
    List<UnitResource> unitResources = list(e.unitResources, "unitResources", this::unitResource);
    if (in.problemCount() > 0) {
      return null;
    }
    return build(at, () -> Community.builder(id, name, type, office)
        .people(people).households(households).partyOrganisations(parties).residentsCommittees(committees)
        .serviceStations(stations).assemblies(assemblies).recruitments(recruitments).assessments(assessments)
        .matters(matters).forums(forums).unitResources(unitResources).build());
  }

  private SubdistrictOffice office(OfficeEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    String name = text(e.name, at, "name");
    SubdistrictPartyWorkingCommittee wc = object(e.workingCommittee, at, "workingCommittee", this::workingCommittee);
    return in.problemCount() > mark ? null : build(at, () -> new SubdistrictOffice(id, name, wc));
  }

  private SubdistrictPartyWorkingCommittee workingCommittee(WorkingCommitteeEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    String name = text(e.name, at, "name");
    return in.problemCount() > mark ? null : build(at, () -> new SubdistrictPartyWorkingCommittee(id, name));
  }

  private Person person(PersonEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    String name = text(e.name, at, "name");
    LocalDate birthDate = required(e.birthDate, at, "birthDate", DATE);
    var education = required(e.education, at, "education", "an education level");
    Optional<PartyMembership> membership = optionalObject(e.partyMembership, at, "partyMembership", this::membership);
    List<OutsidePost> posts = list(e.outsidePosts, field(at, "outsidePosts"), this::outsidePost);
    List<CommunityTie> ties = list(e.communityTies, field(at, "communityTies"), this::tie);
    return in.problemCount() > mark ? null : build(at, () -> new Person(id, name, birthDate, education, membership,
        ImmutableList.copyOf(posts), ImmutableList.copyOf(ties)));
  }

  private PartyMembership membership(MembershipEntry e, String at) {
    int mark = in.problemCount();
    LocalDate admitted = required(e.admitted, at, "admitted", DATE);
    Optional<LocalDate> full = Optional.ofNullable(e.fullMemberSince);
    return in.problemCount() > mark ? null : build(at, () -> new PartyMembership(admitted, full));
  }

  private OutsidePost outsidePost(OutsidePostEntry e, String at) {
    int mark = in.problemCount();
    String employer = text(e.employer, at, "employer");
    String title = text(e.title, at, "title");
    DateRange period = object(e.period, at, "period", this::period);
    return in.problemCount() > mark ? null : build(at, () -> new OutsidePost(employer, title, period));
  }

  private CommunityTie tie(TieEntry e, String at) {
    int mark = in.problemCount();
    var kind = required(e.kind, at, "kind", "a kind of tie (RESIDENCE or WORK)");
    String communityId = text(e.communityId, at, "communityId");
    DateRange period = object(e.period, at, "period", this::period);
    return in.problemCount() > mark ? null : build(at, () -> new CommunityTie(kind, communityId, period));
  }

  private DateRange period(PeriodEntry e, String at) {
    int mark = in.problemCount();
    LocalDate from = required(e.from, at, "from", DATE);
    Optional<LocalDate> until = Optional.ofNullable(e.until);
    return in.problemCount() > mark ? null : build(at, () -> new DateRange(from, until));
  }

  private Household household(HouseholdEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    String address = text(e.address, at, "address");
    String representative = text(e.representativeId, at, "representativeId");
    List<String> members = list(e.memberIds, field(at, "memberIds"), (m, mat) -> text(m, mat));
    if (representative != null && !members.contains(representative) && !in.reportedWithin(field(at, "memberIds"))) {
      in.reportValue(field(at, "representativeId"), field(at, "representativeId") + ": '" + representative
          + "' represents the household but is not among its memberIds " + members);
    }
    return in.problemCount() > mark ? null : build(at, () -> new Household(id, address, representative,
        ImmutableSet.copyOf(members)));
  }

  private PartyOrganisation party(PartyEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    var kind = required(e.kind, at, "kind", "a kind of Party organisation (COMMITTEE, GENERAL_BRANCH or BRANCH)");
    Appointment secretary = object(e.secretary, at, "secretary", (s, sat) -> {
      int m = in.problemCount();
      String personId = text(s.personId, sat, "personId");
      LocalDate since = required(s.since, sat, "since", DATE);
      return in.problemCount() > m ? null : build(sat, () -> new Appointment(personId, since));
    });
    List<GridBranch> branches = list(e.gridBranches, field(at, "gridBranches"), this::gridBranch);
    return in.problemCount() > mark ? null : build(at, () -> new PartyOrganisation(id, kind, secretary,
        ImmutableList.copyOf(branches)));
  }

  private GridBranch gridBranch(GridBranchEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    String name = text(e.name, at, "name");
    String secretaryId = text(e.secretaryId, at, "secretaryId");
    return in.problemCount() > mark ? null : build(at, () -> new GridBranch(id, name, secretaryId));
  }

  private ResidentsCommittee committee(CommitteeEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    Term term = object(e.term, at, "term", this::term);
    List<CommitteeSeat> seats = list(e.seats, field(at, "seats"), this::seat);
    return in.problemCount() > mark ? null : build(at, () -> new ResidentsCommittee(id, term,
        ImmutableList.copyOf(seats)));
  }

  private Term term(TermEntry e, String at) {
    int mark = in.problemCount();
    LocalDate start = required(e.start, at, "start", DATE);
    LocalDate end = required(e.end, at, "end", DATE);
    return in.problemCount() > mark ? null : build(at, () -> new Term(start, end));
  }

  private CommitteeSeat seat(SeatEntry e, String at) {
    int mark = in.problemCount();
    String personId = text(e.personId, at, "personId");
    var post = required(e.post, at, "post", "a committee post (CHAIR, VICE_CHAIR or MEMBER)");
    LocalDate since = required(e.since, at, "since", DATE);
    return in.problemCount() > mark ? null : build(at, () -> new CommitteeSeat(personId, post, since));
  }

  private ServiceStation station(StationEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    String office = text(e.managingOfficeId, at, "managingOfficeId");
    Optional<String> assembly = optionalText(e.evaluatingAssemblyId, at, "evaluatingAssemblyId");
    List<StationAppointment> appointments = list(e.appointments, field(at, "appointments"), this::appointment);
    return in.problemCount() > mark ? null : build(at, () -> new ServiceStation(id, office, assembly,
        ImmutableList.copyOf(appointments)));
  }

  private StationAppointment appointment(AppointmentEntry e, String at) {
    int mark = in.problemCount();
    String personId = text(e.personId, at, "personId");
    var post = required(e.post, at, "post", "a station post (HEAD, DEPUTY_HEAD or STAFF)");
    Term term = object(e.term, at, "term", this::term);
    Optional<String> recruitment = optionalText(e.recruitmentId, at, "recruitmentId");
    return in.problemCount() > mark ? null : build(at, () -> new StationAppointment(personId, post, term,
        recruitment));
  }

  private RepresentativeAssembly assembly(AssemblyEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    List<AssemblyRepresentative> representatives =
        list(e.representatives, field(at, "representatives"), this::representative);
    return in.problemCount() > mark ? null : build(at, () -> new RepresentativeAssembly(id,
        ImmutableList.copyOf(representatives)));
  }

  private AssemblyRepresentative representative(RepresentativeEntry e, String at) {
    int mark = in.problemCount();
    String personId = text(e.personId, at, "personId");
    var category = required(e.category, at, "category", "a representative category");
    String constituency = text(e.constituency, at, "constituency");
    return in.problemCount() > mark ? null : build(at, () -> new AssemblyRepresentative(personId, category,
        constituency));
  }

  private Recruitment recruitment(RecruitmentEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    var method = required(e.method, at, "method", "a recruitment method (OPEN, INTERNAL or DESIGNATED)");
    LocalDate announced = required(e.announced, at, "announced", DATE);
    LocalDate referenceDate = required(e.referenceDate, at, "referenceDate", DATE);
    List<ApplicantRecord> applicants = list(e.applicants, field(at, "applicants"), this::applicant);
    return in.problemCount() > mark ? null : build(at, () -> new Recruitment(id, method, announced, referenceDate,
        ImmutableList.copyOf(applicants)));
  }

  private ApplicantRecord applicant(ApplicantEntry e, String at) {
    int mark = in.problemCount();
    String personId = text(e.personId, at, "personId");
    List<StageResult> stages = list(e.stages, field(at, "stages"), this::stage);
    return in.problemCount() > mark ? null : build(at, () -> new ApplicantRecord(personId,
        ImmutableList.copyOf(stages)));
  }

  private StageResult stage(StageEntry e, String at) {
    int mark = in.problemCount();
    var stage = required(e.stage, at, "stage", "a recruitment stage");
    LocalDate date = required(e.date, at, "date", DATE);
    var outcome = required(e.outcome, at, "outcome", "a stage outcome (PASSED, FAILED or WITHDREW)");
    return in.problemCount() > mark ? null : build(at, () -> new StageResult(stage, date, outcome,
        Optional.ofNullable(e.score)));
  }

  private Assessment assessment(AssessmentEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    String personId = text(e.personId, at, "personId");
    String workingCommitteeId = text(e.workingCommitteeId, at, "workingCommitteeId");
    LocalDate date = required(e.date, at, "date", DATE);
    var outcome = required(e.outcome, at, "outcome", "an assessment outcome (PASSED or FAILED)");
    return in.problemCount() > mark ? null : build(at, () -> new Assessment(id, personId, workingCommitteeId, date,
        outcome));
  }

  private Matter matter(MatterEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    String title = text(e.title, at, "title");
    var kind = required(e.kind, at, "kind", "a kind of matter");
    LocalDate raised = required(e.raised, at, "raised", DATE);
    return in.problemCount() > mark ? null : build(at, () -> new Matter(id, title, kind, raised));
  }

  private Forum forum(ForumEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    var kind = required(e.kind, at, "kind", "a kind of forum (COMMUNITY_FORUM, COMMUNITY_DIALOGUE or RESIDENTS_TALK)");
    LocalDate held = required(e.held, at, "held", DATE);
    String topic = text(e.topic, at, "topic");
    Integer participants = count(e.participants, at, "participants", 1, true);
    List<Suggestion> suggestions = list(e.suggestions, field(at, "suggestions"), (s, sat) -> suggestion(s, sat, held));
    return in.problemCount() > mark ? null : build(at, () -> new Forum(id, kind, held, topic, participants,
        ImmutableList.copyOf(suggestions)));
  }

  /** Reads a suggestion of a forum held on {@code held} (null if that is missing), reporting one solved before it. */
  private Suggestion suggestion(SuggestionEntry e, String at, LocalDate held) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    String summary = text(e.summary, at, "summary");
    Optional<LocalDate> solved = Optional.ofNullable(e.solved);
    if (held != null && solved.filter(held::isAfter).isPresent()) {
      String sat = field(at, "solved");
      in.reportValue(sat, sat + ": solved on " + e.solved + ", before the forum was held on " + held
          + "; a problem is solved on or after the day the forum raised it");
    }
    return in.problemCount() > mark ? null : build(at, () -> new Suggestion(id, summary, solved));
  }

  private UnitResource unitResource(UnitResourceEntry e, String at) {
    int mark = in.problemCount();
    String id = text(e.id, at, "id");
    String unit = text(e.unit, at, "unit");
    String resource = text(e.resource, at, "resource");
    LocalDate openedOn = required(e.openedOn, at, "openedOn", DATE);
    return in.problemCount() > mark ? null : build(at, () -> new UnitResource(id, unit, resource, openedOn));
  }

  // The community's own structural truths: ids unique in each list, references to people and recruitments it lists.

  private void references(CommunityEntry e) {
    Map<String, String> people = unique(e.people, "people", p -> p.id, "id");
    unique(e.households, "households", h -> h.id, "id");
    unique(e.partyOrganisations, "partyOrganisations", p -> p.id, "id");
    unique(e.residentsCommittees, "residentsCommittees", c -> c.id, "id");
    unique(e.serviceStations, "serviceStations", s -> s.id, "id");
    unique(e.assemblies, "assemblies", a -> a.id, "id");
    Map<String, String> recruitments = unique(e.recruitments, "recruitments", r -> r.id, "id");
    unique(e.assessments, "assessments", a -> a.id, "id");
    unique(e.matters, "matters", m -> m.id, "id");
    unique(e.forums, "forums", f -> f.id, "id");
    unique(e.unitResources, "unitResources", r -> r.id, "id");
    each(e.forums, "forums", (f, at) -> unique(f.suggestions, field(at, "suggestions"), s -> s.id, "id"));

    Map<String, String> householdOf = new HashMap<>();
    each(e.households, "households", (h, at) -> {
      Set<String> seen = new HashSet<>();
      each(h.memberIds, field(at, "memberIds"), (member, mat) -> {
        if (member.isBlank()) {
          return;
        }
        if (!seen.add(member)) {
          in.reportValue(mat, mat + ": '" + member + "' is listed twice in this household");
          return;
        }
        if (person(people, member, mat)) {
          String before = householdOf.putIfAbsent(member, at);
          if (before != null) {
            in.reportValue(mat, mat + ": person '" + member + "' already belongs to household " + before
                + "; a person belongs to one household at most");
          }
        }
      });
    });
    each(e.partyOrganisations, "partyOrganisations", (p, at) -> {
      if (p.secretary != null) {
        person(people, p.secretary.personId, field(field(at, "secretary"), "personId"));
      }
      unique(p.gridBranches, field(at, "gridBranches"), g -> g.id, "id");
      each(p.gridBranches, field(at, "gridBranches"), (g, gat) -> person(people, g.secretaryId, field(gat, "secretaryId")));
    });
    each(e.residentsCommittees, "residentsCommittees", (c, at) -> {
      unique(c.seats, field(at, "seats"), s -> s.personId, "personId");
      each(c.seats, field(at, "seats"), (s, sat) -> person(people, s.personId, field(sat, "personId")));
    });
    each(e.serviceStations, "serviceStations", (s, at) -> {
      unique(s.appointments, field(at, "appointments"), a -> a.personId, "personId");
      each(s.appointments, field(at, "appointments"), (a, aat) -> {
        person(people, a.personId, field(aat, "personId"));
        if (a.recruitmentId != null && !a.recruitmentId.isBlank() && !recruitments.containsKey(a.recruitmentId)) {
          String rat = field(aat, "recruitmentId");
          in.reportValue(rat, rat + ": there is no recruitment '" + a.recruitmentId + "' among this community's "
              + "recruitments" + Suggestions.didYouMean(a.recruitmentId, recruitments.keySet()));
        }
      });
    });
    each(e.assemblies, "assemblies", (a, at) -> {
      unique(a.representatives, field(at, "representatives"), r -> r.personId, "personId");
      each(a.representatives, field(at, "representatives"), (r, rat) -> person(people, r.personId, field(rat, "personId")));
    });
    each(e.recruitments, "recruitments", (r, at) -> {
      unique(r.applicants, field(at, "applicants"), a -> a.personId, "personId");
      each(r.applicants, field(at, "applicants"), (a, aat) -> person(people, a.personId, field(aat, "personId")));
    });
    each(e.assessments, "assessments", (a, at) -> person(people, a.personId, field(at, "personId")));
  }

  /** Returns true if {@code personId} is among {@code people}; reports it at {@code at} if it is not (and is given). */
  private boolean person(Map<String, String> people, String personId, String at) {
    if (personId == null || personId.isBlank()) {
      return false;
    }
    if (people.containsKey(personId)) {
      return true;
    }
    in.reportValue(at, at + ": there is no person '" + personId + "' among this community's people");
    return false;
  }

  /**
   * Returns each key of {@code entries} with the path of the first entry that gives it, reporting
   * each entry that gives a key already given.
   */
  private <E> Map<String, String> unique(List<E> entries, String list, Function<E, String> key, String keyName) {
    Map<String, String> first = new LinkedHashMap<>();
    each(entries, list, (entry, at) -> {
      String k = key.apply(entry);
      if (k == null || k.isBlank()) {
        return;
      }
      String before = first.putIfAbsent(k, at);
      if (before != null) {
        String kat = field(at, keyName);
        in.reportValue(kat, kat + ": '" + k + "' is already the " + keyName + " of " + before
            + "; no two entries of " + list + " may share one");
      }
    });
    return first;
  }

  @Override
  Class<?> entryType(String name) {
    return switch (name) {
      case "subdistrictOffice" -> OfficeEntry.class;
      case "workingCommittee" -> WorkingCommitteeEntry.class;
      case "period" -> PeriodEntry.class;
      case "term" -> TermEntry.class;
      case "secretary" -> Entries.SecretaryEntry.class;
      default -> Object.class;
    };
  }

}
