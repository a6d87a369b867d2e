package org.amodel.core.generators;

import java.util.List;
import java.util.SplittableRandom;

/** Plausible Chinese names and addresses for generated people and households. */
final class Names {
  private Names() {}

  private static final List<String> SURNAMES = List.of(
      "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗");
  private static final List<String> GIVEN = List.of(
      "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞",
      "平", "刚", "桂英", "建国", "玉兰", "海燕", "志强", "国华", "红梅");
  private static final List<String> STREETS = List.of(
      "经七路", "经八路", "纬二路", "纬三路", "顺河街", "杆石桥街", "趵突泉南路", "泺源大街", "舜耕路", "英雄山路");

  static String person(SplittableRandom random) {
    return SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
  }

  static String address(int index, SplittableRandom random) {
    return STREETS.get(random.nextInt(STREETS.size())) + (1 + index / 12) + "号" + (1 + index % 12 / 4) + "单元"
        + (101 + index % 4) + "室";
  }
}
