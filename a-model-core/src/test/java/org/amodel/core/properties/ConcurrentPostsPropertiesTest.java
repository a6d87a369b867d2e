package org.amodel.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.amodel.core.check.ConcurrentAppointment;
import org.amodel.core.check.ConcurrentPosts;
import org.amodel.core.check.ConcurrentPostsOutcome;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.election.Election;
import org.amodel.core.election.ElectionCount;
import org.amodel.core.election.ElectionResult;
import org.amodel.core.election.ElectionThresholds;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.generators.CommunityGenerators;
import org.amodel.core.generators.Draw;
import org.amodel.core.generators.Elections;
import org.amodel.core.generators.Samples;
import org.amodel.core.generators.Scenario;
import org.amodel.core.model.Appointment;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.model.Person;
import org.amodel.core.model.Post;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.Term;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * ConcurrentPosts agrees with the reference checker on generated communities and committees: a
 * valid community ({@link CommunityGenerators#valid}), a valid election ({@link Elections#valid})
 * whose winners become people of the community, and a date in the new committee's term. The new chair
 * is the sitting secretary, the old chair, or a newcomer whose Party standing and assessments fall
 * around the date (the day before, the day itself, the day after; passed, failed, by another
 * working committee). Districts: the seed, the seed without the assessment requirement, and the seed
 * without the encouragement.
 */
@DisplayName("ConcurrentPosts says what the reference checker says: the notice, the appointment, the refusal")
class ConcurrentPostsPropertiesTest {
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();
  private static final Map<String, DistrictParameters> DISTRICTS = Map.of(
      "seed", SEED,
      "seed, no assessment required", SEED.toBuilder()
          .set(Parameters.CONCURRENT_ASSESSMENT_REQUIRED, Parameters.SEED_REFORM, false, "test").build(),
      "seed, not encouraged", SEED.toBuilder()
          .set(Parameters.CONCURRENT_ENCOURAGED, Parameters.SEED_REFORM, false, "test").build());
  private static final List<String> DISTRICT_NAMES = DISTRICTS.keySet().stream().sorted().toList();

  /** A community, its newly elected committee and the date, under a named district's parameters. */
  record Case(String district, Community community, ResidentsCommittee elected, LocalDate date) {
    DistrictParameters parameters() {
      return DISTRICTS.get(district);
    }

    @Override
    public String toString() {
      String chair = elected.chair().map(CommitteeSeat::personId).orElse("none");
      return "Case[" + district + ", community " + community.id() + ", committee " + elected.id() + " " + elected.term()
          + ", date " + date + ", chair " + community.person(chair).map(Person::toString).orElse(chair)
          + ", secretary " + community.partyOrganisations().get(0).secretary() + ", assessments "
          + community.assessments() + "]";
    }
  }

  /** The kinds of outcome, to show the generator reaches every one. */
  enum Seen { ALREADY_HELD_SOUND, ALREADY_HELD_UNSOUND, AVAILABLE_WITH_NOTICE, AVAILABLE_WITHOUT_NOTICE, NOT_QUALIFIED, NO_CHAIR }

  static Gen<Case> cases() {
    return source -> {
      Draw d = new Draw(source);
      String district = d.pick(DISTRICT_NAMES);
      Scenario s = CommunityGenerators.valid(DISTRICTS.get(district)).generate(source);
      Election e = Elections.valid().generate(source);
      if (e.seats().seats(CommitteePost.CHAIR) == 0 && !d.oneIn(8)) { // a few without a chair, to be refused
        for (int i = 0; i < 4 && e.seats().seats(CommitteePost.CHAIR) == 0; i++) {
          e = Elections.valid().generate(source);
        }
      }
      return elect(d, district, s, e);
    };
  }

  private static Case elect(Draw d, String district, Scenario s, Election e) {
    Community c = s.community();
    DistrictParameters p = DISTRICTS.get(district);
    ElectionResult result = ElectionCount.of(e, ElectionThresholds.JINAN_SHIZHONG_2005);
    LocalDate start = later(e.lastVoteDate(), s.asOf()).plusDays(d.between(0, 30));
    Term term = Term.ofYears(start, p.find(Parameters.COMMITTEE_TERM_YEARS, start).orElse(3));
    int termDays = Math.toIntExact(ChronoUnit.DAYS.between(term.start(), term.end()));
    LocalDate date = d.oneIn(3) ? start : start.plusDays(d.between(0, termDays - 1));
    ResidentsCommittee formed = result.committee(c.id() + "-rc-new", term, result.posts());

    List<Person> people = new ArrayList<>(c.people());
    List<Assessment> assessments = new ArrayList<>(c.assessments());
    String workingCommittee = c.subdistrictOffice().workingCommittee().id();
    String secretaryId = c.partyOrganisations().get(0).secretary().personId();
    String oldChairId = c.residentsCommittees().get(0).chair().orElseThrow().personId();
    String chairCandidate = formed.chair().map(CommitteeSeat::personId).orElse("");
    Map<String, String> ids = new HashMap<>();
    for (CommitteeSeat seat : formed.seats()) {
      String id = c.id() + "-new-" + seat.personId();
      Person newcomer = Person.of(id, "新人" + seat.personId(), date.minusYears(d.between(25, 60)), EducationLevel.COLLEGE);
      if (!seat.personId().equals(chairCandidate)) {
        people.add(newcomer);
      } else {
        if (d.oneIn(8)) {
          id = secretaryId;
        } else if (d.oneIn(4)) {
          id = oldChairId;
        } else {
          people.add(membership(d, newcomer, date).map(newcomer::withPartyMembership).orElse(newcomer));
        }
        assessments.addAll(assessmentsAround(d, c.id(), id, workingCommittee, date));
      }
      ids.put(seat.personId(), id);
    }
    ResidentsCommittee elected = formed.withSeats(formed.seats().stream()
        .map(seat -> CommitteeSeat.of(ids.get(seat.personId()), seat.post(), seat.since())).toList());
    Community community = c.toBuilder().people(people).assessments(assessments).build();
    return new Case(district, community, elected, date);
  }

  /**
   * Returns a Party standing around {@code date}: full long before, full from the day or the day
   * after, probationary, admitted later, or none at all.
   */
  private static Optional<PartyMembership> membership(Draw d, Person p, LocalDate date) {
    LocalDate adult = p.birthDate().plusYears(18);
    return switch (d.between(0, 7)) {
      case 0, 1, 2 -> Optional.of(PartyMembership.full(adult, later(adult, date.minusDays(d.between(1, 5000)))));
      case 3 -> Optional.of(PartyMembership.full(adult, date));
      case 4 -> Optional.of(PartyMembership.full(adult, date.plusDays(1)));
      case 5 -> Optional.of(PartyMembership.probationary(later(adult, date.minusDays(d.between(0, 300)))));
      case 6 -> Optional.of(PartyMembership.probationary(date.plusDays(d.between(1, 100))));
      default -> Optional.empty();
    };
  }

  /**
   * Returns up to two assessments of {@code personId}, dated the day before {@code date}, on it, the
   * day after or earlier; passed or failed; by the community's working committee or another.
   */
  private static List<Assessment> assessmentsAround(
      Draw d, String communityId, String personId, String workingCommittee, LocalDate date) {
    List<Assessment> assessments = new ArrayList<>();
    int n = d.between(0, 2);
    for (int i = 0; i < n; i++) {
      LocalDate on = switch (d.between(0, 5)) {
        case 0 -> date.minusDays(1);
        case 1 -> date;
        case 2 -> date.plusDays(1);
        default -> date.minusDays(d.between(2, 400));
      };
      assessments.add(new Assessment(communityId + "-cp-" + i, personId,
          d.oneIn(6) ? "wc-elsewhere" : workingCommittee, on,
          d.oneIn(4) ? AssessmentOutcome.FAILED : AssessmentOutcome.PASSED));
    }
    return assessments;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static List<Finding> of(List<Finding> findings, RuleId rule) {
    return findings.stream().filter(f -> f.ruleId() == rule).toList();
  }

  @Test
  @DisplayName("available ⇒ the checker gives exactly that notice; appointed ⇒ no CONCURRENT_POSTS; refused ⇒ appointing by hand draws the refusal's finding")
  void agreesWithTheReferenceChecker() {
    Examples.qt().forAll(cases()).checkAssert(ConcurrentPostsPropertiesTest::check);
  }

  /** Asserts the properties of one case and returns which kind of outcome it was. */
  static Seen check(Case k) {
    ConcurrentPosts posts = ConcurrentPosts.of(k.parameters());
    ReferenceChecker checker = ReferenceChecker.of(k.parameters());
    if (k.elected().chair().isEmpty()) {
      assertThrows(IllegalArgumentException.class, () -> posts.outcome(k.community(), k.elected(), k.date()));
      assertThrows(IllegalArgumentException.class, () -> posts.appoint(k.community(), k.elected(), k.date()));
      return Seen.NO_CHAIR;
    }
    String chair = k.elected().chair().orElseThrow().personId();
    String cid = k.community().id();
    Community placed = ConcurrentPosts.withElectedCommittee(k.community(), k.elected());
    ConcurrentPostsOutcome outcome = posts.outcome(k.community(), k.elected(), k.date());
    assertEquals(chair, outcome.chairId());
    assertEquals(placed, outcome.community());

    List<Finding> notices = of(checker.check(placed, k.date()), RuleId.CONCURRENT_POSTS_AVAILABLE);
    List<Finding> expected = outcome instanceof ConcurrentPostsOutcome.Available a ? a.notice().stream().toList()
        : List.of();
    assertEquals(expected, notices, () -> k + " gave " + outcome);
    notices.forEach(n -> assertEquals(Subject.person(cid, chair, Post.COMMITTEE_CHAIR), n.subject()));

    ConcurrentAppointment appointment = posts.appoint(k.community(), k.elected(), k.date());
    boolean qualifies = outcome instanceof ConcurrentPostsOutcome.Available
        || outcome instanceof ConcurrentPostsOutcome.AlreadyHeld h && h.sound();
    assertEquals(qualifies, appointment.appointed(), () -> k + " gave " + outcome + " and " + appointment);
    assertEquals(chair, appointment.personId());

    if (appointment instanceof ConcurrentAppointment.Appointed a) {
      assertEquals(chair, a.community().partyOrganisations().get(0).secretary().personId());
      assertEquals(List.of(k.elected()), a.community().residentsCommittees());
      List<Finding> after = of(checker.check(a.community(), k.date()), RuleId.CONCURRENT_POSTS);
      assertTrue(after.isEmpty(), () -> k + " appointed, yet " + after);
    } else if (appointment instanceof ConcurrentAppointment.Refused r) {
      Community byHand = placed.toBuilder().partyOrganisations(placed.partyOrganisations().stream()
          .map(p -> p.secretary().personId().equals(chair) ? p : p.withSecretary(Appointment.of(chair, k.date())))
          .toList()).build();
      List<Finding> found = of(checker.check(byHand, k.date()), RuleId.CONCURRENT_POSTS);
      assertEquals(List.of(r.finding()), found, () -> k + " refused with " + r);
      assertEquals(Subject.person(cid, chair, Post.PARTY_SECRETARY), r.finding().subject());
      assertEquals(outcome instanceof ConcurrentPostsOutcome.NotQualified n ? n.disqualifications()
          : ((ConcurrentPostsOutcome.AlreadyHeld) outcome).disqualifications(), r.disqualifications());
    }
    if (outcome instanceof ConcurrentPostsOutcome.AlreadyHeld h) {
      return h.sound() ? Seen.ALREADY_HELD_SOUND : Seen.ALREADY_HELD_UNSOUND;
    }
    if (outcome instanceof ConcurrentPostsOutcome.Available a) {
      return a.notice().isPresent() ? Seen.AVAILABLE_WITH_NOTICE : Seen.AVAILABLE_WITHOUT_NOTICE;
    }
    return Seen.NOT_QUALIFIED;
  }

  @Test
  @DisplayName("300 fixed cases reach every kind of outcome, a committee without a chair included")
  void fixedSampleReachesEveryOutcome() {
    Map<Seen, Long> seen = Samples.of(cases(), 300, 20051008L).stream()
        .collect(Collectors.groupingBy(ConcurrentPostsPropertiesTest::check, () -> new EnumMap<>(Seen.class),
            Collectors.counting()));
    assertEquals(Seen.values().length, seen.size(), () -> "outcomes reached: " + seen);
  }
}
