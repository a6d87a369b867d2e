package org.amodel.core.recruitment;

import static java.util.Objects.requireNonNull;


/**
 * Why an applicant stopped at a stage: a kind to match on, and a message in Chinese and English
 * that names the values involved ("年满41周岁,超过40周岁" / "aged 41 on 2005-09-30; at most 40").
 */
public record StopReason(Kind kind, String zh, String en) {
  public StopReason {
    requireNonNull(kind, "kind");
    requireNonNull(zh, "zh");
    requireNonNull(en, "en");
  }

  /** The kinds of reason an applicant stops. */
  public enum Kind {
    /** The applicant is not among the people given, so nothing can be reviewed. */
    UNKNOWN_PERSON,
    /** Older than the age limit in force on the reference date, in full years. */
    TOO_OLD,
    /** Education below the minimum in force on the reference date. */
    EDUCATION_BELOW_MINIMUM,
    /** The record ends before this stage. */
    MISSING_STAGE,
    /** The record has another stage where this one belongs. */
    WRONG_STAGE,
    /** The stage is dated before the stage before it (or, for the first, before the announcement). */
    DATED_BEFORE_PREVIOUS,
    /** The stage is dated after the day the appointments begin. */
    DATED_AFTER_APPOINTMENT,
    /** The stage was recorded as failed. */
    FAILED,
    /** The applicant withdrew at this stage. */
    WITHDREW,
    /** A scored stage (written exam, interview) was passed with no score recorded. */
    NO_SCORE,
    /** The record goes on after the fourth stage. */
    EXTRA_STAGE
  }

  static StopReason of(Kind kind, String zh, String en) {
    return new StopReason(kind, zh, en);
  }
}
