package org.amodel.rules.ruleset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Optional;
import org.amodel.core.election.Election;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.Community;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.Term;
import org.amodel.core.recruitment.Openings;
import org.amodel.core.voters.CommunityRegistrations;

/**
 * One scenario test of a rule set (in the manner of OpenFisca's YAML tests): what is checked — a
 * community, an election, a district's voter registrations or a recruitment run — the date it is
 * checked as of, and the findings expected, each by rule id and subject. Written by policy staff in a rule set's
 * {@code scenarios/*.yaml}; read by {@link Scenarios#read}.
 *
 * @param file the scenario file, as named when read
 * @param line the line the scenario begins on
 * @param name what the scenario shows, in the author's words
 * @param input what is checked
 * @param asOf the date it is checked as of
 * @param rules if present, only these rules' findings are compared; others are ignored
 * @param expected the findings expected (of {@code rules}, if given), in the order written
 * @param appointed if present, the person ids a recruitment scenario expects appointed, in rank order
 */
public record Scenario(String file, int line, String name, Input input, LocalDate asOf,
    Optional<ImmutableSortedSet<RuleId>> rules, ImmutableList<Expected> expected,
    Optional<ImmutableList<String>> appointed) {

  public Scenario {
    requireNonNull(file, "file");
    requireNonNull(name, "name");
    requireNonNull(input, "input");
    requireNonNull(asOf, "asOf");
    requireNonNull(rules, "rules");
    expected = ImmutableList.copyOf(expected);
    appointed = requireNonNull(appointed, "appointed").map(ImmutableList::copyOf);
    checkArgument(appointed.isEmpty() || input instanceof Input.OfRecruitment,
        "only a recruitment scenario expects appointments, not one checking %s", input.describe());
  }

  /** Returns a scenario checking {@code input} that expects no appointments. */
  public Scenario(String file, int line, String name, Input input, LocalDate asOf,
      Optional<ImmutableSortedSet<RuleId>> rules, ImmutableList<Expected> expected) {
    this(file, line, name, input, asOf, rules, expected, Optional.empty());
  }

  /** Returns a scenario checking {@code community}. */
  public Scenario(String file, int line, String name, Community community, LocalDate asOf,
      Optional<ImmutableSortedSet<RuleId>> rules, ImmutableList<Expected> expected) {
    this(file, line, name, new Input.OfCommunity(community), asOf, rules, expected);
  }

  /**
   * Returns the community this scenario checks.
   *
   * @throws IllegalStateException if it checks an election or registrations, not a community
   */
  public Community community() {
    if (input instanceof Input.OfCommunity c) {
      return c.community();
    }
    throw new IllegalStateException(file + ":" + line + ": scenario '" + name + "' checks " + input.describe()
        + ", not a community");
  }

  /**
   * What a scenario checks: a community ({@code community:}), an election ({@code election:}), the
   * voter registrations of one or more communities ({@code registrations:}) or a recruitment of a
   * community run through the rule set's recruitment process ({@code recruitment:}).
   */
  public sealed interface Input
      permits Input.OfCommunity, Input.OfElection, Input.OfRegistrations, Input.OfRecruitment {
    /** Returns the id of the community that expectations are about unless they say otherwise. */
    String communityId();

    /** Returns what is checked, in words: "community c1", "election e1". */
    String describe();

    /** A community, judged by {@link RuleSet#evaluate(Community, LocalDate)}. */
    record OfCommunity(Community community) implements Input {
      public OfCommunity {
        requireNonNull(community, "community");
      }

      @Override
      public String communityId() {
        return community.id();
      }

      @Override
      public String describe() {
        return "community " + community.id();
      }
    }

    /** An election, judged by {@link RuleSet#evaluate(Election, LocalDate)}; findings are about its community. */
    record OfElection(Election election) implements Input {
      public OfElection {
        requireNonNull(election, "election");
      }

      @Override
      public String communityId() {
        return election.communityId();
      }

      @Override
      public String describe() {
        return "election " + election.id();
      }
    }

    /**
     * The registrations of one or more communities, judged together by {@link
     * RuleSet#evaluateRegistrations}; expectations are about the first community unless they name one.
     */
    record OfRegistrations(ImmutableList<CommunityRegistrations> registrations) implements Input {
      public OfRegistrations {
        registrations = ImmutableList.copyOf(registrations);
        checkArgument(!registrations.isEmpty(), "registrations must not be empty");
      }

      @Override
      public String communityId() {
        return registrations.get(0).communityId();
      }

      @Override
      public String describe() {
        return "the registrations of " + registrations.stream().map(CommunityRegistrations::communityId)
            .collect(java.util.stream.Collectors.joining(", "));
      }
    }

    /**
     * A recruitment of {@code community}, run by {@link RuleSet#runRecruitment} with the community's
     * people, {@code openings} and {@code committeeTerm}. Its findings are the stops: one per rule
     * that reported a reason at the place where an applicant stopped, about that applicant ({@code
     * PERSON}, no post) in the community.
     *
     * @param line the line of the scenario's {@code recruitment:}, where problems found in running it
     *     are reported
     * @param column its column
     */
    record OfRecruitment(Community community, Recruitment recruitment, Openings openings, Term committeeTerm,
        int line, int column) implements Input {
      public OfRecruitment {
        requireNonNull(community, "community");
        requireNonNull(recruitment, "recruitment");
        requireNonNull(openings, "openings");
        requireNonNull(committeeTerm, "committeeTerm");
        checkArgument(community.recruitments().contains(recruitment), "recruitment %s is not one of community %s",
            recruitment.id(), community.id());
        checkArgument(committeeTerm.covers(openings.appointedOn()),
            "appointments begin %s, outside the committee's term %s", openings.appointedOn(), committeeTerm);
      }

      @Override
      public String communityId() {
        return community.id();
      }

      @Override
      public String describe() {
        return "recruitment " + recruitment.id() + " of community " + community.id();
      }
    }
  }

  /** Returns true if a finding of {@code ruleId} is compared in this scenario. */
  public boolean compares(RuleId ruleId) {
    return rules.map(r -> r.contains(ruleId)).orElse(true);
  }

  /** A finding a scenario expects: its rule and its subject. */
  public record Expected(RuleId ruleId, Subject subject) implements Comparable<Expected> {
    public Expected {
      requireNonNull(ruleId, "ruleId");
      requireNonNull(subject, "subject");
    }

    @Override
    public int compareTo(Expected other) {
      int byRule = ruleId.compareTo(other.ruleId);
      return byRule != 0 ? byRule : subject.compareTo(other.subject);
    }

    /** Returns the expectation as a scenario file writes it, so a reader can copy it in. */
    public String toYaml() {
      return toYaml(subject.communityId());
    }

    /**
     * Returns the expectation as a scenario about {@code scenarioCommunityId} writes it: naming the
     * subject's {@code community} if it is another one.
     */
    public String toYaml(String scenarioCommunityId) {
      String own = toYamlInOwnCommunity();
      return subject.communityId().equals(scenarioCommunityId) ? own
          : own.substring(0, own.length() - 2) + ", community: " + subject.communityId() + " }";
    }

    private String toYamlInOwnCommunity() {
      StringBuilder b = new StringBuilder("{ rule: " + ruleId.value() + ", kind: " + subject.kind().name());
      if (!(subject.kind() == org.amodel.core.finding.SubjectKind.COMMUNITY
          && subject.id().equals(subject.communityId()))) {
        b.append(", id: ").append(subject.id());
      }
      subject.post().ifPresent(p -> b.append(", post: ").append(p.name()));
      return b.append(" }").toString();
    }
  }
}
