package org.amodel.examples.report;

import static java.util.Objects.requireNonNull;

/**
 * One figure of the seed report side by side with the value computed from data: what it is, what the
 * seed says (in its own words and in English), what the data give, and whether they agree within the
 * seed's own rounding.
 *
 * @param id a stable id, such as {@code turnout}
 * @param labelZh what the figure is, in Chinese
 * @param labelEn what the figure is, in English
 * @param seed what the seed says, with its section: {@code 88%}
 * @param computed what the data give, rounded as the seed rounds
 * @param verdict whether they agree, differ, or the seed's figures contradict a rule
 * @param noteZh how the value is computed or why it is a tension, in Chinese; may be empty
 * @param noteEn the same in English; may be empty
 */
public record SeedFigure(String id, String labelZh, String labelEn, String seed, String computed, Verdict verdict,
    String noteZh, String noteEn) {

  public SeedFigure {
    requireNonNull(id, "id");
    requireNonNull(labelZh, "labelZh");
    requireNonNull(labelEn, "labelEn");
    requireNonNull(seed, "seed");
    requireNonNull(computed, "computed");
    requireNonNull(verdict, "verdict");
    requireNonNull(noteZh, "noteZh");
    requireNonNull(noteEn, "noteEn");
  }

  /** How a computed figure stands to the seed's. */
  public enum Verdict {
    /** The data give the seed's figure, within its rounding. */
    MATCHES("一致", "matches"),
    /** The data do not give the seed's figure. */
    DIFFERS("不符", "differs"),
    /** The seed's figures, taken together, contradict a rule; the data follow the seed and the rules say so. */
    TENSION("矛盾", "tension");

    private final String nameZh;
    private final String nameEn;

    Verdict(String nameZh, String nameEn) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
    }

    /** Returns the verdict for a check that either holds or does not. */
    public static Verdict of(boolean matches) {
      return matches ? MATCHES : DIFFERS;
    }

    public String nameZh() {
      return nameZh;
    }

    public String nameEn() {
      return nameEn;
    }
  }
}
