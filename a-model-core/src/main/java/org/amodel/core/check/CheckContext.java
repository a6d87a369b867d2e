package org.amodel.core.check;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.Problems;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.Community;
import org.amodel.core.model.Household;
import org.amodel.core.model.Person;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.ParameterKey;

/** One evaluation: the community, the as-of date, the parameters in force and the findings so far. */
final class CheckContext {
  private final Community community;
  private final LocalDate asOf;
  private final DistrictParameters parameters;
  private final ImmutableMap<String, Person> people;
  private final ImmutableSet<String> householdMembers;
  private final List<Finding> findings = new ArrayList<>();

  CheckContext(Community community, LocalDate asOf, DistrictParameters parameters) {
    this.community = community;
    this.asOf = asOf;
    this.parameters = parameters;
    this.people = community.peopleById();
    this.householdMembers = community.households().stream()
        .flatMap(h -> h.memberIds().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  Community community() {
    return community;
  }

  String communityId() {
    return community.id();
  }

  LocalDate asOf() {
    return asOf;
  }

  /** Returns the value of {@code key} in force on the as-of date. */
  <T> Optional<T> param(ParameterKey<T> key) {
    return parameters.find(key, asOf);
  }

  /** Returns the value of {@code key} in force on {@code date}. */
  <T> Optional<T> paramOn(ParameterKey<T> key, LocalDate date) {
    return parameters.find(key, date);
  }

  /** Returns true if the boolean parameter {@code key} is set and true on the as-of date. */
  boolean enabled(ParameterKey<Boolean> key) {
    return param(key).orElse(false);
  }

  /** Returns the person {@code id}; the community's constructor guarantees they exist. */
  Person person(String id) {
    return people.get(id);
  }

  /** Returns every station appointment with its station and person, in the community's order. */
  List<StationMember> stationMembers() {
    List<StationMember> members = new ArrayList<>();
    for (ServiceStation s : community.serviceStations()) {
      for (StationAppointment a : s.appointments()) {
        members.add(new StationMember(s, a, people.get(a.personId()),
            a.recruitmentId().flatMap(community::recruitment)));
      }
    }
    return members;
  }

  /** Returns true if {@code personId} belongs to one of the community's {@link Household}s. */
  boolean isHouseholdMember(String personId) {
    return householdMembers.contains(personId);
  }

  /**
   * Reports a finding. A rule reports once per subject; where it meets the same subject twice (one
   * person secretary of two Party organisations, say), {@link #findings()} joins the reports into one.
   */
  void report(RuleId ruleId, Subject subject, String messageZh, String messageEn) {
    findings.add(SeedCatalogue.rule(ruleId).finding(subject, messageZh, messageEn, asOf));
  }

  /** Reports one finding joining {@code problems}, if there are any. */
  void reportAll(RuleId ruleId, Subject subject, Problems problems) {
    if (!problems.isEmpty()) {
      report(ruleId, subject, problems.zh(), problems.en());
    }
  }

  /** Returns the findings, one per rule id, severity and subject ({@link Finding#joinByKey}). */
  List<Finding> findings() {
    return Finding.joinByKey(findings);
  }
}
