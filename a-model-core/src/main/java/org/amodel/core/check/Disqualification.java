package org.amodel.core.check;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One reason why a person may not be both Party secretary and committee chair (CONCURRENT_POSTS,
 * seed §二(三)) from {@code day}, in the rule's own bilingual words naming the person and the day:
 * "王秀英在2005-09-01兼任书记、主任时为预备党员,应为正式党员" / "王秀英 was a probationary Party member on
 * 2005-09-01 when taking both posts; a full Party member required".
 *
 * @param kind which condition fails
 * @param personId the person who would hold both posts
 * @param day the day they would come to hold both posts, on which the conditions are judged
 */
public record Disqualification(Kind kind, String personId, LocalDate day, String messageZh, String messageEn) {
  public Disqualification {
    requireNonNull(kind, "kind");
    requireNonNull(personId, "personId");
    requireNonNull(day, "day");
    requireNonNull(messageZh, "messageZh");
    requireNonNull(messageEn, "messageEn");
    checkArgument(!personId.isBlank(), "personId must not be blank");
    checkArgument(!messageZh.isBlank() && !messageEn.isBlank(), "messages must not be blank");
  }

  /** The condition of CONCURRENT_POSTS that is not met. */
  public enum Kind {
    /** Not a member of the Party at all on the day. */
    NOT_A_PARTY_MEMBER,
    /** Still a probationary member on the day; a full member is required. */
    PROBATIONARY_MEMBER,
    /**
     * No passed assessment by the community's subdistrict Party working committee dated strictly
     * before the day, where the district requires one ({@code concurrent.assessmentRequired}).
     */
    NO_PASSED_ASSESSMENT
  }
}
