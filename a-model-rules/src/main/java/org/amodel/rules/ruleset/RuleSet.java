package org.amodel.rules.ruleset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.amodel.core.election.Election;
import org.amodel.core.election.ElectionCount;
import org.amodel.core.election.ElectionResult;
import org.amodel.core.election.ElectionThresholds;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Community;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.Term;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.recruitment.ApplicantOutcome;
import org.amodel.core.recruitment.Openings;
import org.amodel.core.recruitment.RecruitmentOutcome;
import org.amodel.core.recruitment.RecruitmentProcess;
import org.amodel.core.voters.CommunityRegistrations;
import org.amodel.rules.drl.Applicant;
import org.amodel.rules.drl.FindingCollector;
import org.amodel.rules.drl.People;
import org.amodel.rules.drl.Registrant;
import org.amodel.rules.drl.Registrants;
import org.amodel.rules.drl.RuleParameters;
import org.amodel.rules.drl.StationMembers;
import org.amodel.rules.drl.StopCollector;
import org.amodel.rules.engine.Evaluation;
import org.amodel.rules.engine.RecruitmentRun;
import org.amodel.rules.engine.RegistrationEvaluation;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * A compiled, validated rule set: its descriptor, its effective parameters (its own over those it
 * inherits), and the shared {@link KieBase}. Immutable and thread-safe: each evaluation opens its own
 * session.
 *
 * <p>Facts given to the rules: the {@link Community}, each of its Party organisations, committees,
 * stations, assemblies, recruitments, assessments and matters, a {@link
 * org.amodel.rules.drl.StationMember} per station appointment, and one {@link People} through which
 * rules reach a person by id and ask who lives in the community's households (the hundreds of
 * residents are not facts one by one: matching each of them would dominate every evaluation); globals
 * {@code params} and {@code findings}. An election is evaluated on its own ({@link #evaluate(Election,
 * LocalDate)}): the {@link Election} and, where the district counts elections, its {@link
 * ElectionResult}.
 *
 * <p>{@link #runRecruitment} gives the rules one {@link Applicant} per applicant instead, and the
 * global {@code stops} ({@link StopCollector}) if a rule file declares it.
 *
 * <p>{@link #evaluateRegistrations} gives other facts: one {@link Registrant} per person registered
 * in each community, and nothing of the communities themselves.
 */
public final class RuleSet {
  private static final String STOPS = "stops";

  private final RuleSetDescriptor descriptor;
  private final ImmutableList<RuleSetDescriptor> lineage;
  private final DistrictParameters parameters;
  private final KieBase kieBase;
  private final ImmutableSortedSet<String> ruleNames;
  private final ImmutableList<RuleFile> ruleFiles;
  private final boolean declaresStops;

  RuleSet(RuleSetDescriptor descriptor, ImmutableList<RuleSetDescriptor> lineage, DistrictParameters parameters,
      KieBase kieBase, ImmutableSortedSet<String> ruleNames, ImmutableList<RuleFile> ruleFiles) {
    this.descriptor = requireNonNull(descriptor, "descriptor");
    this.lineage = requireNonNull(lineage, "lineage");
    this.parameters = requireNonNull(parameters, "parameters");
    this.kieBase = requireNonNull(kieBase, "kieBase");
    this.ruleNames = requireNonNull(ruleNames, "ruleNames");
    this.ruleFiles = requireNonNull(ruleFiles, "ruleFiles");
    // Drools refuses to set a global no rule file declares, and a district's own rules may have no
    // recruitment-process file
    this.declaresStops = kieBase.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
        .anyMatch(g -> g.getName().equals(STOPS) && g.getType().equals(StopCollector.class.getName()));
  }

  public RuleSetDescriptor descriptor() {
    return descriptor;
  }

  public String id() {
    return descriptor.id();
  }

  public String version() {
    return descriptor.version();
  }

  /** Returns this rule set's descriptor and those of the sets it extends, nearest first. */
  public ImmutableList<RuleSetDescriptor> lineage() {
    return lineage;
  }

  /** Returns the parameters in effect: this set's values over those it inherits. */
  public DistrictParameters parameters() {
    return parameters;
  }

  /** Returns the rules in effect, as {@code package.rule name}. */
  public ImmutableSortedSet<String> ruleNames() {
    return ruleNames;
  }

  /**
   * Returns the rule files of this set and of those it extends as the DRL that was checked and
   * compiled (sentences expanded, decision tables turned into rules), nearest set first; rules that
   * {@code disable} or {@code replace} removed are still in their files' text, but not in {@link
   * #ruleNames()}.
   */
  public ImmutableList<RuleFile> ruleFiles() {
    return ruleFiles;
  }

  /**
   * Returns the facts {@link #evaluate(Community, LocalDate)} gives the rules about {@code community},
   * in the order it inserts them.
   */
  public static ImmutableList<Object> facts(Community community) {
    requireNonNull(community, "community");
    ImmutableList.Builder<Object> facts = ImmutableList.builder();
    facts.add(community);
    facts.add(People.of(community));
    facts.addAll(community.partyOrganisations());
    facts.addAll(community.residentsCommittees());
    facts.addAll(community.serviceStations());
    facts.addAll(community.assemblies());
    facts.addAll(community.recruitments());
    facts.addAll(community.assessments());
    facts.addAll(community.matters());
    facts.addAll(StationMembers.of(community));
    return facts.build();
  }

  /** Returns the compiled rules, for tools that inspect them; do not modify it. */
  public KieBase kieBase() {
    return kieBase;
  }

  /** Returns the findings of this rule set on {@code community} as of {@code asOf}, with the trace. */
  public Evaluation evaluate(Community community, LocalDate asOf) {
    requireNonNull(community, "community");
    requireNonNull(asOf, "asOf");
    ImmutableList<Object> facts = facts(community);
    FindingCollector findings = fire(community.id(), asOf, session -> facts.forEach(session::insert));
    return new Evaluation(community.id(), asOf, id(), version(), findings.findings(), findings.trace());
  }

  /**
   * Returns the VOTER_ELIGIBILITY and VOTER_UNIQUE findings of this rule set on a district's voter
   * registrations as of {@code asOf}, all its communities' together, with the trace. The rules get one
   * {@link Registrant} per person registered in each community (the person, their household, seats,
   * ties and deprivations on record there), not the communities' other records: no community rule
   * fires.
   *
   * <pre>{@code
   * RegistrationEvaluation e = ruleSet.evaluateRegistrations(List.of(
   *     CommunityRegistrations.of(c1, registrationsInC1, rights),
   *     CommunityRegistrations.of(c2, registrationsInC2, rights)), LocalDate.of(2005, 9, 1));
   * }</pre>
   *
   * @throws IllegalArgumentException if two entries are of one community, or a registration is dated
   *     after {@code asOf}; the message names it (a registration for a community other than its
   *     entry's is refused by {@link CommunityRegistrations} itself)
   */
  public RegistrationEvaluation evaluateRegistrations(List<CommunityRegistrations> registrations, LocalDate asOf) {
    requireNonNull(registrations, "registrations");
    requireNonNull(asOf, "asOf");
    ImmutableList<Registrant> registrants = Registrants.of(registrations, asOf);
    // the collector's own community is only for findings about a community, which these rules never make
    FindingCollector findings = fire(descriptor.district(), asOf, session -> registrants.forEach(session::insert));
    return new RegistrationEvaluation(descriptor.district(), asOf, id(), version(),
        registrations.stream().map(CommunityRegistrations::communityId).collect(ImmutableList.toImmutableList()),
        findings.findings(), findings.trace());
  }

  /**
   * Returns the findings of this rule set on {@code election} as of {@code asOf}, with the trace; the
   * findings are about the election's community. The rules judge the election by the parameters in
   * force on its day. Facts given to the rules: the {@link Election} as held, and, if the district's
   * election thresholds ({@code election.turnout}, {@code election.majority}, {@code election.runOff.*})
   * are all in force on its day, its {@link ElectionResult} counted under them ({@link
   * ElectionThresholds#find}) as known on {@code asOf}: a run-off dated after {@code asOf} has not been
   * held, and is not counted. The rules read who won and the run-off's call from the result, and judge
   * everything else from the election and the parameters.
   *
   * <pre>{@code
   * Evaluation e = ruleSet.evaluate(election, LocalDate.of(2005, 10, 1));
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code asOf} is before the election's day
   */
  public Evaluation evaluate(Election election, LocalDate asOf) {
    requireNonNull(election, "election");
    requireNonNull(asOf, "asOf");
    Election known = election.asKnownOn(asOf);
    Optional<ElectionResult> counted = ElectionThresholds.find(parameters, election.date())
        .map(thresholds -> ElectionCount.of(known, thresholds));
    FindingCollector findings = fire(election.communityId(), asOf, session -> {
      session.insert(election);
      counted.ifPresent(session::insert);
    });
    return new Evaluation(election.communityId(), asOf, id(), version(), findings.findings(), findings.trace());
  }

  /**
   * Returns {@code recruitment} run through this rule set: its recruitment-process rules decide where
   * each applicant stops and why (at the first stage where any of their conditions holds, with all
   * that hold there: see {@link StopCollector}), and the core's {@link RecruitmentProcess#rankAndAppoint}
   * ranks and appoints the others, so the outcome is the core's {@link RecruitmentProcess#run} with
   * the stops this rule set judges. Parameters are read on the reference date.
   *
   * <pre>{@code
   * RecruitmentOutcome outcome = ruleSet.runRecruitment(recruitment, people,
   *     Openings.of(LocalDate.of(2005, 11, 1), StationPost.HEAD), committee.term()).outcome();
   * }</pre>
   *
   * @param people the people the applicants' ids refer to; others may be listed too
   * @param openings the posts to fill, in rank order, and the day the appointments begin
   * @param committeeTerm the residents' committee's term, which the appointments end with
   * @throws IllegalArgumentException if two people share an id, or {@code committeeTerm} does not
   *     cover {@code openings.appointedOn()}
   * @throws IllegalStateException if this rule set has no recruitment-process rules (no rule file
   *     declares the global {@code stops}), or its rules let through an applicant who cannot be ranked
   */
  public RecruitmentRun runRecruitment(
      Recruitment recruitment, Collection<Person> people, Openings openings, Term committeeTerm) {
    requireNonNull(recruitment, "recruitment");
    requireNonNull(openings, "openings");
    requireNonNull(committeeTerm, "committeeTerm");
    ImmutableMap<String, Person> byId = Maps.uniqueIndex(requireNonNull(people, "people"), Person::id);
    checkArgument(committeeTerm.covers(openings.appointedOn()),
        "appointments begin %s, outside the committee's term %s", openings.appointedOn(), committeeTerm);
    if (!declaresStops) {
      throw new IllegalStateException("rule set " + id() + " " + version() + " has no recruitment-process rules:"
          + " no rule file declares 'global " + StopCollector.class.getName() + " " + STOPS + ";'");
    }
    StopCollector stops = new StopCollector();
    fire(recruitment.id(), recruitment.referenceDate(), stops, session -> {
      for (ApplicantRecord a : recruitment.applicants()) {
        session.insert(new Applicant(recruitment, a, byId.get(a.personId()), openings.appointedOn()));
      }
    });
    ImmutableList<ApplicantOutcome.Stopped> stopped = stops.stopped();
    RecruitmentOutcome outcome;
    try {
      outcome = RecruitmentProcess.rankAndAppoint(recruitment, stopped, parameters, openings, committeeTerm);
    } catch (IllegalArgumentException e) {
      // the input was checked above: what remains is a stop judgement the core cannot rank after
      throw new IllegalStateException("rule set " + id() + " " + version() + " judged recruitment "
          + recruitment.id() + " so that it cannot be ranked: " + e.getMessage(), e);
    }
    return new RecruitmentRun(id(), version(), outcome, stops.reports());
  }

  private FindingCollector fire(String communityId, LocalDate asOf, Consumer<KieSession> facts) {
    return fire(communityId, asOf, new StopCollector(), facts);
  }

  /**
   * Opens a session with the globals {@code params} (as of {@code asOf}), {@code findings} (for
   * {@code communityId}) and, if a rule file declares it, {@code stops}; inserts the facts {@code
   * facts} gives, fires every rule and returns what the rules found.
   */
  private FindingCollector fire(String communityId, LocalDate asOf, StopCollector stops, Consumer<KieSession> facts) {
    FindingCollector findings = new FindingCollector(communityId, asOf, parameters);
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("params", new RuleParameters(parameters, asOf));
      session.setGlobal("findings", findings);
      if (declaresStops) {
        session.setGlobal(STOPS, stops);
      }
      facts.accept(session);
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return findings;
  }

  @Override
  public String toString() {
    return "RuleSet[" + id() + " " + version() + ", " + ruleNames.size() + " rules]";
  }
}
