package org.amodel.core.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.Appointment;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Person;
import org.amodel.core.model.Post;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;

/**
 * The Party secretary and committee chair posts after a residents' committee election (书记、主任一肩挑,
 * seed §二(三): "新一届居委会主任是中共正式党员的,经党工委考察符合条件的,同时兼任社区党总支书记"): what the
 * newly elected committee means for the two posts, and the concurrent appointment itself. Both are
 * judged by the reference checker's own CONCURRENT_POSTS and CONCURRENT_POSTS_AVAILABLE rules under a
 * district's parameters, as of the date given, so they never disagree with {@link ReferenceChecker}.
 * Thread-safe and stateless.
 *
 * <pre>{@code
 * ResidentsCommittee elected = result.committee("rc6", Term.ofYears(LocalDate.of(2005, 9, 20), 3));
 * ConcurrentPosts posts = ConcurrentPosts.seed();
 * ConcurrentAppointment a = posts.appoint(community, elected, LocalDate.of(2005, 10, 8));
 * if (a instanceof ConcurrentAppointment.Appointed appointed) {
 *   community = appointed.community();          // the chair is secretary too from 2005-10-08
 * } else if (a instanceof ConcurrentAppointment.Refused refused) {
 *   refused.disqualifications().forEach(d -> log(d.messageZh(), d.messageEn()));
 * }
 * }</pre>
 *
 * <p>The new committee takes the place of every committee the community had ({@link
 * #withElectedCommittee}). The community must have exactly one Party organisation; the date must fall
 * within the new committee's term, on or after the chair took their seat. Other rules about a
 * secretary (SECRETARY_FULL_TIME: no outside post) are not judged here: check the appointed community
 * with {@link ReferenceChecker}.
 */
public final class ConcurrentPosts {
  private static final ConcurrentPostsRule CONCURRENT_POSTS = new ConcurrentPostsRule();
  private static final ConcurrentPostsAvailableRule CONCURRENT_POSTS_AVAILABLE = new ConcurrentPostsAvailableRule();

  private final DistrictParameters parameters;

  private ConcurrentPosts(DistrictParameters parameters) {
    this.parameters = requireNonNull(parameters, "parameters");
  }

  /**
   * Returns the judgement under {@code parameters}: {@code concurrent.assessmentRequired} decides
   * whether an assessment is needed, {@code concurrent.encouraged} whether a qualifying chair draws
   * the notice, each as in force on the date asked about.
   */
  public static ConcurrentPosts of(DistrictParameters parameters) {
    return new ConcurrentPosts(parameters);
  }

  /** Returns the judgement under the seed district's parameters ({@code jinan-shizhong-2005}). */
  public static ConcurrentPosts seed() {
    return new ConcurrentPosts(Parameters.jinanShizhong2005());
  }

  public DistrictParameters parameters() {
    return parameters;
  }

  /**
   * Returns {@code community} with {@code elected} in place of every residents' committee it had.
   *
   * @throws IllegalArgumentException if {@code elected} does not have exactly one chair, or names a
   *     person {@code community} does not know (its chair, or anyone: a committee of another community)
   */
  public static Community withElectedCommittee(Community community, ResidentsCommittee elected) {
    requireNonNull(community, "community");
    requireNonNull(elected, "elected");
    chairSeat(community, elected);
    for (CommitteeSeat seat : elected.seats()) {
      checkArgument(community.person(seat.personId()).isPresent(),
          "committee %s names %s, who is not among the people of community %s: the committee of another community?",
          elected.id(), seat.personId(), community.id());
    }
    return community.toBuilder().residentsCommittees(List.of(elected)).build();
  }

  /**
   * Returns what {@code elected} means for the secretary and chair posts of {@code community} on
   * {@code date}: the chair {@linkplain ConcurrentPostsOutcome.AlreadyHeld already is} secretary; or
   * {@linkplain ConcurrentPostsOutcome.Available qualifies} to be secretary too from {@code date}
   * while someone else is, with the CONCURRENT_POSTS_AVAILABLE notice {@link ReferenceChecker} gives
   * on the community with the new committee as of {@code date}; or {@linkplain
   * ConcurrentPostsOutcome.NotQualified does not qualify}, with every reason: not a Party member, a
   * probationary member on {@code date}, no passed assessment by the working committee dated before
   * {@code date} (where the district requires one).
   *
   * @throws IllegalArgumentException naming the value if {@code elected} does not have exactly one
   *     chair or names a person {@code community} does not know, if {@code community} does not have
   *     exactly one Party organisation, or if {@code date} is outside {@code elected}'s term or before
   *     the chair took their seat
   */
  public ConcurrentPostsOutcome outcome(Community community, ResidentsCommittee elected, LocalDate date) {
    Setting s = setting(community, elected, date);
    CheckContext c = new CheckContext(s.community(), date, parameters);
    Appointment secretary = s.party().secretary();
    if (secretary.personId().equals(s.chair().id())) {
      LocalDate since = ConcurrentPostsRule.bothSince(secretary, s.seat());
      return new ConcurrentPostsOutcome.AlreadyHeld(s.community(), s.chair().id(), since,
          ConcurrentPostsRule.disqualifications(c, s.chair(), since));
    }
    ImmutableList<Disqualification> reasons = ConcurrentPostsRule.disqualifications(c, s.chair(), date);
    if (!reasons.isEmpty()) {
      return new ConcurrentPostsOutcome.NotQualified(s.community(), s.chair().id(), reasons);
    }
    CONCURRENT_POSTS_AVAILABLE.check(c);
    Subject subject = Subject.person(community.id(), s.chair().id(), Post.COMMITTEE_CHAIR);
    Optional<Finding> notice = c.findings().stream().filter(f -> f.subject().equals(subject)).findFirst();
    return new ConcurrentPostsOutcome.Available(s.community(), s.chair().id(), secretary.personId(), notice);
  }

  /**
   * Makes the chair of {@code elected} the Party organisation's secretary too from {@code date}, in
   * {@code community} with {@code elected} in place ({@link #withElectedCommittee}), if
   * CONCURRENT_POSTS allows it; otherwise refuses, with every reason and the finding the appointment
   * would draw. A chair who already is secretary is left so, or refused if their holding both posts
   * breaks the rule. The result never is a community on which {@link ReferenceChecker} reports
   * CONCURRENT_POSTS.
   *
   * @throws IllegalArgumentException naming the value, as {@link #outcome} does
   */
  public ConcurrentAppointment appoint(Community community, ResidentsCommittee elected, LocalDate date) {
    Setting s = setting(community, elected, date);
    Community candidate = s.party().secretary().personId().equals(s.chair().id())
        ? s.community()
        : s.community().toBuilder()
            .partyOrganisations(List.of(s.party().withSecretary(Appointment.of(s.chair().id(), date))))
            .build();
    LocalDate since = ConcurrentPostsRule.bothSince(candidate.partyOrganisations().get(0).secretary(), s.seat());
    CheckContext c = new CheckContext(candidate, date, parameters);
    CONCURRENT_POSTS.check(c);
    List<Finding> findings = c.findings();
    ImmutableList<Disqualification> reasons = ConcurrentPostsRule.disqualifications(c, s.chair(), since);
    checkState(findings.isEmpty() == reasons.isEmpty(), "CONCURRENT_POSTS found %s but gave reasons %s", findings,
        reasons);
    return findings.isEmpty()
        ? new ConcurrentAppointment.Appointed(candidate, s.chair().id(), since)
        : new ConcurrentAppointment.Refused(s.chair().id(), since, reasons, findings.get(0));
  }

  /** The validated inputs: the community with the new committee, its Party organisation, the chair. */
  private record Setting(Community community, PartyOrganisation party, CommitteeSeat seat, Person chair) {}

  private static Setting setting(Community community, ResidentsCommittee elected, LocalDate date) {
    requireNonNull(date, "date");
    Community placed = withElectedCommittee(community, elected);
    List<PartyOrganisation> parties = placed.partyOrganisations();
    checkArgument(!parties.isEmpty(), "community %s has no Party organisation whose secretary the chair could be",
        community.id());
    checkArgument(parties.size() == 1, "community %s has %s Party organisations %s; concurrent posts need exactly one",
        community.id(), parties.size(), parties.stream().map(PartyOrganisation::id).toList());
    CommitteeSeat seat = chairSeat(community, elected);
    checkArgument(!date.isBefore(elected.term().start()), "date %s is before the term %s of committee %s", date,
        elected.term(), elected.id());
    checkArgument(elected.term().covers(date), "date %s is after the term %s of committee %s", date,
        elected.term(), elected.id());
    checkArgument(!date.isBefore(seat.since()), "date %s is before chair %s took their seat on committee %s on %s",
        date, seat.personId(), elected.id(), seat.since());
    return new Setting(placed, parties.get(0), seat, placed.person(seat.personId()).orElseThrow());
  }

  private static CommitteeSeat chairSeat(Community community, ResidentsCommittee elected) {
    List<CommitteeSeat> chairs = elected.seats(CommitteePost.CHAIR);
    checkArgument(chairs.size() == 1, "committee %s has %s chairs %s; concurrent posts need exactly one", elected.id(),
        chairs.size(), chairs.stream().map(CommitteeSeat::personId).toList());
    CommitteeSeat seat = chairs.get(0);
    checkArgument(community.person(seat.personId()).isPresent(),
        "chair %s of committee %s is not among the people of community %s", seat.personId(), elected.id(),
        community.id());
    return seat;
  }
}
