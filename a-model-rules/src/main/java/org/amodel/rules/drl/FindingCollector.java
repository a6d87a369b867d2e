package org.amodel.rules.drl;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Severity;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Post;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code findings} of a rule file: a rule reports what it found about a subject, and
 * the collector takes the rule's id, severity and basis from its metadata ({@code @id},
 * {@code @severity}, {@code @basis}) and records which facts it matched.
 *
 * <p>Every method takes the rule's {@code drools} as its first argument (typed {@code Object}, as
 * the classic and the executable-model builds give it different types).
 *
 * <p>Several DRL rules may share a rule id (one per post, say): their reports about one subject
 * become one finding whose message joins theirs, as the reference checker reports one finding per
 * rule id and subject.
 */
public final class FindingCollector {
  private final String communityId;
  private final LocalDate asOf;
  private final DistrictParameters parameters;
  private final LocalDate basisDay;
  private final List<Report> reports;

  /**
   * Returns a collector for one evaluation of {@code communityId} as of {@code asOf}; a rule's
   * {@code @basisFrom("parameter.name")} takes its basis from the source of that parameter's value
   * in {@code parameters} in force on {@code asOf} (or on the day given to {@link #citingOn}), so a
   * district that changes a value cites its own document.
   */
  public FindingCollector(String communityId, LocalDate asOf, DistrictParameters parameters) {
    this(communityId, asOf, parameters, asOf, new ArrayList<>());
  }

  private FindingCollector(
      String communityId, LocalDate asOf, DistrictParameters parameters, LocalDate basisDay, List<Report> reports) {
    this.communityId = requireNonNull(communityId, "communityId");
    this.asOf = requireNonNull(asOf, "asOf");
    this.parameters = requireNonNull(parameters, "parameters");
    this.basisDay = requireNonNull(basisDay, "basisDay");
    this.reports = reports;
  }

  /**
   * Returns a view of this collector whose reports cite, for {@code @basisFrom}, the source of the
   * parameter's value in force on {@code day} instead of on the as-of date: for rules that judge by
   * the value in force on another day, such as a committee term by the law of the day it began.
   * Reports made through the view are this collector's.
   *
   * <pre>
   * findings.citingOn($rc.term().start()).committee(drools, $rc, messageZh, messageEn);
   * </pre>
   */
  public FindingCollector citingOn(LocalDate day) {
    return new FindingCollector(communityId, asOf, parameters, requireNonNull(day, "day"), reports);
  }

  /** Reports a finding about the community itself. */
  public void community(Object rule, String messageZh, String messageEn) {
    report(rule, Subject.community(communityId), messageZh, messageEn);
  }

  /** Reports a finding about a service station. */
  public void station(Object rule, ServiceStation station, String messageZh, String messageEn) {
    report(rule, Subject.of(communityId, SubjectKind.SERVICE_STATION, station.id()), messageZh, messageEn);
  }

  /** Reports a finding about a residents' committee. */
  public void committee(Object rule, ResidentsCommittee committee, String messageZh, String messageEn) {
    report(rule, Subject.of(communityId, SubjectKind.RESIDENTS_COMMITTEE, committee.id()), messageZh, messageEn);
  }

  /** Reports a finding about a Party organisation. */
  public void party(Object rule, PartyOrganisation party, String messageZh, String messageEn) {
    report(rule, Subject.of(communityId, SubjectKind.PARTY_ORGANISATION, party.id()), messageZh, messageEn);
  }

  /** Reports a finding about a representative assembly. */
  public void assembly(Object rule, RepresentativeAssembly assembly, String messageZh, String messageEn) {
    report(rule, Subject.of(communityId, SubjectKind.ASSEMBLY, assembly.id()), messageZh, messageEn);
  }

  /** Reports a finding about a person in a post. */
  public void person(Object rule, String personId, Post post, String messageZh, String messageEn) {
    report(rule, Subject.person(communityId, personId, post), messageZh, messageEn);
  }

  /** Reports a finding about the community {@code communityId}, which may be other than the collector's. */
  public void communityOf(Object rule, String communityId, String messageZh, String messageEn) {
    report(rule, Subject.community(communityId), messageZh, messageEn);
  }

  /**
   * Reports a finding about {@code personId} as a voter of {@code communityId} (a person without a
   * post; the community may be other than the collector's, for rules over several rolls).
   */
  public void voter(Object rule, String communityId, String personId, String messageZh, String messageEn) {
    report(rule, Subject.of(communityId, SubjectKind.PERSON, personId), messageZh, messageEn);
  }

  private void report(Object drools, Subject subject, String messageZh, String messageEn) {
    // the classic build passes a KnowledgeHelper, the executable model a DroolsImpl: both are RuleContexts
    if (!(drools instanceof RuleContext context)) {
      throw new IllegalArgumentException("pass 'drools' as the first argument of findings.…(…), not " + drools);
    }
    Rule rule = context.getRule();
    RuleMetadata meta = RuleMetadata.of(rule);
    Object basisFrom = rule.getMetaData().get("basisFrom");
    if (basisFrom != null) {
      String name = basisFrom.toString().replace("\"", "").strip();
      String basis = Parameters.key(name).flatMap(k -> parameters.findValue(k, basisDay)).map(v -> v.source())
          .orElse(meta.basis());
      meta = new RuleMetadata(meta.id(), meta.severity(), basis);
    }
    List<String> facts = context.getMatch().getObjects().stream().map(FactDescriptions::describe).toList();
    reports.add(new Report(rule.getPackageName(), rule.getName(), meta, subject, messageZh, messageEn, facts));
  }

  /** Returns the findings, one per rule id, severity and subject, sorted as the core sorts them. */
  public ImmutableList<Finding> findings() {
    Map<Finding.Key, List<Report>> byKey = new LinkedHashMap<>();
    for (Report r : reports) {
      byKey.computeIfAbsent(new Finding.Key(r.meta.id(), r.meta.severity(), r.subject), k -> new ArrayList<>()).add(r);
    }
    List<Finding> findings = new ArrayList<>();
    byKey.forEach((key, list) -> {
      List<Report> sorted = list.stream().sorted(REPORT_ORDER).distinct().toList();
      findings.add(new Finding(key.ruleId(), key.severity(), key.subject(),
          sorted.stream().map(Report::messageZh).distinct().collect(Collectors.joining(";")),
          sorted.stream().map(Report::messageEn).distinct().collect(Collectors.joining("; ")),
          sorted.get(0).meta.basis(), asOf));
    });
    return ImmutableList.sortedCopyOf(findings);
  }

  /** Returns what fired, on which facts, in a stable order. */
  public ImmutableList<TraceEntry> trace() {
    return reports.stream().sorted(REPORT_ORDER)
        .map(r -> new TraceEntry(r.packageName, r.ruleName, r.meta.id(), r.subject, ImmutableList.copyOf(r.facts)))
        .collect(ImmutableList.toImmutableList());
  }

  private static final Comparator<Report> REPORT_ORDER = Comparator.comparing(Report::ruleName)
      .thenComparing(Report::subject)
      .thenComparing(Report::messageEn)
      .thenComparing(Report::messageZh);

  private record Report(String packageName, String ruleName, RuleMetadata meta, Subject subject, String messageZh,
      String messageEn, List<String> facts) {}

  /** The metadata every rule must carry: its rule id, severity and basis. */
  public record RuleMetadata(RuleId id, Severity severity, String basis) {
    /**
     * Reads {@code rule}'s {@code @id}, {@code @severity} and {@code @basis}.
     *
     * @throws IllegalArgumentException naming the rule and the tag if one is missing or malformed
     */
    public static RuleMetadata of(Rule rule) {
      Map<String, Object> meta = rule.getMetaData();
      String id = text(rule, meta, "id");
      String severity = text(rule, meta, "severity");
      String basis = text(rule, meta, "basis");
      RuleId ruleId;
      try {
        ruleId = RuleId.of(id);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("rule \"" + rule.getName() + "\": " + e.getMessage(), e);
      }
      Severity level = Arrays.stream(Severity.values()).filter(s -> s.name().equals(severity)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("rule \"" + rule.getName() + "\" has @severity(" + severity
              + "); the severity must be one of " + Arrays.stream(Severity.values()).map(Severity::name)
                  .collect(Collectors.joining(", "))));
      return new RuleMetadata(ruleId, level, basis);
    }

    private static String text(Rule rule, Map<String, Object> meta, String tag) {
      Object value = meta.get(tag);
      if (value == null || value.toString().isBlank()) {
        throw new IllegalArgumentException("rule \"" + rule.getName() + "\" has no @" + tag
            + "(...); every rule needs @id, @severity and @basis");
      }
      String text = value.toString().strip();
      return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1)
          : text;
    }
  }
}
