package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Person;
import org.amodel.core.model.ResidentsCommittee;

/**
 * Who sits on a district's residents' committees: how many members, their average age when their
 * term began, and their education, the figures the seed gives for its sixth election (§二(二): average
 * age 38.5, 0.5 below the term before; 110 with college or higher, 38.1%, up 6.3 points).
 *
 * <pre>{@code
 * CommitteeComposition now = CommitteeComposition.of(communities);
 * now.averageAge();                         // 38.5
 * now.averageAgeChange(CommitteeComposition.of(previousTerm));   // -0.5
 * }</pre>
 */
public record CommitteeComposition(
    int members, long totalAgeAtTermStart, ImmutableSortedMap<EducationLevel, Integer> byEducation) {

  public CommitteeComposition {
    checkArgument(members >= 0, "members must not be negative, was %s", members);
    checkArgument(totalAgeAtTermStart >= 0, "totalAgeAtTermStart must not be negative, was %s", totalAgeAtTermStart);
    byEducation = ImmutableSortedMap.copyOf(byEducation);
    int counted = byEducation.values().stream().mapToInt(Integer::intValue).sum();
    checkArgument(counted == members, "byEducation counts %s people, but there are %s members", counted, members);
  }

  /**
   * Returns the composition of every committee of {@code communities}, each member's age taken in full
   * years on the day their committee's term began.
   *
   * @throws IllegalArgumentException if a member was born after their term began
   */
  public static CommitteeComposition of(List<Community> communities) {
    int members = 0;
    long totalAge = 0;
    Map<EducationLevel, Integer> byEducation = new EnumMap<>(EducationLevel.class);
    for (Community c : communities) {
      Map<String, Person> people = c.peopleById();
      for (ResidentsCommittee rc : c.residentsCommittees()) {
        for (CommitteeSeat seat : rc.seats()) {
          Person p = people.get(seat.personId());
          members++;
          totalAge += p.ageOn(rc.term().start());
          byEducation.merge(p.education(), 1, Integer::sum);
        }
      }
    }
    return new CommitteeComposition(members, totalAge, ImmutableSortedMap.copyOf(byEducation));
  }

  /** Returns the members' average age when their terms began, to one decimal place. */
  public BigDecimal averageAge() {
    checkArgument(members > 0, "a composition of no members has no average age");
    return BigDecimal.valueOf(totalAgeAtTermStart).divide(BigDecimal.valueOf(members), 1, RoundingMode.HALF_UP);
  }

  /** Returns how many members have {@code level} education or higher (大专以上 for COLLEGE). */
  public int atLeast(EducationLevel level) {
    return byEducation.entrySet().stream().filter(e -> e.getKey().isAtLeast(level)).mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** Returns the share of members with {@code level} education or higher. */
  public Ratio shareAtLeast(EducationLevel level) {
    return Ratio.of(atLeast(level), Math.max(1, members));
  }

  /** Returns how much the average age changed since {@code previous}: negative when it fell. */
  public BigDecimal averageAgeChange(CommitteeComposition previous) {
    return averageAge().subtract(previous.averageAge());
  }

  /** Returns by how many percentage points the share with {@code level} or higher changed since {@code previous}. */
  public BigDecimal sharePointsChange(CommitteeComposition previous, EducationLevel level) {
    return points(shareAtLeast(level)).subtract(points(previous.shareAtLeast(level)));
  }

  private static BigDecimal points(Ratio r) {
    return r.value(3).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
  }
}
