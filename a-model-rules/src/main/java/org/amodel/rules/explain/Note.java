package org.amodel.rules.explain;

import static java.util.Objects.requireNonNull;

/** A remark of an explanation, in Chinese and English: what could not be explained, and why. */
public record Note(String zh, String en) {
  public Note {
    requireNonNull(zh, "zh");
    requireNonNull(en, "en");
  }
}
