package org.amodel.core.election;

import java.util.List;
import java.util.Locale;

/** Number and list formatting shared by the election's messages. */
final class Text {
  private Text() {}

  /** Returns {@code n} with thousands separators: "8,300". */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String idsZh(List<String> ids) {
    return String.join("、", ids);
  }

  static String idsEn(List<String> ids) {
    return String.join(", ", ids);
  }

  /** Returns "1 candidate" or "2 candidates". */
  static String candidatesEn(long n) {
    return count(n) + (n == 1 ? " candidate" : " candidates");
  }

  /** Returns "1 seat" or "2 seats". */
  static String seatsEn(long n) {
    return count(n) + (n == 1 ? " seat" : " seats");
  }
}
