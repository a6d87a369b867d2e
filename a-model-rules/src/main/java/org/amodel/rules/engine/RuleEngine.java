package org.amodel.rules.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.amodel.core.election.Election;
import org.amodel.core.model.Community;
import org.amodel.core.model.District;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.Term;
import org.amodel.core.recruitment.Openings;
import org.amodel.core.voters.CommunityRegistrations;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetException;
import org.amodel.rules.ruleset.RuleSetLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point an application holds for its lifetime: evaluates a community, a whole
 * district, or a district's voter registrations, as of a date against the rule set of its district, and replaces a district's rule set
 * while other threads evaluate. Thread-safe.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.withBundledRuleSets();
 * Evaluation e = engine.evaluate("jinan-shizhong", community, LocalDate.of(2005, 12, 1));
 * e.findings();              // the findings, as the core's Finding values
 * e.ruleSetVersion();        // which version produced them
 * engine.reload(Path.of("rules/jinan-shizhong-2005")); // compile, then swap, or refuse and keep serving
 * }</pre>
 *
 * <p>Each rule set is compiled once and its rules shared; every evaluation opens its own session
 * and reads the district's rule set once, so its findings all come from one version, and a swap never
 * disturbs an evaluation under way.
 */
public final class RuleEngine {
  private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

  private final RuleSetLoader loader;
  private final Map<String, RuleSet> byDistrict = new ConcurrentHashMap<>();

  private RuleEngine(RuleSetLoader loader) {
    this.loader = requireNonNull(loader, "loader");
  }

  /** Returns an engine serving no district yet, that loads rule sets with {@code loader}. */
  public static RuleEngine empty(RuleSetLoader loader) {
    return new RuleEngine(loader);
  }

  /** Returns an engine serving every bundled rule set, each for its district, with the standard loader. */
  public static RuleEngine withBundledRuleSets() {
    return withBundledRuleSets(RuleSetLoaders.standard());
  }

  /** Returns an engine serving every bundled rule set, compiled by {@code loader}. */
  public static RuleEngine withBundledRuleSets(RuleSetLoader loader) {
    RuleEngine engine = new RuleEngine(loader);
    for (String id : RuleSetLoader.bundledIds()) {
      engine.replace(loader.bundled(id));
    }
    return engine;
  }

  /** Returns the rule set serving {@code district}. */
  public Optional<RuleSet> ruleSet(String district) {
    return Optional.ofNullable(byDistrict.get(district));
  }

  /** Returns the rule set serving each district, by district. */
  public ImmutableSortedMap<String, RuleSet> ruleSets() {
    return ImmutableSortedMap.copyOf(byDistrict);
  }

  /**
   * Returns the findings on {@code community} as of {@code asOf} by the rule set serving
   * {@code district}.
   *
   * @throws NoSuchElementException naming the district and the districts served, if none serves it
   */
  public Evaluation evaluate(String district, Community community, LocalDate asOf) {
    return serving(district).evaluate(community, asOf);
  }

  /**
   * Returns the findings on {@code election} as of {@code asOf} by the rule set serving {@code
   * district}, about the election's community (DIRECT_ELECTION, COMPETITIVE_ELECTION,
   * ELECTION_VALIDITY); a run-off dated after {@code asOf} has not been held as of then. See {@link
   * RuleSet#evaluate(Election, LocalDate)}.
   *
   * <pre>{@code
   * Evaluation e = engine.evaluate("jinan-shizhong", election, LocalDate.of(2005, 10, 1));
   * }</pre>
   *
   * @throws NoSuchElementException naming the district and the districts served, if none serves it
   * @throws IllegalArgumentException naming the election and the dates, if {@code asOf} is before the
   *     election's day
   */
  public Evaluation evaluate(String district, Election election, LocalDate asOf) {
    return serving(district).evaluate(election, asOf);
  }

  /**
   * Returns {@code recruitment} run through the rule set serving {@code district}: see {@link
   * RuleSet#runRecruitment}.
   *
   * @throws NoSuchElementException naming the district and the districts served, if none serves it
   * @throws IllegalArgumentException if two people share an id, or {@code committeeTerm} does not
   *     cover {@code openings.appointedOn()}
   * @throws IllegalStateException if the rule set has no recruitment-process rules
   */
  public RecruitmentRun runRecruitment(
      String district, Recruitment recruitment, Collection<Person> people, Openings openings, Term committeeTerm) {
    return serving(district).runRecruitment(recruitment, people, openings, committeeTerm);
  }

  /** Returns the findings on every community of {@code district}, all by one version of its rule set. */
  public DistrictEvaluation evaluate(District district, LocalDate asOf) {
    RuleSet ruleSet = serving(district.id());
    ImmutableList<Evaluation> evaluations = district.communities().stream()
        .map(c -> ruleSet.evaluate(c, asOf))
        .collect(ImmutableList.toImmutableList());
    return new DistrictEvaluation(district.id(), asOf, ruleSet.id(), ruleSet.version(), evaluations);
  }

  /**
   * Returns the VOTER_ELIGIBILITY and VOTER_UNIQUE findings on the voter registrations of {@code
   * district}'s communities as of {@code asOf}, all together (a person registered in two communities is
   * found), by the rule set serving {@code district}.
   *
   * <pre>{@code
   * RegistrationEvaluation e = engine.evaluateRegistrations("jinan-shizhong",
   *     List.of(CommunityRegistrations.of(c1, inC1, rights), CommunityRegistrations.of(c2, inC2, rights)),
   *     LocalDate.of(2005, 9, 1));
   * }</pre>
   *
   * @throws NoSuchElementException naming the district and the districts served, if none serves it
   * @throws IllegalArgumentException if two entries are of one community, or a registration is dated
   *     after {@code asOf}
   */
  public RegistrationEvaluation evaluateRegistrations(
      String district, List<CommunityRegistrations> registrations, LocalDate asOf) {
    return serving(district).evaluateRegistrations(registrations, asOf);
  }

  /** Makes {@code ruleSet} serve its district (its descriptor's {@code district}) from now on. */
  public ReloadResult.Swapped replace(RuleSet ruleSet) {
    String district = ruleSet.descriptor().district();
    Optional<RuleSet> previous = Optional.ofNullable(byDistrict.put(district, ruleSet));
    LOG.info("district {} now served by rule set {} {}{}", district, ruleSet.id(), ruleSet.version(),
        previous.map(p -> " (was " + p.id() + " " + p.version() + ")").orElse(""));
    return new ReloadResult.Swapped(district, ruleSet, previous);
  }

  /**
   * Compiles the rule set in {@code folder} and, if it compiles, makes it serve its district; if not,
   * returns every problem, and the district keeps the rule set it had (named in the refusal). A
   * rule set that extends the one replaced keeps the rules it was compiled with until it is reloaded
   * too.
   */
  public ReloadResult reload(Path folder) {
    try {
      return replace(loader.folder(folder));
    } catch (RuleSetException e) {
      LOG.warn("rule set in {} refused: {}", folder, e.getMessage());
      Optional<RuleSet> serving = RuleSetLoader.districtOf(folder).flatMap(this::ruleSet);
      return ReloadResult.Refused.of(e.problems(), serving);
    }
  }

  private RuleSet serving(String district) {
    RuleSet ruleSet = byDistrict.get(district);
    if (ruleSet == null) {
      throw new NoSuchElementException("no rule set serves district '" + district + "'; served: "
          + ImmutableMap.copyOf(byDistrict).keySet());
    }
    return ruleSet;
  }
}
