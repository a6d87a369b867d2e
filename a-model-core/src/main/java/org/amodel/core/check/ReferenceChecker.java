package org.amodel.core.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Community;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;

/**
 * The pure-Java reference implementation of the seed district's community rules (DESIGN.md §2),
 * parameterised by a district's {@link DistrictParameters}. Thread-safe and stateless.
 *
 * <pre>{@code
 * ReferenceChecker checker = ReferenceChecker.seed();
 * List<Finding> findings = checker.check(community, LocalDate.of(2005, 12, 1));
 * }</pre>
 *
 * <p>Findings are sorted by rule id and subject, so the same community gives the same list whatever
 * the order of its collections; there is one finding per rule id, severity and subject ({@link
 * Finding#key()}), joining every problem the rule found with that subject. A rule whose parameters the district does not set does not apply.
 * The election and voter rules come with the election process and are not checked here.
 */
public final class ReferenceChecker {
  private static final ImmutableList<CommunityRule> RULES = ImmutableList.of(
      new StructureTrinityRule(),
      new StationSizeRule(),
      new StationPostsRule(),
      new RecruitAgeRule(),
      new RecruitEducationRule(),
      new RecruitProcessRule(),
      new AppointmentTermRule(),
      new StationReportingRule(),
      new SecretaryFullTimeRule(),
      new SecretaryMembershipRule(),
      new ConcurrentPostsRule(),
      new ConcurrentPostsAvailableRule(),
      new CommitteeSizeRule(),
      new CommitteeTermRule(),
      new CommunityHouseholdsRule(),
      new AssemblyCompositionRule());

  private final DistrictParameters parameters;

  private ReferenceChecker(DistrictParameters parameters) {
    this.parameters = requireNonNull(parameters, "parameters");
  }

  /** Returns a checker of the seed's rules with the given district's parameter values. */
  public static ReferenceChecker of(DistrictParameters parameters) {
    return new ReferenceChecker(parameters);
  }

  /** Returns a checker with the seed district's own parameters ({@code jinan-shizhong-2005}). */
  public static ReferenceChecker seed() {
    return new ReferenceChecker(Parameters.jinanShizhong2005());
  }

  /** Returns the ids of the rules this checker implements. */
  public static ImmutableSet<RuleId> ruleIds() {
    return RULES.stream().map(CommunityRule::id).collect(ImmutableSet.toImmutableSet());
  }

  public DistrictParameters parameters() {
    return parameters;
  }

  /**
   * Returns the findings on {@code community} as of {@code asOf}, sorted by rule id and subject, one
   * per {@link Finding#key()}.
   */
  public ImmutableList<Finding> check(Community community, LocalDate asOf) {
    requireNonNull(community, "community");
    requireNonNull(asOf, "asOf");
    CheckContext context = new CheckContext(community, asOf, parameters);
    RULES.forEach(rule -> rule.check(context));
    return ImmutableList.sortedCopyOf(context.findings());
  }
}
