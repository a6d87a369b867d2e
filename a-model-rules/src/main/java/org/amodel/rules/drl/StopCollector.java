package org.amodel.rules.drl;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.recruitment.ApplicantOutcome;
import org.amodel.core.recruitment.StopReason;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code stops} of {@code recruitment-process.drl}: each rule reports one condition that
 * holds for an applicant at a stage, and the collector decides where each applicant stops.
 *
 * <pre>
 * stops.report(drools, $a, RecruitmentStage.QUALIFICATION_REVIEW, StopReason.Kind.TOO_OLD, "…", "…");
 * </pre>
 *
 * <p>An applicant stops at the first place in the process where any condition holds, with every
 * condition reported there. The places, in order: at each stage, first what the person's own data
 * fail (the kinds {@code UNKNOWN_PERSON}, {@code TOO_OLD}, {@code EDUCATION_BELOW_MINIMUM}), then what
 * the record says of the stage (every other kind); after the fourth stage, a record that goes on
 * ({@code EXTRA_STAGE}, at whatever stage the extra result names). So, as in the core's {@code
 * RecruitmentProcess}, an applicant who fails a criterion stops at the qualification review for the
 * criteria alone. Reasons are listed in the order of {@link StopReason.Kind}.
 *
 * <p>Not thread-safe: one per session.
 */
public final class StopCollector {
  private static final Set<StopReason.Kind> CRITERIA = EnumSet.of(
      StopReason.Kind.UNKNOWN_PERSON, StopReason.Kind.TOO_OLD, StopReason.Kind.EDUCATION_BELOW_MINIMUM);
  private static final Comparator<Report> PLACE = Comparator.comparingInt(StopCollector::place)
      .thenComparing(Report::stage);

  private final List<Report> reports = new ArrayList<>();

  /**
   * Reports that {@code kind} holds for {@code applicant} at {@code stage}, in Chinese and English;
   * {@code drools} names the rule.
   *
   * @throws IllegalArgumentException if {@code drools} is not the rule's {@code drools}
   */
  public void report(Object drools, Applicant applicant, RecruitmentStage stage, StopReason.Kind kind, String zh,
      String en) {
    // the classic build passes a KnowledgeHelper, the executable model a DroolsImpl: both are RuleContexts
    if (!(drools instanceof RuleContext context)) {
      throw new IllegalArgumentException("pass 'drools' as the first argument of stops.report(…), not " + drools);
    }
    Rule rule = context.getRule();
    reports.add(new Report(rule.getPackageName(), rule.getName(), FindingCollector.RuleMetadata.of(rule).id(),
        applicant.personId(), requireNonNull(stage, "stage"), new StopReason(kind, zh, en)));
  }

  /** Returns where each applicant reported on stops, by person id: the first place with a report. */
  public ImmutableList<ApplicantOutcome.Stopped> stopped() {
    Map<String, List<Report>> byPerson = new LinkedHashMap<>();
    reports.forEach(r -> byPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r));
    List<ApplicantOutcome.Stopped> stopped = new ArrayList<>();
    byPerson.forEach((personId, list) -> {
      Report first = list.stream().min(PLACE).orElseThrow();
      List<StopReason> reasons = list.stream()
          .filter(r -> PLACE.compare(r, first) == 0)
          .map(Report::reason)
          .distinct()
          .sorted(Comparator.comparing(StopReason::kind).thenComparing(StopReason::en).thenComparing(StopReason::zh))
          .toList();
      stopped.add(new ApplicantOutcome.Stopped(personId, first.stage(), ImmutableList.copyOf(reasons)));
    });
    stopped.sort(Comparator.comparing(ApplicantOutcome.Stopped::personId));
    return ImmutableList.copyOf(stopped);
  }

  /** Returns every report, the ones after an applicant's stop too, in a stable order. */
  public ImmutableList<Report> reports() {
    return reports.stream()
        .sorted(Comparator.comparing(Report::personId).thenComparing(PLACE).thenComparing(Report::ruleName)
            .thenComparing(r -> r.reason().en()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The place of a report in the process: 2 per stage, the person's data before the record. */
  private static int place(Report r) {
    if (r.reason().kind() == StopReason.Kind.EXTRA_STAGE) {
      return 2 * RecruitmentStage.values().length + 1;
    }
    return 2 * r.stage().ordinal() + (CRITERIA.contains(r.reason().kind()) ? 0 : 1);
  }

  /** One report: which rule said that {@code reason} holds for {@code personId} at {@code stage}. */
  public record Report(
      String packageName, String ruleName, RuleId ruleId, String personId, RecruitmentStage stage, StopReason reason) {
    public Report {
      requireNonNull(packageName, "packageName");
      requireNonNull(ruleName, "ruleName");
      requireNonNull(ruleId, "ruleId");
      requireNonNull(personId, "personId");
      requireNonNull(stage, "stage");
      requireNonNull(reason, "reason");
    }
  }
}
