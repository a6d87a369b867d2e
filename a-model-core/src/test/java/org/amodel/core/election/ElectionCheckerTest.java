package org.amodel.core.election;

import org.amodel.core.model.ElectorateKind;
import static org.amodel.core.election.ElectionFixture.COMMUNITY;
import static org.amodel.core.election.ElectionFixture.DAY;
import static org.amodel.core.election.ElectionFixture.RUN_OFF_DAY;
import static org.amodel.core.election.ElectionFixture.SEED;
import static org.amodel.core.election.ElectionFixture.assertIllegal;
import static org.amodel.core.election.ElectionFixture.concat;
import static org.amodel.core.election.ElectionFixture.election;
import static org.amodel.core.election.ElectionFixture.oneSeat;
import static org.amodel.core.election.ElectionFixture.runOff;
import static org.amodel.core.election.ElectionFixture.times;
import static org.amodel.core.election.ElectionFixture.votes;
import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.check.SeedCatalogue;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Severity;
import org.amodel.core.finding.Subject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ElectionChecker reports the election rules as findings about the community")
class ElectionCheckerTest {
  private static final LocalDate AS_OF = LocalDate.of(2005, 10, 1);
  private static final Subject C1 = Subject.community(COMMUNITY);
  private static final SeatPlan SEVEN = SeatPlan.of(1, 2, 4);
  private static final List<String> EIGHT = List.of("a", "b", "c", "d", "e", "f", "g", "h");
  private static final List<String> SEVEN_CANDIDATES = EIGHT.subList(0, 7);

  private static List<Finding> check(Election e) {
    return ElectionChecker.seed().check(e, AS_OF);
  }

  /** Eight candidates for seven seats, 10 of 12 households voting for a..g: every seat filled. */
  private static Election clean() {
    return election(SEVEN, 12, EIGHT, votes(10, SEVEN_CANDIDATES.toArray(String[]::new)));
  }

  @Test
  @DisplayName("a competitive direct election by household representatives that fills every seat holds")
  void cleanHolds() {
    assertNoFindings(check(clean()));
  }

  @Test
  @DisplayName("a finding carries the catalogue's severity and basis, the community as subject and the as-of date")
  void findingFields() {
    Finding f = only(check(clean().withElectorateKind(ElectorateKind.RESIDENTS_REPRESENTATIVES)),
        RuleId.DIRECT_ELECTION);
    assertEquals(Severity.VIOLATION, f.severity());
    assertEquals(C1, f.subject());
    assertEquals(SeedCatalogue.rule(RuleId.DIRECT_ELECTION).basis(), f.basis());
    assertEquals(AS_OF, f.asOf());
    assertZhMentions(f, "选举 e1");
    assertEnMentions(f, "election e1");
  }

  @Test
  @DisplayName("asOf before the election is a programmer's mistake")
  void asOfBeforeElection() {
    assertIllegal(() -> ElectionChecker.seed().check(clean(), DAY.minusDays(1)),
        "asOf 2005-09-17 is before election e1 on 2005-09-18");
  }

  @Nested
  @DisplayName("DIRECT_ELECTION: household representatives vote")
  class DirectElection {
    @Test
    @DisplayName("an indirect election by residents' representatives breaks it")
    void indirectBreaks() {
      List<Finding> findings = check(clean().withElectorateKind(ElectorateKind.RESIDENTS_REPRESENTATIVES));
      assertFindings(findings, violation(RuleId.DIRECT_ELECTION, C1));
      Finding f = only(findings, RuleId.DIRECT_ELECTION);
      assertZhMentions(f, "选举由居民代表投票(间接选举),本区要求由户代表投票");
      assertEnMentions(f, "voted by residents' representatives (indirect); household representatives voting required");
    }

    @Test
    @DisplayName("a direct election by individual voters breaks the seed's rule: its voters are household representatives")
    void individualVotersBreakSeed() {
      List<Finding> findings = check(clean().withElectorateKind(ElectorateKind.INDIVIDUAL_VOTERS));
      assertFindings(findings, violation(RuleId.DIRECT_ELECTION, C1));
      assertEnMentions(only(findings, RuleId.DIRECT_ELECTION), "voted by individual voters (direct)");
    }

    @Test
    @DisplayName("the required kind is an input: a district requiring individual voters accepts them and refuses households")
    void requiredKindIsAnInput() {
      ElectionChecker individual = ElectionChecker.of(ElectorateKind.INDIVIDUAL_VOTERS, SEED);
      assertNoFindings(individual.check(clean().withElectorateKind(ElectorateKind.INDIVIDUAL_VOTERS), AS_OF));
      assertFindings(individual.check(clean(), AS_OF), violation(RuleId.DIRECT_ELECTION, C1));
    }
  }

  @Nested
  @DisplayName("COMPETITIVE_ELECTION: more candidates than seats")
  class CompetitiveElection {
    @Test
    @DisplayName("8 candidates for 7 seats holds: one more is enough")
    void oneMoreHolds() {
      assertNoFindings(check(clean()));
    }

    @Test
    @DisplayName("7 candidates for 7 seats breaks it")
    void asManyBreaks() {
      List<Finding> findings = check(clean().withCandidates(ElectionFixture.candidates(
          SEVEN_CANDIDATES.toArray(String[]::new))));
      assertFindings(findings, violation(RuleId.COMPETITIVE_ELECTION, C1));
      Finding f = only(findings, RuleId.COMPETITIVE_ELECTION);
      assertZhMentions(f, "候选人 7 人,应选名额 7 名,候选人数应多于应选名额");
      assertEnMentions(f, "7 candidates for 7 seats; more candidates than seats required");
    }

    @Test
    @DisplayName("a run-off with as many candidates as seats breaks it too")
    void runOffNotCompetitive() {
      ElectionChecker exact = ElectionChecker.of(ElectorateKind.HOUSEHOLD_REPRESENTATIVES,
          SEED.withRunOffSize(RunOffSize.timesUnfilled(1, "test")));
      // a has exactly half of 10: not elected; a run-off of one candidate for one seat
      Election e = oneSeat(12, List.of("a", "b", "c"), concat(votes(5, "a"), votes(3, "b"), votes(2, "c")))
          .withRunOff(runOff(votes(9, "a")));
      List<Finding> findings = exact.check(e, AS_OF);
      assertFindings(findings, violation(RuleId.COMPETITIVE_ELECTION, C1));
      assertEnMentions(only(findings, RuleId.COMPETITIVE_ELECTION), "run-off: 1 candidate for 1 seat");
    }
  }

  @Nested
  @DisplayName("ELECTION_VALIDITY: turnout, majority, run-off")
  class ElectionValidity {
    private List<Finding> turnout(int voted) {
      return check(election(SEVEN, 8_300, EIGHT, votes(voted, SEVEN_CANDIDATES.toArray(String[]::new))));
    }

    @Test
    @DisplayName("4,102 of 8,300 voting breaks it, naming both numbers")
    void lowTurnoutBreaks() {
      List<Finding> findings = turnout(4_102);
      assertFindings(findings, violation(RuleId.ELECTION_VALIDITY, C1));
      Finding f = only(findings, RuleId.ELECTION_VALIDITY);
      assertZhMentions(f, "选举无效:投票人数 4,102 人,未超过登记选民 8,300 人的半数(至少应有 4,151 人)");
      assertEnMentions(f, "void: 4,102 voted of 8,300 registered; more than half required (at least 4,151)");
    }

    @Test
    @DisplayName("exactly half (4,150 of 8,300) breaks it; half + 1 (4,151) holds")
    void turnoutBoundary() {
      assertFindings(turnout(4_150), violation(RuleId.ELECTION_VALIDITY, C1));
      assertNoFindings(turnout(4_151));
    }

    @Test
    @DisplayName("more ballots returned than issued breaks it")
    void moreReturnedThanIssuedBreaks() {
      Election e = election(SEVEN, 12, 9, EIGHT, votes(10, SEVEN_CANDIDATES.toArray(String[]::new)));
      List<Finding> findings = check(e);
      assertFindings(findings, violation(RuleId.ELECTION_VALIDITY, C1));
      assertZhMentions(only(findings, RuleId.ELECTION_VALIDITY), "收回选票 10 张,多于发出选票 9 张");
      assertEnMentions(only(findings, RuleId.ELECTION_VALIDITY), "10 ballots returned but 9 issued");
    }

    @Test
    @DisplayName("fewer candidates than seats breaks it, and the competitive rule too")
    void tooFewCandidatesBreaks() {
      Election e = election(SEVEN, 12, List.of("a", "b", "c", "d", "e", "f"), votes(10, "a", "b", "c", "d", "e", "f"));
      List<Finding> findings = check(e);
      assertFindings(findings, violation(RuleId.COMPETITIVE_ELECTION, C1), violation(RuleId.ELECTION_VALIDITY, C1));
      assertZhMentions(only(findings, RuleId.ELECTION_VALIDITY), "候选人 6 人,少于应选名额 7 名");
      assertEnMentions(only(findings, RuleId.ELECTION_VALIDITY), "6 candidates for 7 seats");
    }

    @Test
    @DisplayName("seats left by the first vote with no run-off held break it, naming the run-off's candidates")
    void runOffPendingBreaks() {
      Election e = oneSeat(12, List.of("a", "b", "c"), concat(votes(4, "a"), votes(4, "b"), votes(2, "c")));
      List<Finding> findings = check(e);
      assertFindings(findings, violation(RuleId.ELECTION_VALIDITY, C1));
      assertZhMentions(only(findings, RuleId.ELECTION_VALIDITY), "第一次投票后缺额 1 名,另行选举(候选人 a、b)尚未举行");
      assertEnMentions(only(findings, RuleId.ELECTION_VALIDITY),
          "1 seat unfilled after the first vote; the run-off among a, b has not been held");
    }

    @Test
    @DisplayName("a run-off that fills the seat holds; one held after the as-of date has not been held yet")
    void runOffFillsSeat() {
      Election e = oneSeat(12, List.of("a", "b", "c"), concat(votes(4, "a"), votes(4, "b"), votes(2, "c")))
          .withRunOff(runOff(concat(votes(3, "a"), votes(2, "b"), times(4, Ballot.blank()))));
      assertNoFindings(check(e));
      assertFindings(ElectionChecker.seed().check(e, RUN_OFF_DAY.minusDays(1)), violation(RuleId.ELECTION_VALIDITY, C1));
    }

    @Test
    @DisplayName("a tie in the run-off leaves a seat unfilled and breaks it, naming the tie")
    void runOffTieBreaks() {
      Election e = election(SeatPlan.of(0, 0, 2), 12, List.of("a", "b", "c", "d"),
          concat(votes(3, "a", "b"), votes(3, "a", "c"), votes(3, "b", "c"), votes(1, "a")))
          .withRunOff(runOff(concat(votes(4, "b"), votes(4, "c"), votes(1))));
      List<Finding> findings = check(e);
      assertFindings(findings, violation(RuleId.ELECTION_VALIDITY, C1));
      assertZhMentions(only(findings, RuleId.ELECTION_VALIDITY), "另行选举后仍缺额 1 名;候选人 b、c 同得 4 票,争 1 个名额");
      assertEnMentions(only(findings, RuleId.ELECTION_VALIDITY),
          "1 seat unfilled after the run-off; b, c tie with 4 votes each for 1 place");
    }

    @Test
    @DisplayName("a void run-off breaks it, naming why")
    void voidRunOffBreaks() {
      Election e = oneSeat(12, List.of("a", "b", "c"), concat(votes(4, "a"), votes(4, "b"), votes(2, "c")))
          .withRunOff(RunOff.of(RUN_OFF_DAY, 7, votes(8, "a")));
      Finding f = only(check(e), RuleId.ELECTION_VALIDITY);
      assertZhMentions(f, "另行选举无效:收回选票 8 张,多于发出选票 7 张", "另行选举后仍缺额 1 名");
      assertEnMentions(f, "run-off void: 8 ballots returned but 7 issued", "1 seat unfilled after the run-off");
    }

    @Test
    @DisplayName("a run-off held though none was called breaks it")
    void uncalledRunOffBreaks() {
      Election e = clean().withRunOff(runOff(votes(9, "h")));
      Finding f = only(check(e), RuleId.ELECTION_VALIDITY);
      assertEnMentions(f, "run-off void: a run-off was held (9 ballots returned) though the first vote called none");
    }

    @Test
    @DisplayName("winners tied across two posts hold it: the election is valid, only the posts are given outside the count")
    void postTieHolds() {
      Election e = election(SeatPlan.of(1, 0, 1), 12, List.of("a", "b", "c"), votes(10, "a", "b"));
      assertNoFindings(check(e));
    }
  }

  @Test
  @DisplayName("an indirect, non-competitive, void election gives one finding per rule, sorted by rule id")
  void everythingAtOnce() {
    Election e = Election.of("e9", COMMUNITY, DAY, SEVEN, ElectorateKind.RESIDENTS_REPRESENTATIVES, 100,
        ElectionFixture.candidates(SEVEN_CANDIDATES.toArray(String[]::new)), 40,
        votes(40, SEVEN_CANDIDATES.toArray(String[]::new)));
    List<Finding> findings = check(e);
    assertEquals(List.of(RuleId.COMPETITIVE_ELECTION, RuleId.DIRECT_ELECTION, RuleId.ELECTION_VALIDITY),
        findings.stream().map(Finding::ruleId).toList());
  }
}
