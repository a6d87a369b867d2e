package org.amodel.core.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Person;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommitteeCompositionTest {
  private static final LocalDate TERM_START = SeedFixture.COMMITTEE_TERM.start();

  /** A fixture community whose committee is exactly {@code members}, born and schooled as given. */
  private static Community committeeOf(List<Person> members) {
    Community c = SeedFixture.withPeopleAdded(SeedFixture.community(), members.toArray(Person[]::new));
    List<CommitteeSeat> seats = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      seats.add(CommitteeSeat.of(members.get(i).id(), i == 0 ? CommitteePost.CHAIR : CommitteePost.MEMBER, TERM_START));
    }
    return SeedFixture.withCommitteeSeats(c, seats);
  }

  private static Person aged(String id, int age, EducationLevel education) {
    return Person.of(id, "成员" + id, TERM_START.minusYears(age), education);
  }

  @Test
  @DisplayName("average age on the term's first day, shares and counts by degree come from the members")
  void figuresFromMembers() {
    CommitteeComposition now = CommitteeComposition.of(List.of(committeeOf(List.of(
        aged("m1", 30, EducationLevel.MASTER), aged("m2", 40, EducationLevel.BACHELOR),
        aged("m3", 41, EducationLevel.COLLEGE), aged("m4", 45, EducationLevel.SENIOR_SECONDARY)))));
    assertEquals(4, now.members());
    assertEquals(new BigDecimal("39.0"), now.averageAge());
    assertEquals(3, now.atLeast(EducationLevel.COLLEGE));
    assertEquals("75.0%", now.shareAtLeast(EducationLevel.COLLEGE).percent(1));
    assertEquals(1, now.byEducation().get(EducationLevel.MASTER));
    assertEquals(1, now.byEducation().get(EducationLevel.BACHELOR));
  }

  @Test
  @DisplayName("a member whose birthday is the day after the term began still counts the year before")
  void fullYears() {
    Person almost = Person.of("m1", "成员", TERM_START.minusYears(40).plusDays(1), EducationLevel.COLLEGE);
    assertEquals(new BigDecimal("39.0"), CommitteeComposition.of(List.of(committeeOf(List.of(almost)))).averageAge());
  }

  @Test
  @DisplayName("changes against the previous term: age in years, education share in percentage points")
  void changesAgainstThePreviousTerm() {
    CommitteeComposition previous = CommitteeComposition.of(List.of(committeeOf(List.of(
        aged("p1", 40, EducationLevel.COLLEGE), aged("p2", 40, EducationLevel.SENIOR_SECONDARY)))));
    CommitteeComposition now = CommitteeComposition.of(List.of(committeeOf(List.of(
        aged("m1", 38, EducationLevel.COLLEGE), aged("m2", 39, EducationLevel.BACHELOR)))));
    assertEquals(new BigDecimal("-1.5"), now.averageAgeChange(previous));
    assertEquals(new BigDecimal("50.0"), now.sharePointsChange(previous, EducationLevel.COLLEGE));
  }

  @Test
  @DisplayName("counts that do not add up to the members are refused, naming both")
  void inconsistentCountsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CommitteeComposition(2, 80,
        com.google.common.collect.ImmutableSortedMap.of(EducationLevel.COLLEGE, 1)));
    assertEquals("byEducation counts 1 people, but there are 2 members", e.getMessage());
  }
}
