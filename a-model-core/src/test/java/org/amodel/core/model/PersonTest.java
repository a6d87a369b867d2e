package org.amodel.core.model;

import static org.amodel.core.model.Rejections.assertIllegal;
import static org.amodel.core.model.Rejections.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A person")
class PersonTest {
  private static final LocalDate BORN = LocalDate.of(1970, 3, 15);

  private static Person li() {
    return Person.of("p1", "李明", BORN, EducationLevel.BACHELOR);
  }

  @Test
  @DisplayName("is a year older on each birthday, not the day before (周岁)")
  void ageInFullYears() {
    Person p = li();
    assertEquals(0, p.ageOn(BORN));
    assertEquals(34, p.ageOn(LocalDate.of(2005, 3, 14)));
    assertEquals(35, p.ageOn(LocalDate.of(2005, 3, 15)));
    assertEquals(35, p.ageOn(LocalDate.of(2006, 3, 14)));
  }

  @Test
  @DisplayName("born on 29 February is a year older on 1 March in common years and on 29 February in leap years")
  void leapDayBirthday() {
    Person p = Person.of("p2", "张静", LocalDate.of(2000, 2, 29), EducationLevel.COLLEGE);
    assertEquals(0, p.ageOn(LocalDate.of(2001, 2, 28)));
    assertEquals(1, p.ageOn(LocalDate.of(2001, 3, 1)));
    assertEquals(3, p.ageOn(LocalDate.of(2004, 2, 28)));
    assertEquals(4, p.ageOn(LocalDate.of(2004, 2, 29)));
    assertEquals(40, p.ageOn(LocalDate.of(2040, 2, 29)));
    assertEquals(40, p.ageOn(LocalDate.of(2041, 2, 28)));
    assertEquals(41, p.ageOn(LocalDate.of(2041, 3, 1)));
  }

  @Test
  @DisplayName("has no age before being born: the message names the dates and the person")
  void ageBeforeBirthRejected() {
    assertIllegal(() -> li().ageOn(BORN.minusDays(1)), "1970-03-14", "1970-03-15", "p1");
  }

  @Test
  @DisplayName("cannot join the Party before being born")
  void membershipBeforeBirthRejected() {
    assertIllegal(() -> li().withPartyMembership(PartyMembership.probationary(BORN.minusDays(1))),
        "partyMembership of p1", "1970-03-14", "1970-03-15");
  }

  @Test
  @DisplayName("without a membership is not a Party member; with one, has the membership's status")
  void partyStatus() {
    assertEquals(PartyStatus.NOT_A_MEMBER, li().partyStatusOn(LocalDate.of(2005, 1, 1)));
    Person member = li().withPartyMembership(PartyMembership.full(LocalDate.of(1995, 7, 1), LocalDate.of(1996, 7, 1)));
    assertEquals(PartyStatus.PROBATIONARY, member.partyStatusOn(LocalDate.of(1996, 6, 30)));
    assertEquals(PartyStatus.FULL, member.partyStatusOn(LocalDate.of(1996, 7, 1)));
    assertEquals(PartyStatus.NOT_A_MEMBER, member.withoutPartyMembership().partyStatusOn(LocalDate.of(2005, 1, 1)));
  }

  @Test
  @DisplayName("holds on a date only the outside posts whose period contains it")
  void outsidePostsOn() {
    OutsidePost ended = new OutsidePost("市中区民政局", "科员",
        DateRange.between(LocalDate.of(1990, 1, 1), LocalDate.of(2005, 8, 31)));
    OutsidePost running = new OutsidePost("济南某商贸公司", "顾问", DateRange.since(LocalDate.of(2005, 8, 31)));
    Person p = li().withOutsidePosts(List.of(ended, running));
    assertEquals(List.of(ended, running), p.outsidePostsOn(LocalDate.of(2005, 8, 31)));
    assertEquals(List.of(running), p.outsidePostsOn(LocalDate.of(2005, 9, 1)));
    assertEquals(List.of(ended), p.outsidePostsOn(LocalDate.of(2005, 8, 30)));
  }

  @Test
  @DisplayName("rejects a blank id or name and null fields, naming the field")
  void badFieldsRejected() {
    assertIllegal(() -> Person.of(" ", "李明", BORN, EducationLevel.BACHELOR), "id must not be blank");
    assertIllegal(() -> Person.of("p1", "", BORN, EducationLevel.BACHELOR), "name must not be blank");
    assertNull(() -> Person.of(null, "李明", BORN, EducationLevel.BACHELOR), "id");
    assertNull(() -> Person.of("p1", "李明", null, EducationLevel.BACHELOR), "birthDate");
    assertNull(() -> Person.of("p1", "李明", BORN, null), "education");
  }

  @Test
  @DisplayName("keeps its own copy of the lists it is given")
  void copiesLists() {
    List<OutsidePost> posts = new ArrayList<>();
    Person p = li().withOutsidePosts(posts);
    posts.add(new OutsidePost("市中区民政局", "科员", DateRange.since(BORN.plusYears(20))));
    assertEquals(0, p.outsidePosts().size());
    ImmutableList<OutsidePost> held = p.outsidePosts();
    assertThrows(UnsupportedOperationException.class, () -> held.add(posts.get(0)));
  }
}
