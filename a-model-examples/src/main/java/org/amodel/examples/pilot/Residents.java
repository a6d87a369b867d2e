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

/**
 * Generates the ordinary households of the pilot community: names, addresses, members and birth
 * dates all follow from the household's number, so every run builds the same community.
 */
final class Residents {
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
    "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
    "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧"
  };
  private static final String[] MEN = {
    "建国", "志强", "国庆", "德胜", "永刚", "振华", "立军", "保平", "卫东", "文斌",
    "明亮", "海涛", "宏伟", "庆祥", "继红", "长江", "学军", "春生", "玉林", "福来"
  };
  private static final String[] WOMEN = {
    "秀英", "桂兰", "玉珍", "淑芬", "丽华", "凤英", "秀兰", "玉梅", "素琴", "美华",
    "红霞", "爱萍", "晓燕", "慧敏", "雪梅", "春燕", "金凤", "翠萍", "俊英", "文静"
  };
  private static final String[] CHILDREN = {
    "磊", "洋", "静", "婷", "鹏", "倩", "浩", "璐", "超", "晨",
    "帅", "琳", "旭", "悦", "博", "蕾", "阳", "雪", "凯", "萌"
  };
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
        int building = flat / (UNITS_PER_BUILDING * FLATS_PER_UNIT) + 1;
        int unit = flat / FLATS_PER_UNIT % UNITS_PER_BUILDING + 1;
        int floor = flat % FLATS_PER_UNIT / 2 + 1;
        int door = flat % 2 + 1;
        return compound[0] + compound[1] + "号院" + building + "号楼" + unit + "单元" + floor + "0" + door + "室";
      }
      flat -= flats;
    }
    throw new IllegalArgumentException("the community has no flat number " + number);
  }

  private void household(int number) {
    String id = householdId(number);
    String surname = SURNAMES[(number * 7) % SURNAMES.length];
    boolean manRepresents = number % 3 != 0;
    int headYear = 1930 + (number * 13) % 43; // 1930–1972
    LocalDate headBirth = LocalDate.of(headYear, 1 + number % 12, 1 + (number * 5) % 28);
    Set<String> members = new LinkedHashSet<>();

    String headName = surname + (manRepresents ? MEN[number % MEN.length] : WOMEN[number % WOMEN.length]);
    Person head = resident(representativeId(number), headName, headBirth, education(headYear, number));
    if (isPartyMember(number)) {
      LocalDate admitted = headBirth.plusYears(24).plusMonths(6);
      head = head.withPartyMembership(PartyMembership.full(admitted, admitted.plusYears(1)));
    }
    people.add(head);
    members.add(head.id());

    int size = 1 + (number * 5) % 4; // 1–4 people
    if (size >= 2) {
      String spouseSurname = SURNAMES[(number * 11 + 3) % SURNAMES.length];
      String spouseName = spouseSurname + (manRepresents ? WOMEN[(number + 7) % WOMEN.length] : MEN[(number + 7) % MEN.length]);
      LocalDate spouseBirth = headBirth.plusMonths((number % 5) * 7L - 14);
      people.add(resident(id + "-2", spouseName, spouseBirth, education(spouseBirth.getYear(), number + 1)));
      members.add(id + "-2");
    }
    for (int child = 3; child <= size; child++) {
      LocalDate birth = headBirth.plusYears(25 + (child - 3) * 4L).plusDays(number % 200);
      String name = surname + CHILDREN[(number + child) % CHILDREN.length];
      people.add(resident(id + "-" + child, name, birth, education(birth.getYear(), number + child)));
      members.add(id + "-" + child);
    }
    households.add(Household.of(id, address(number), head.id(), members));
  }

  private Person resident(String id, String name, LocalDate birth, EducationLevel education) {
    return Person.of(id, name, birth, education)
        .withCommunityTies(List.of(new CommunityTie(TieKind.RESIDENCE, communityId,
            DateRange.since(later(birth, LocalDate.of(1985, 1, 1))))));
  }

  /** Returns an education typical of the birth year, varied by {@code salt}. */
  private static EducationLevel education(int birthYear, int salt) {
    if (birthYear >= 1993) {
      return EducationLevel.PRIMARY;
    }
    if (birthYear >= 1988) {
      return EducationLevel.JUNIOR_SECONDARY;
    }
    EducationLevel[] older = {EducationLevel.PRIMARY, EducationLevel.JUNIOR_SECONDARY,
        EducationLevel.JUNIOR_SECONDARY, EducationLevel.SENIOR_SECONDARY};
    EducationLevel[] younger = {EducationLevel.SENIOR_SECONDARY, EducationLevel.COLLEGE,
        EducationLevel.BACHELOR, EducationLevel.SENIOR_SECONDARY, EducationLevel.COLLEGE};
    return birthYear < 1955 ? older[salt % older.length] : younger[salt % younger.length];
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
