package org.amodel.core.finding;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A rule's stable id, such as {@code STATION_SIZE}. The seed's ids are constants here; a district's
 * rule set may add its own ids of the same form.
 */
public record RuleId(String value) implements Comparable<RuleId> {
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  public static final RuleId STRUCTURE_TRINITY = new RuleId("STRUCTURE_TRINITY");
  public static final RuleId STATION_SIZE = new RuleId("STATION_SIZE");
  public static final RuleId STATION_POSTS = new RuleId("STATION_POSTS");
  public static final RuleId RECRUIT_AGE = new RuleId("RECRUIT_AGE");
  public static final RuleId RECRUIT_EDUCATION = new RuleId("RECRUIT_EDUCATION");
  public static final RuleId RECRUIT_PROCESS = new RuleId("RECRUIT_PROCESS");
  public static final RuleId APPOINTMENT_TERM = new RuleId("APPOINTMENT_TERM");
  public static final RuleId STATION_REPORTING = new RuleId("STATION_REPORTING");
  public static final RuleId SECRETARY_FULL_TIME = new RuleId("SECRETARY_FULL_TIME");
  public static final RuleId SECRETARY_MEMBERSHIP = new RuleId("SECRETARY_MEMBERSHIP");
  public static final RuleId CONCURRENT_POSTS = new RuleId("CONCURRENT_POSTS");
  public static final RuleId CONCURRENT_POSTS_AVAILABLE = new RuleId("CONCURRENT_POSTS_AVAILABLE");
  public static final RuleId COMMITTEE_SIZE = new RuleId("COMMITTEE_SIZE");
  public static final RuleId COMMITTEE_TERM = new RuleId("COMMITTEE_TERM");
  public static final RuleId DIRECT_ELECTION = new RuleId("DIRECT_ELECTION");
  public static final RuleId COMPETITIVE_ELECTION = new RuleId("COMPETITIVE_ELECTION");
  public static final RuleId ELECTION_VALIDITY = new RuleId("ELECTION_VALIDITY");
  public static final RuleId VOTER_ELIGIBILITY = new RuleId("VOTER_ELIGIBILITY");
  public static final RuleId VOTER_UNIQUE = new RuleId("VOTER_UNIQUE");
  public static final RuleId COMMUNITY_HOUSEHOLDS = new RuleId("COMMUNITY_HOUSEHOLDS");
  public static final RuleId ASSEMBLY_COMPOSITION = new RuleId("ASSEMBLY_COMPOSITION");

  public RuleId {
    requireNonNull(value, "value");
    checkArgument(FORM.matcher(value).matches(),
        "rule id '%s' must be upper-case words joined by underscores, like STATION_SIZE", value);
  }

  /** Returns the rule id {@code value}, e.g. {@code RuleId.of("STATION_SIZE")}. */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
