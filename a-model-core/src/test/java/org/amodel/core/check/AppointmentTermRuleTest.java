package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.COMMITTEE_ID;
import static org.amodel.core.fixtures.SeedFixture.COMMITTEE_TERM;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.DEPUTY_HEAD;
import static org.amodel.core.fixtures.SeedFixture.HEAD;
import static org.amodel.core.fixtures.SeedFixture.STAFF_1;
import static org.amodel.core.fixtures.SeedFixture.STAFF_2;
import static org.amodel.core.fixtures.SeedFixture.appointment;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.Post;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.StationPost;
import org.amodel.core.model.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fixture's committee term and every appointment run from 2005-09-01 to 2008-09-01. */
@DisplayName("APPOINTMENT_TERM: a station appointment lasts at most the years in force and ends with the committee's term")
class AppointmentTermRuleTest {
  private static final Subject HEAD_SUBJECT = Subject.person(COMMUNITY_ID, HEAD, Post.STATION_HEAD);
  private static final LocalDate AS_OF_2019 = LocalDate.of(2019, 6, 1);

  private static List<Finding> check(Community c, LocalDate asOf) {
    return ReferenceChecker.seed().check(c, asOf);
  }

  /** The fixture with the head's appointment running for {@code term}. */
  private static Community headAppointedFor(Term term) {
    return SeedFixture.withStationAppointments(SeedFixture.community(), List.of(
        appointment(HEAD, StationPost.HEAD).withTerm(term),
        appointment(DEPUTY_HEAD, StationPost.DEPUTY_HEAD),
        appointment(STAFF_1, StationPost.STAFF),
        appointment(STAFF_2, StationPost.STAFF)));
  }

  @Test
  @DisplayName("an appointment of exactly the committee's three-year term holds")
  void exactlyTheCommitteeTermHolds() {
    assertNoFindings(check(headAppointedFor(COMMITTEE_TERM), AS_OF));
  }

  @Test
  @DisplayName("an appointment one day longer breaks it twice over, in one finding: over 3 years and past the committee")
  void oneDayLongerBreaks() {
    List<Finding> findings = check(headAppointedFor(Term.of(COMMITTEE_TERM.start(), LocalDate.of(2008, 9, 2))), AS_OF);
    assertFindings(findings, violation(RuleId.APPOINTMENT_TERM, HEAD_SUBJECT));
    Finding f = only(findings, RuleId.APPOINTMENT_TERM);
    assertZhMentions(f, "聘期2005-09-01–2008-09-02超过3年", "聘期止于2008-09-02,居委会任期止于2008-09-01");
    assertEnMentions(f, "appointment 2005-09-01–2008-09-02 lasts longer than 3 years",
        "appointment ends 2008-09-02 but the committee's term ends 2008-09-01");
  }

  @Test
  @DisplayName("an appointment ending one day before the committee's term breaks it")
  void oneDayShorterAtTheEndBreaks() {
    List<Finding> findings = check(headAppointedFor(Term.of(COMMITTEE_TERM.start(), LocalDate.of(2008, 8, 31))), AS_OF);
    assertFindings(findings, violation(RuleId.APPOINTMENT_TERM, HEAD_SUBJECT));
    Finding f = only(findings, RuleId.APPOINTMENT_TERM);
    assertEnMentions(f, "appointment ends 2008-08-31 but the committee's term ends 2008-09-01");
    assertZhMentions(f, "聘期止于2008-08-31", "二者应相同");
  }

  @Test
  @DisplayName("an appointment starting one day late and ending with the committee holds")
  void oneDayShorterAtTheStartHolds() {
    assertNoFindings(check(headAppointedFor(Term.of(LocalDate.of(2005, 9, 2), COMMITTEE_TERM.end())), AS_OF));
  }

  @Test
  @DisplayName("an appointment starting one day early breaks it: it lasts longer than 3 years")
  void oneDayEarlierBreaks() {
    List<Finding> findings = check(headAppointedFor(Term.of(LocalDate.of(2005, 8, 31), COMMITTEE_TERM.end())), AS_OF);
    assertFindings(findings, violation(RuleId.APPOINTMENT_TERM, HEAD_SUBJECT));
    assertEnMentions(only(findings, RuleId.APPOINTMENT_TERM), "lasts longer than 3 years");
  }

  @Test
  @DisplayName("five-year appointments with a five-year committee elected on 2018-12-29 hold")
  void fiveYearsAfterTheAmendmentHold() {
    Term term = Term.ofYears(LocalDate.of(2018, 12, 29), 5);
    Community c = SeedFixture.withAppointmentTerms(SeedFixture.withCommitteeTerm(SeedFixture.community(), term), term);
    assertNoFindings(check(c, AS_OF_2019));
  }

  @Test
  @DisplayName("five-year appointments and committee starting 2018-12-28 break both rules: three years were in force")
  void fiveYearsTheDayBeforeTheAmendmentBreak() {
    Term term = Term.ofYears(LocalDate.of(2018, 12, 28), 5);
    Community c = SeedFixture.withAppointmentTerms(SeedFixture.withCommitteeTerm(SeedFixture.community(), term), term);
    List<Finding> findings = check(c, AS_OF_2019);
    assertFindings(findings,
        violation(RuleId.COMMITTEE_TERM, Subject.of(COMMUNITY_ID, SubjectKind.RESIDENTS_COMMITTEE, COMMITTEE_ID)),
        violation(RuleId.APPOINTMENT_TERM, HEAD_SUBJECT),
        violation(RuleId.APPOINTMENT_TERM, Subject.person(COMMUNITY_ID, DEPUTY_HEAD, Post.STATION_DEPUTY_HEAD)),
        violation(RuleId.APPOINTMENT_TERM, Subject.person(COMMUNITY_ID, STAFF_1, Post.STATION_STAFF)),
        violation(RuleId.APPOINTMENT_TERM, Subject.person(COMMUNITY_ID, STAFF_2, Post.STATION_STAFF)));
    Finding head = findings.stream().filter(f -> f.subject().equals(HEAD_SUBJECT)).findFirst().orElseThrow();
    assertEnMentions(head, "appointment 2018-12-28–2023-12-28 lasts longer than 3 years");
  }

  @Test
  @DisplayName("the committee's end is not checked when there are two committees (STRUCTURE_TRINITY reports that)")
  void tieNotCheckedWithTwoCommittees() {
    Community base = headAppointedFor(Term.of(COMMITTEE_TERM.start(), LocalDate.of(2008, 8, 31)));
    var rc = base.residentsCommittees().get(0);
    Community c = base.toBuilder()
        .residentsCommittees(List.of(rc, new ResidentsCommittee("rc-2", rc.term(), rc.seats())))
        .build();
    assertFindings(check(c, AS_OF), violation(RuleId.STRUCTURE_TRINITY, Subject.community(COMMUNITY_ID)));
  }
}
