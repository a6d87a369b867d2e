package org.amodel.rules.ruleset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.amodel.core.model.Community;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.voters.CommunityRegistrations;
import org.amodel.rules.drl.FindingCollector;
import org.amodel.rules.drl.People;
import org.amodel.rules.drl.Registrant;
import org.amodel.rules.drl.Registrants;
import org.amodel.rules.drl.RuleParameters;
import org.amodel.rules.drl.StationMembers;
import org.amodel.rules.engine.Evaluation;
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
 * {@code params} and {@code findings}. {@link #evaluateRegistrations} gives other facts: one {@link
 * Registrant} per person registered in each community, and nothing of the communities themselves.
 */
public final class RuleSet {
  private final RuleSetDescriptor descriptor;
  private final ImmutableList<RuleSetDescriptor> lineage;
  private final DistrictParameters parameters;
  private final KieBase kieBase;
  private final ImmutableSortedSet<String> ruleNames;

  RuleSet(RuleSetDescriptor descriptor, ImmutableList<RuleSetDescriptor> lineage, DistrictParameters parameters,
      KieBase kieBase, ImmutableSortedSet<String> ruleNames) {
    this.descriptor = requireNonNull(descriptor, "descriptor");
    this.lineage = requireNonNull(lineage, "lineage");
    this.parameters = requireNonNull(parameters, "parameters");
    this.kieBase = requireNonNull(kieBase, "kieBase");
    this.ruleNames = requireNonNull(ruleNames, "ruleNames");
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

  /** Returns the compiled rules, for tools that inspect them; do not modify it. */
  public KieBase kieBase() {
    return kieBase;
  }

  /** Returns the findings of this rule set on {@code community} as of {@code asOf}, with the trace. */
  public Evaluation evaluate(Community community, LocalDate asOf) {
    requireNonNull(community, "community");
    requireNonNull(asOf, "asOf");
    FindingCollector findings = fire(community.id(), asOf, session -> {
      session.insert(community);
      session.insert(People.of(community));
      community.partyOrganisations().forEach(session::insert);
      community.residentsCommittees().forEach(session::insert);
      community.serviceStations().forEach(session::insert);
      community.assemblies().forEach(session::insert);
      community.recruitments().forEach(session::insert);
      community.assessments().forEach(session::insert);
      community.matters().forEach(session::insert);
      StationMembers.of(community).forEach(session::insert);
    });
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
   * Opens a session with the globals {@code params} (as of {@code asOf}) and {@code findings} (for
   * {@code communityId}), inserts the facts {@code facts} gives, fires every rule and returns what the
   * rules found.
   */
  private FindingCollector fire(String communityId, LocalDate asOf, Consumer<KieSession> facts) {
    FindingCollector findings = new FindingCollector(communityId, asOf, parameters);
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("params", new RuleParameters(parameters, asOf));
      session.setGlobal("findings", findings);
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
