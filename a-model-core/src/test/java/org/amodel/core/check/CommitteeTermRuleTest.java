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

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The station's appointments end with the committee (APPOINTMENT_TERM), so each case sets them to a
 * term that ends with the committee's and is no longer than the years then in force: only
 * COMMITTEE_TERM is under test.
 */
@DisplayName("COMMITTEE_TERM: a committee's term lasts the years in force on its first day (3, or 5 from 2018-12-29)")
class CommitteeTermRuleTest {
  private static final Subject COMMITTEE = Subject.of(COMMUNITY_ID, SubjectKind.RESIDENTS_COMMITTEE, COMMITTEE_ID);
  private static final LocalDate AS_OF_2019 = LocalDate.of(2019, 6, 1);

  private static Community termed(Term committee, Term appointments) {
    return SeedFixture.withAppointmentTerms(
        SeedFixture.withCommitteeTerm(SeedFixture.community(), committee), appointments);
  }

  private static List<Finding> check(Community c, LocalDate asOf) {
    return ReferenceChecker.seed().check(c, asOf);
  }

  @Test
  @DisplayName("three years from 2005-09-01 to 2008-09-01 holds")
  void threeYearsHolds() {
    assertNoFindings(check(SeedFixture.community(), AS_OF));
  }

  @Test
  @DisplayName("three years and one day breaks it, and the message names the term it should have been")
  void oneDayLongerBreaks() {
    Term committee = Term.of(COMMITTEE_TERM.start(), LocalDate.of(2008, 9, 2));
    List<Finding> findings = check(termed(committee, Term.of(LocalDate.of(2005, 9, 2), committee.end())), AS_OF);
    assertFindings(findings, violation(RuleId.COMMITTEE_TERM, COMMITTEE));
    Finding f = only(findings, RuleId.COMMITTEE_TERM);
    assertZhMentions(f, "居委会任期2005-09-01–2008-09-02", "应为3年", "自2005-09-01起至2008-09-01");
    assertEnMentions(f, "committee term 2005-09-01–2008-09-02 should last 3 years (2005-09-01–2008-09-01)");
  }

  @Test
  @DisplayName("three years less one day breaks it")
  void oneDayShorterBreaks() {
    Term committee = Term.of(COMMITTEE_TERM.start(), LocalDate.of(2008, 8, 31));
    List<Finding> findings = check(termed(committee, committee), AS_OF);
    assertFindings(findings, violation(RuleId.COMMITTEE_TERM, COMMITTEE));
    assertEnMentions(only(findings, RuleId.COMMITTEE_TERM), "should last 3 years");
  }

  @Test
  @DisplayName("a term starting 2018-12-28, the last day of the 1989 law, must last 3 years")
  void termStarting20181228() {
    LocalDate start = LocalDate.of(2018, 12, 28);
    Term three = Term.ofYears(start, 3);
    assertNoFindings(check(termed(three, three), AS_OF_2019));

    Term five = Term.ofYears(start, 5);
    List<Finding> findings = check(termed(five, Term.of(LocalDate.of(2018, 12, 29), five.end())), AS_OF_2019);
    assertFindings(findings, violation(RuleId.COMMITTEE_TERM, COMMITTEE));
    assertZhMentions(only(findings, RuleId.COMMITTEE_TERM), "应为3年", "至2021-12-28");
    assertEnMentions(only(findings, RuleId.COMMITTEE_TERM), "should last 3 years (2018-12-28–2021-12-28)");
  }

  @Test
  @DisplayName("a term starting 2018-12-29, the day the 2018 amendment took effect, must last 5 years")
  void termStarting20181229() {
    LocalDate start = LocalDate.of(2018, 12, 29);
    Term five = Term.ofYears(start, 5);
    assertNoFindings(check(termed(five, five), AS_OF_2019));

    Term three = Term.ofYears(start, 3);
    List<Finding> findings = check(termed(three, three), AS_OF_2019);
    assertFindings(findings, violation(RuleId.COMMITTEE_TERM, COMMITTEE));
    assertZhMentions(only(findings, RuleId.COMMITTEE_TERM), "应为5年", "至2023-12-29");
    assertEnMentions(only(findings, RuleId.COMMITTEE_TERM), "should last 5 years (2018-12-29–2023-12-29)");
  }

  @Test
  @DisplayName("a three-year term elected in 2016 still holds when checked after the amendment")
  void earlierTermKeepsItsLength() {
    Term three = Term.ofYears(LocalDate.of(2016, 6, 1), 3);
    assertNoFindings(check(termed(three, three), LocalDate.of(2019, 3, 1)));
  }
}
