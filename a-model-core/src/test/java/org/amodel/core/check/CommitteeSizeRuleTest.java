package org.amodel.core.check;

import static org.amodel.core.fixtures.FindingAssertions.assertEnMentions;
import static org.amodel.core.fixtures.FindingAssertions.assertFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.fixtures.FindingAssertions.assertZhMentions;
import static org.amodel.core.fixtures.FindingAssertions.only;
import static org.amodel.core.fixtures.FindingAssertions.violation;
import static org.amodel.core.fixtures.SeedFixture.AS_OF;
import static org.amodel.core.fixtures.SeedFixture.CHAIR;
import static org.amodel.core.fixtures.SeedFixture.COMMITTEE_ID;
import static org.amodel.core.fixtures.SeedFixture.COMMITTEE_TERM;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.MEMBER_1;
import static org.amodel.core.fixtures.SeedFixture.MEMBER_2;
import static org.amodel.core.fixtures.SeedFixture.MEMBER_3;
import static org.amodel.core.fixtures.SeedFixture.MEMBER_4;
import static org.amodel.core.fixtures.SeedFixture.VICE_CHAIR_1;
import static org.amodel.core.fixtures.SeedFixture.VICE_CHAIR_2;
import static org.amodel.core.fixtures.SeedFixture.residentId;

import java.util.ArrayList;
import java.util.List;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("COMMITTEE_SIZE: a committee has 5 to 9 members, exactly one chair and at least one vice-chair")
class CommitteeSizeRuleTest {
  private static final Subject COMMITTEE = Subject.of(COMMUNITY_ID, SubjectKind.RESIDENTS_COMMITTEE, COMMITTEE_ID);

  private static List<Finding> check(Community c) {
    return ReferenceChecker.seed().check(c, AS_OF);
  }

  private static CommitteeSeat seat(String personId, CommitteePost post) {
    return CommitteeSeat.of(personId, post, COMMITTEE_TERM.start());
  }

  /** A committee of one chair, {@code viceChairs} vice-chairs and {@code members} members. */
  private static Community committeeOf(int viceChairs, int members) {
    List<String> vice = List.of(VICE_CHAIR_1, VICE_CHAIR_2);
    List<String> ordinary = new ArrayList<>(List.of(MEMBER_1, MEMBER_2, MEMBER_3, MEMBER_4));
    for (int i = 1; ordinary.size() < members; i++) {
      ordinary.add(residentId(10 + i, 1)); // more members come from the community's households
    }
    List<CommitteeSeat> seats = new ArrayList<>();
    seats.add(seat(CHAIR, CommitteePost.CHAIR));
    vice.subList(0, viceChairs).forEach(p -> seats.add(seat(p, CommitteePost.VICE_CHAIR)));
    ordinary.subList(0, members).forEach(p -> seats.add(seat(p, CommitteePost.MEMBER)));
    return SeedFixture.withCommitteeSeats(SeedFixture.community(), seats);
  }

  @Test
  @DisplayName("a committee of 7 (chair, 2 vice-chairs, 4 members) holds")
  void sevenHolds() {
    assertNoFindings(check(SeedFixture.community()));
  }

  @Test
  @DisplayName("a committee of 5 holds: the lower bound is included")
  void fiveHolds() {
    assertNoFindings(check(committeeOf(1, 3)));
  }

  @Test
  @DisplayName("a committee of 9 holds: the upper bound is included")
  void nineHolds() {
    assertNoFindings(check(committeeOf(2, 6)));
  }

  @Test
  @DisplayName("a committee of 4 breaks it")
  void fourBreaks() {
    List<Finding> findings = check(committeeOf(1, 2));
    assertFindings(findings, violation(RuleId.COMMITTEE_SIZE, COMMITTEE));
    Finding f = only(findings, RuleId.COMMITTEE_SIZE);
    assertZhMentions(f, "居委会现有4人,应为5至9人");
    assertEnMentions(f, "committee has 4 members; 5–9 required");
  }

  @Test
  @DisplayName("a committee of 10 breaks it")
  void tenBreaks() {
    List<Finding> findings = check(committeeOf(2, 7));
    assertFindings(findings, violation(RuleId.COMMITTEE_SIZE, COMMITTEE));
    assertZhMentions(only(findings, RuleId.COMMITTEE_SIZE), "居委会现有10人,应为5至9人");
    assertEnMentions(only(findings, RuleId.COMMITTEE_SIZE), "committee has 10 members; 5–9 required");
  }

  @Test
  @DisplayName("two chairs in a committee of 7 break it")
  void twoChairsBreak() {
    Community c = SeedFixture.withCommitteeSeats(SeedFixture.community(), List.of(
        seat(CHAIR, CommitteePost.CHAIR), seat(VICE_CHAIR_1, CommitteePost.CHAIR),
        seat(VICE_CHAIR_2, CommitteePost.VICE_CHAIR),
        seat(MEMBER_1, CommitteePost.MEMBER), seat(MEMBER_2, CommitteePost.MEMBER),
        seat(MEMBER_3, CommitteePost.MEMBER), seat(MEMBER_4, CommitteePost.MEMBER)));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.COMMITTEE_SIZE, COMMITTEE));
    assertZhMentions(only(findings, RuleId.COMMITTEE_SIZE), "主任现有2人,应为1人");
    assertEnMentions(only(findings, RuleId.COMMITTEE_SIZE), "committee has 2 chairs; exactly 1 required");
  }

  @Test
  @DisplayName("no chair and no vice-chair in a committee of 7 is one finding naming both")
  void noChairNoViceChair() {
    Community c = SeedFixture.withCommitteeSeats(SeedFixture.community(), List.of(
        seat(CHAIR, CommitteePost.MEMBER), seat(VICE_CHAIR_1, CommitteePost.MEMBER),
        seat(VICE_CHAIR_2, CommitteePost.MEMBER),
        seat(MEMBER_1, CommitteePost.MEMBER), seat(MEMBER_2, CommitteePost.MEMBER),
        seat(MEMBER_3, CommitteePost.MEMBER), seat(MEMBER_4, CommitteePost.MEMBER)));
    List<Finding> findings = check(c);
    assertFindings(findings, violation(RuleId.COMMITTEE_SIZE, COMMITTEE));
    Finding f = only(findings, RuleId.COMMITTEE_SIZE);
    assertZhMentions(f, "主任现有0人,应为1人", "副主任现有0人,应至少1人");
    assertEnMentions(f, "committee has 0 chairs; exactly 1 required", "committee has 0 vice-chairs; at least 1 required");
  }

  @Test
  @DisplayName("a committee of 5 with a single vice-chair holds, with none breaks it")
  void viceChairBoundary() {
    assertNoFindings(check(committeeOf(1, 3)));
    List<Finding> findings = check(committeeOf(0, 4));
    assertFindings(findings, violation(RuleId.COMMITTEE_SIZE, COMMITTEE));
    assertEnMentions(only(findings, RuleId.COMMITTEE_SIZE), "0 vice-chairs; at least 1 required");
  }
}
