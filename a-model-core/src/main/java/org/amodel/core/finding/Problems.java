package org.amodel.core.finding;

import java.util.ArrayList;
import java.util.List;

/**
 * Bilingual problem sentences gathered for one subject and reported as one finding, joined with
 * "；" in Chinese and "; " in English.
 */
public final class Problems {
  private final List<String> zh = new ArrayList<>();
  private final List<String> en = new ArrayList<>();

  public Problems add(String messageZh, String messageEn) {
    zh.add(messageZh);
    en.add(messageEn);
    return this;
  }

  public boolean isEmpty() {
    return zh.isEmpty();
  }

  public String zh() {
    return String.join(";", zh);
  }

  public String en() {
    return String.join("; ", en);
  }
}
