package org.amodel.examples.pilot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amodel.core.model.CommunityTie;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Household;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.model.Person;
import org.amodel.core.model.TieKind;
import org.amodel.examples.district.Invented;

/**
 * Generates the ordinary households of the pilot community: names, addresses, members and birth
 * dates all follow from the household's number ({@link Invented} gives the names), so every run builds
 * the same community.
 */
final class Residents {
  /** Residential compounds of the community: road, lane number, buildings in it. */
  private static final String[][] COMPOUNDS = {
    {"经四路", "186", "8"},
    {"经四路", "212", "6"},
    {"经五路", "97", "10"},
    {"纬一路", "45", "7"},
    {"纬二路", "133", "9"},
  };
  private static final int UNITS_PER_BUILDING = 3;
  private static final int FLATS_PER_UNIT = 12;

  private final String communityId;
  private final List<Person> people = new ArrayList<>();
  private final List<Household> households = new ArrayList<>();

  private Residents(String communityId) {
    this.communityId = communityId;
  }

  /** Returns {@code count} generated households, numbered from 1, and their members. */
  static Residents generate(String communityId, int count) {
    Residents r = new Residents(communityId);
    for (int i = 1; i <= count; i++) {
      r.household(i);
    }
    return r;
  }

  List<Person> people() {
    return people;
  }

  List<Household> households() {
    return households;
  }

  /** Returns the id of the representative of household {@code number}. */
  static String representativeId(int number) {
    return householdId(number) + "-1";
  }

  static String householdId(int number) {
    return String.format("h%03d", number);
  }

  /** Returns true if the representative of household {@code number} is a Party member. */
  static boolean isPartyMember(int number) {
    return number % 7 == 3;
  }

  /** Returns the address of the {@code number}th flat of the community, counting compound by compound. */
  static String address(int number) {
    int flat = number - 1;
    for (String[] compound : COMPOUNDS) {
      int buildings = Integer.parseInt(compound[2]);
      int flats = buildings * UNITS_PER_BUILDING * FLATS_PER_UNIT;
      if (flat < flats) {
        return Invented.flat(compound[0], compound[1], flat, UNITS_PER_BUILDING, FLATS_PER_UNIT);
      }
      flat -= flats;
    }
    throw new IllegalArgumentException("the community has no flat number " + number);
  }

  private void household(int number) {
    String id = householdId(number);
    String surname = Invented.surname(number * 7);
    boolean manRepresents = number % 3 != 0;
    int headYear = 1930 + (number * 13) % 43; // 1930–1972
    LocalDate headBirth = LocalDate.of(headYear, 1 + number % 12, 1 + (number * 5) % 28);
    Set<String> members = new LinkedHashSet<>();

    String headName = surname + (manRepresents ? Invented.manGivenName(number) : Invented.womanGivenName(number));
    Person head = resident(representativeId(number), headName, headBirth, Invented.education(headYear, number));
    if (isPartyMember(number)) {
      LocalDate admitted = headBirth.plusYears(24).plusMonths(6);
      head = head.withPartyMembership(PartyMembership.full(admitted, admitted.plusYears(1)));
    }
    people.add(head);
    members.add(head.id());

    int size = 1 + (number * 5) % 4; // 1–4 people
    if (size >= 2) {
      String spouseSurname = Invented.surname(number * 11 + 3);
      String spouseName = spouseSurname + (manRepresents ? Invented.womanGivenName(number + 7) : Invented.manGivenName(number + 7));
      LocalDate spouseBirth = headBirth.plusMonths((number % 5) * 7L - 14);
      people.add(resident(id + "-2", spouseName, spouseBirth, Invented.education(spouseBirth.getYear(), number + 1)));
      members.add(id + "-2");
    }
    for (int child = 3; child <= size; child++) {
      LocalDate birth = headBirth.plusYears(25 + (child - 3) * 4L).plusDays(number % 200);
      String name = surname + Invented.youngGivenName(number + child);
      people.add(resident(id + "-" + child, name, birth, Invented.education(birth.getYear(), number + child)));
      members.add(id + "-" + child);
    }
    households.add(Household.of(id, address(number), head.id(), members));
  }

  private Person resident(String id, String name, LocalDate birth, EducationLevel education) {
    return Person.of(id, name, birth, education)
        .withCommunityTies(List.of(new CommunityTie(TieKind.RESIDENCE, communityId,
            DateRange.since(later(birth, LocalDate.of(1985, 1, 1))))));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
