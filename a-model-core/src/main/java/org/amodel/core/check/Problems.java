package org.amodel.core.check;

import java.util.ArrayList;
import java.util.List;

/** Bilingual problem sentences gathered for one subject, reported as one finding. */
final class Problems {
  private final List<String> zh = new ArrayList<>();
  private final List<String> en = new ArrayList<>();

  Problems add(String messageZh, String messageEn) {
    zh.add(messageZh);
    en.add(messageEn);
    return this;
  }

  boolean isEmpty() {
    return zh.isEmpty();
  }

  String zh() {
    return String.join(";", zh);
  }

  String en() {
    return String.join("; ", en);
  }
}
