package org.amodel.examples.district;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.SplittableRandom;
import org.amodel.core.model.EducationLevel;

/**
 * Invented Chinese names, addresses and educations for synthetic people: syllable lists picked by
 * number or by a seeded random, so the same input always gives the same text. No name or address
 * here belongs to a real person; only the roads are the grid of Jinan's old town.
 *
 * <p>Shared by the hand-made pilot community ({@code org.amodel.examples.pilot}) and {@link
 * SyntheticDistrict}.
 */
public final class Invented {
  private Invented() {}

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
  /** One-character given names, common among people born in the 1970s and 1980s. */
  private static final String[] YOUNG = {
    "磊", "洋", "静", "婷", "鹏", "倩", "浩", "璐", "超", "晨",
    "帅", "琳", "旭", "悦", "博", "蕾", "阳", "雪", "凯", "萌"
  };
  private static final String[] ROADS = {
    "经一路", "经二路", "经三路", "经四路", "经五路", "经六路", "经七路",
    "纬一路", "纬二路", "纬三路", "纬四路", "纬五路", "纬六路", "纬七路"
  };
  private static final String[] COMMUNITY_STEMS = {
    "泺源", "青年", "南苑", "舜华", "玉函", "英雄山", "六里", "七贤", "望岳", "杆石",
    "民生", "建设", "和平", "幸福", "文化", "阳光", "东方", "新华", "顺河", "万达",
    "馆驿", "普利", "大观", "魏家", "四里", "双龙", "白马", "党杨", "郎茂", "兴隆"
  };
  private static final String[] COMMUNITY_ENDINGS = {"", "东", "西", "南", "北", "新村", "花园", "小区"};

  private static final String[] BUREAUS = {
    "济南市市中区民政局", "济南市市中区人事局", "济南市市中区财政局", "济南市市中区劳动和社会保障局",
    "济南市市中区教育局", "济南市市中区卫生局", "济南市市中区建设局", "中共济南市市中区委组织部",
  };
  private static final String[] BUREAU_TITLES = {"科员", "副主任科员", "主任科员", "副科长", "科长"};
  private static final String[] UNIT_KINDS = {"小学", "中学", "储蓄所", "百货商店", "卫生院", "邮电所", "粮店", "幼儿园",
    "机械厂", "印刷厂", "设计院", "供电所"};
  private static final String[] UNIT_TITLES = {"校长", "主任", "经理", "所长", "厂长", "院长", "书记"};

  /** Returns the surname number {@code n} (any non-negative number; the list repeats). */
  public static String surname(int n) {
    return SURNAMES[Math.floorMod(n, SURNAMES.length)];
  }

  /** Returns the man's given name number {@code n}. */
  public static String manGivenName(int n) {
    return MEN[Math.floorMod(n, MEN.length)];
  }

  /** Returns the woman's given name number {@code n}. */
  public static String womanGivenName(int n) {
    return WOMEN[Math.floorMod(n, WOMEN.length)];
  }

  /** Returns the one-character given name number {@code n}, as the young get. */
  public static String youngGivenName(int n) {
    return YOUNG[Math.floorMod(n, YOUNG.length)];
  }

  /** Returns a full name drawn from {@code random}: one in three born before 1970 gets a two-character given name. */
  public static String name(SplittableRandom random, int birthYear) {
    String surname = SURNAMES[random.nextInt(SURNAMES.length)];
    if (birthYear >= 1970 && random.nextInt(3) != 0) {
      return surname + YOUNG[random.nextInt(YOUNG.length)];
    }
    return surname + (random.nextBoolean() ? MEN : WOMEN)[random.nextInt(MEN.length)];
  }

  /** Returns an invented community name (without 社区) drawn from {@code random}. */
  public static String communityStem(SplittableRandom random) {
    return COMMUNITY_STEMS[random.nextInt(COMMUNITY_STEMS.length)]
        + COMMUNITY_ENDINGS[random.nextInt(COMMUNITY_ENDINGS.length)];
  }

  /** Returns one of the old town's roads, drawn from {@code random}. */
  public static String road(SplittableRandom random) {
    return ROADS[random.nextInt(ROADS.length)];
  }

  /**
   * Returns the address of flat {@code flat} (counting from 0) in compound {@code lane} of {@code road},
   * in buildings of {@code unitsPerBuilding} units of {@code flatsPerUnit} flats, two to a floor:
   * {@code 经四路186号院1号楼2单元301室}.
   */
  public static String flat(String road, String lane, int flat, int unitsPerBuilding, int flatsPerUnit) {
    checkArgument(flat >= 0, "flat must not be negative, was %s", flat);
    int building = flat / (unitsPerBuilding * flatsPerUnit) + 1;
    int unit = flat / flatsPerUnit % unitsPerBuilding + 1;
    int floor = flat % flatsPerUnit / 2 + 1;
    int door = flat % 2 + 1;
    return road + lane + "号院" + building + "号楼" + unit + "单元" + floor + "0" + door + "室";
  }

  /** Returns an education typical of the birth year in a Jinan old-town community, varied by {@code salt}. */
  public static EducationLevel education(int birthYear, int salt) {
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
    int i = Math.floorMod(salt, birthYear < 1955 ? older.length : younger.length);
    return birthYear < 1955 ? older[i] : younger[i];
  }

  /** Returns a government body of the district an official is seconded from, drawn from {@code random}. */
  public static String bureau(SplittableRandom random) {
    return BUREAUS[random.nextInt(BUREAUS.length)];
  }

  /** Returns an official's rank, drawn from {@code random}. */
  public static String bureauTitle(SplittableRandom random) {
    return BUREAU_TITLES[random.nextInt(BUREAU_TITLES.length)];
  }

  /** Returns an invented unit in the community (a school, a shop, a works on one of the old town's roads), drawn from {@code random}. */
  public static String unit(SplittableRandom random) {
    String road = road(random);
    return "济南市" + road + UNIT_KINDS[random.nextInt(UNIT_KINDS.length)];
  }

  /** Returns the post of a unit's representative (its head, manager, secretary…), drawn from {@code random}. */
  public static String unitTitle(SplittableRandom random) {
    return UNIT_TITLES[random.nextInt(UNIT_TITLES.length)];
  }
}
