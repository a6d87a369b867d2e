package org.amodel.rules.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
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
import org.amodel.core.model.Suggestion;
import org.amodel.core.model.Term;
import org.amodel.core.model.UnitResource;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.ForumKind;
import org.amodel.core.model.MatterKind;
import org.amodel.core.model.PartyOrganisationKind;
import org.amodel.core.model.RecruitmentMethod;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StationPost;
import org.amodel.core.model.TieKind;

/**
 * The shape of a community file, one class per mapping, as Jackson binds it: every field may be
 * absent (null) so that each missing one can be reported with its place, and the fields are
 * declared in the order the writer puts them. {@link Assembly} turns entries into the model;
 * {@link #from} turns the model into entries.
 */
final class Entries {
  private Entries() {}

  /** What each kind of mapping is called in messages: "there is no field 'x' in a person". */
  static String noun(Class<?> type) {
    if (type == CommunityEntry.class) {
      return "a community";
    } else if (type == OfficeEntry.class) {
      return "a subdistrict office";
    } else if (type == WorkingCommitteeEntry.class) {
      return "a working committee";
    } else if (type == PersonEntry.class) {
      return "a person";
    } else if (type == MembershipEntry.class) {
      return "a Party membership";
    } else if (type == OutsidePostEntry.class) {
      return "an outside post";
    } else if (type == TieEntry.class) {
      return "a community tie";
    } else if (type == PeriodEntry.class) {
      return "a period";
    } else if (type == HouseholdEntry.class) {
      return "a household";
    } else if (type == PartyEntry.class) {
      return "a Party organisation";
    } else if (type == SecretaryEntry.class) {
      return "a secretary's appointment";
    } else if (type == GridBranchEntry.class) {
      return "a grid branch";
    } else if (type == CommitteeEntry.class) {
      return "a residents' committee";
    } else if (type == TermEntry.class) {
      return "a term";
    } else if (type == SeatEntry.class) {
      return "a committee seat";
    } else if (type == StationEntry.class) {
      return "a service station";
    } else if (type == AppointmentEntry.class) {
      return "a station appointment";
    } else if (type == AssemblyEntry.class) {
      return "a representative assembly";
    } else if (type == RepresentativeEntry.class) {
      return "a representative";
    } else if (type == RecruitmentEntry.class) {
      return "a recruitment";
    } else if (type == ApplicantEntry.class) {
      return "an applicant";
    } else if (type == StageEntry.class) {
      return "a stage result";
    } else if (type == AssessmentEntry.class) {
      return "an assessment";
    } else if (type == MatterEntry.class) {
      return "a matter";
    } else if (type == ForumEntry.class) {
      return "a forum";
    } else if (type == SuggestionEntry.class) {
      return "a suggestion";
    } else if (type == UnitResourceEntry.class) {
      return "a unit resource";
    }
    String election = ElectionEntries.noun(type);
    return election != null ? election : "this mapping";
  }

  static final class CommunityEntry {
    String id;
    String name;
    CommunityType type;
    OfficeEntry subdistrictOffice;
    List<PersonEntry> people;
    List<HouseholdEntry> households;
    List<PartyEntry> partyOrganisations;
    List<CommitteeEntry> residentsCommittees;
    List<StationEntry> serviceStations;
    List<AssemblyEntry> assemblies;
    List<RecruitmentEntry> recruitments;
    List<AssessmentEntry> assessments;
    List<MatterEntry> matters;
    List<ForumEntry> forums;
    List<UnitResourceEntry> unitResources;
  }

  static final class OfficeEntry {
    String id;
    String name;
    WorkingCommitteeEntry workingCommittee;
  }

  static final class WorkingCommitteeEntry {
    String id;
    String name;
  }

  static final class PersonEntry {
    String id;
    String name;
    LocalDate birthDate;
    EducationLevel education;
    MembershipEntry partyMembership;
    List<OutsidePostEntry> outsidePosts;
    List<TieEntry> communityTies;
  }

  static final class MembershipEntry {
    LocalDate admitted;
    LocalDate fullMemberSince;
  }

  static final class OutsidePostEntry {
    String employer;
    String title;
    PeriodEntry period;
  }

  static final class TieEntry {
    TieKind kind;
    String communityId;
    PeriodEntry period;
  }

  static final class PeriodEntry {
    LocalDate from;
    LocalDate until;
  }

  static final class HouseholdEntry {
    String id;
    String address;
    String representativeId;
    List<String> memberIds;
  }

  static final class PartyEntry {
    String id;
    PartyOrganisationKind kind;
    SecretaryEntry secretary;
    List<GridBranchEntry> gridBranches;
  }

  static final class SecretaryEntry {
    String personId;
    LocalDate since;
  }

  static final class GridBranchEntry {
    String id;
    String name;
    String secretaryId;
  }

  static final class CommitteeEntry {
    String id;
    TermEntry term;
    List<SeatEntry> seats;
  }

  static final class TermEntry {
    LocalDate start;
    LocalDate end;
  }

  static final class SeatEntry {
    String personId;
    CommitteePost post;
    LocalDate since;
  }

  static final class StationEntry {
    String id;
    String managingOfficeId;
    String evaluatingAssemblyId;
    List<AppointmentEntry> appointments;
  }

  static final class AppointmentEntry {
    String personId;
    StationPost post;
    TermEntry term;
    String recruitmentId;
  }

  static final class AssemblyEntry {
    String id;
    List<RepresentativeEntry> representatives;
  }

  static final class RepresentativeEntry {
    String personId;
    RepresentativeCategory category;
    String constituency;
  }

  static final class RecruitmentEntry {
    String id;
    RecruitmentMethod method;
    LocalDate announced;
    LocalDate referenceDate;
    List<ApplicantEntry> applicants;
  }

  static final class ApplicantEntry {
    String personId;
    List<StageEntry> stages;
  }

  static final class StageEntry {
    RecruitmentStage stage;
    LocalDate date;
    StageOutcome outcome;
    BigDecimal score;
  }

  static final class AssessmentEntry {
    String id;
    String personId;
    String workingCommitteeId;
    LocalDate date;
    AssessmentOutcome outcome;
  }

  static final class MatterEntry {
    String id;
    String title;
    MatterKind kind;
    LocalDate raised;
  }

  static final class ForumEntry {
    String id;
    ForumKind kind;
    LocalDate held;
    String topic;
    Integer participants;
    List<SuggestionEntry> suggestions;
  }

  static final class SuggestionEntry {
    String id;
    String summary;
    LocalDate solved;
  }

  static final class UnitResourceEntry {
    String id;
    String unit;
    String resource;
    LocalDate openedOn;
  }

  /** Returns the entries of {@code c}: every value the model holds, empty lists and absent optionals as null. */
  static CommunityEntry from(Community c) {
    CommunityEntry e = new CommunityEntry();
    e.id = c.id();
    e.name = c.name();
    e.type = c.type();
    e.subdistrictOffice = new OfficeEntry();
    e.subdistrictOffice.id = c.subdistrictOffice().id();
    e.subdistrictOffice.name = c.subdistrictOffice().name();
    e.subdistrictOffice.workingCommittee = new WorkingCommitteeEntry();
    e.subdistrictOffice.workingCommittee.id = c.subdistrictOffice().workingCommittee().id();
    e.subdistrictOffice.workingCommittee.name = c.subdistrictOffice().workingCommittee().name();
    e.people = each(c.people(), Entries::person);
    e.households = each(c.households(), Entries::household);
    e.partyOrganisations = each(c.partyOrganisations(), Entries::party);
    e.residentsCommittees = each(c.residentsCommittees(), Entries::committee);
    e.serviceStations = each(c.serviceStations(), Entries::station);
    e.assemblies = each(c.assemblies(), Entries::assembly);
    e.recruitments = each(c.recruitments(), Entries::recruitment);
    e.assessments = each(c.assessments(), Entries::assessment);
    e.matters = each(c.matters(), Entries::matter);
    e.forums = each(c.forums(), Entries::forum);
    e.unitResources = each(c.unitResources(), Entries::unitResource);
    return e;
  }

  private static <T, E> List<E> each(List<T> values, Function<T, E> entry) {
    return values.isEmpty() ? null : values.stream().map(entry).toList();
  }

  private static PersonEntry person(Person p) {
    PersonEntry e = new PersonEntry();
    e.id = p.id();
    e.name = p.name();
    e.birthDate = p.birthDate();
    e.education = p.education();
    e.partyMembership = p.partyMembership().map(Entries::membership).orElse(null);
    e.outsidePosts = each(p.outsidePosts(), Entries::outsidePost);
    e.communityTies = each(p.communityTies(), Entries::tie);
    return e;
  }

  private static MembershipEntry membership(PartyMembership m) {
    MembershipEntry e = new MembershipEntry();
    e.admitted = m.admitted();
    e.fullMemberSince = m.fullMemberSince().orElse(null);
    return e;
  }

  private static OutsidePostEntry outsidePost(OutsidePost p) {
    OutsidePostEntry e = new OutsidePostEntry();
    e.employer = p.employer();
    e.title = p.title();
    e.period = period(p.period());
    return e;
  }

  private static TieEntry tie(CommunityTie t) {
    TieEntry e = new TieEntry();
    e.kind = t.kind();
    e.communityId = t.communityId();
    e.period = period(t.period());
    return e;
  }

  private static PeriodEntry period(DateRange r) {
    PeriodEntry e = new PeriodEntry();
    e.from = r.from();
    e.until = r.until().orElse(null);
    return e;
  }

  private static HouseholdEntry household(Household h) {
    HouseholdEntry e = new HouseholdEntry();
    e.id = h.id();
    e.address = h.address();
    e.representativeId = h.representativeId();
    e.memberIds = h.memberIds().isEmpty() ? null : List.copyOf(h.memberIds());
    return e;
  }

  private static PartyEntry party(PartyOrganisation p) {
    PartyEntry e = new PartyEntry();
    e.id = p.id();
    e.kind = p.kind();
    e.secretary = new SecretaryEntry();
    e.secretary.personId = p.secretary().personId();
    e.secretary.since = p.secretary().since();
    e.gridBranches = each(p.gridBranches(), Entries::gridBranch);
    return e;
  }

  private static GridBranchEntry gridBranch(GridBranch g) {
    GridBranchEntry e = new GridBranchEntry();
    e.id = g.id();
    e.name = g.name();
    e.secretaryId = g.secretaryId();
    return e;
  }

  private static CommitteeEntry committee(ResidentsCommittee c) {
    CommitteeEntry e = new CommitteeEntry();
    e.id = c.id();
    e.term = term(c.term());
    e.seats = each(c.seats(), Entries::seat);
    return e;
  }

  private static TermEntry term(Term t) {
    TermEntry e = new TermEntry();
    e.start = t.start();
    e.end = t.end();
    return e;
  }

  private static SeatEntry seat(CommitteeSeat s) {
    SeatEntry e = new SeatEntry();
    e.personId = s.personId();
    e.post = s.post();
    e.since = s.since();
    return e;
  }

  private static StationEntry station(ServiceStation s) {
    StationEntry e = new StationEntry();
    e.id = s.id();
    e.managingOfficeId = s.managingOfficeId();
    e.evaluatingAssemblyId = s.evaluatingAssemblyId().orElse(null);
    e.appointments = each(s.appointments(), Entries::appointment);
    return e;
  }

  private static AppointmentEntry appointment(StationAppointment a) {
    AppointmentEntry e = new AppointmentEntry();
    e.personId = a.personId();
    e.post = a.post();
    e.term = term(a.term());
    e.recruitmentId = a.recruitmentId().orElse(null);
    return e;
  }

  private static AssemblyEntry assembly(RepresentativeAssembly a) {
    AssemblyEntry e = new AssemblyEntry();
    e.id = a.id();
    e.representatives = each(a.representatives(), Entries::representative);
    return e;
  }

  private static RepresentativeEntry representative(AssemblyRepresentative r) {
    RepresentativeEntry e = new RepresentativeEntry();
    e.personId = r.personId();
    e.category = r.category();
    e.constituency = r.constituency();
    return e;
  }

  private static RecruitmentEntry recruitment(Recruitment r) {
    RecruitmentEntry e = new RecruitmentEntry();
    e.id = r.id();
    e.method = r.method();
    e.announced = r.announced();
    e.referenceDate = r.referenceDate();
    e.applicants = each(r.applicants(), Entries::applicant);
    return e;
  }

  private static ApplicantEntry applicant(ApplicantRecord a) {
    ApplicantEntry e = new ApplicantEntry();
    e.personId = a.personId();
    e.stages = each(a.stages(), Entries::stage);
    return e;
  }

  private static StageEntry stage(StageResult s) {
    StageEntry e = new StageEntry();
    e.stage = s.stage();
    e.date = s.date();
    e.outcome = s.outcome();
    e.score = s.score().orElse(null);
    return e;
  }

  private static AssessmentEntry assessment(Assessment a) {
    AssessmentEntry e = new AssessmentEntry();
    e.id = a.id();
    e.personId = a.personId();
    e.workingCommitteeId = a.workingCommitteeId();
    e.date = a.date();
    e.outcome = a.outcome();
    return e;
  }

  private static MatterEntry matter(Matter m) {
    MatterEntry e = new MatterEntry();
    e.id = m.id();
    e.title = m.title();
    e.kind = m.kind();
    e.raised = m.raised();
    return e;
  }

  private static ForumEntry forum(Forum f) {
    ForumEntry e = new ForumEntry();
    e.id = f.id();
    e.kind = f.kind();
    e.held = f.held();
    e.topic = f.topic();
    e.participants = f.participants();
    e.suggestions = each(f.suggestions(), Entries::suggestion);
    return e;
  }

  private static SuggestionEntry suggestion(Suggestion s) {
    SuggestionEntry e = new SuggestionEntry();
    e.id = s.id();
    e.summary = s.summary();
    e.solved = s.solved().orElse(null);
    return e;
  }

  private static UnitResourceEntry unitResource(UnitResource r) {
    UnitResourceEntry e = new UnitResourceEntry();
    e.id = r.id();
    e.unit = r.unit();
    e.resource = r.resource();
    e.openedOn = r.openedOn();
    return e;
  }
}
