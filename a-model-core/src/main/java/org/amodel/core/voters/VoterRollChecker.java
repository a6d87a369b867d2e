package org.amodel.core.voters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.amodel.core.check.SeedCatalogue;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;

/**
 * Checks voter rolls against VOTER_ELIGIBILITY and VOTER_UNIQUE, with the severity and basis of the
 * seed's catalogue. Stateless and thread-safe.
 *
 * <ul>
 *   <li>VOTER_ELIGIBILITY: one finding for each registered person who is not eligible, giving every
 *       reason (under age on the as-of date, deprived of political rights, tie too short, a ground the
 *       district does not admit, no connection, or unknown to the community).
 *   <li>VOTER_UNIQUE: one finding for a person registered more than once in one community, and, over
 *       several rolls, one for each registration of a person after their first (earliest date, then
 *       community id), naming the community of the first.
 * </ul>
 *
 * <p>A finding's subject is the person in the community, {@code Subject.of(communityId,
 * SubjectKind.PERSON, personId)}, without a post: being a voter is not one of the organisations'
 * posts. Findings are sorted and there is one per {@link Finding#key()}; two problems of one rule
 * about one subject are joined into one message.
 *
 * <pre>{@code
 * List<Finding> findings = VoterRollChecker.check(List.of(rollOfC1, rollOfC2));
 * }</pre>
 */
public final class VoterRollChecker {
  private VoterRollChecker() {}

  private static final Comparator<Placed> FIRST = Comparator
      .comparing((Placed p) -> p.registration().registeredOn())
      .thenComparing(p -> p.registration().communityId());

  /** Returns the subject of findings about {@code personId} as a voter of {@code communityId}. */
  public static Subject voter(String communityId, String personId) {
    return Subject.of(communityId, SubjectKind.PERSON, personId);
  }

  /** Returns the VOTER_ELIGIBILITY and VOTER_UNIQUE findings on one roll, sorted. */
  public static ImmutableList<Finding> check(VoterRoll roll) {
    requireNonNull(roll, "roll");
    return check(List.of(roll));
  }

  /**
   * Returns the findings on each of {@code rolls} and the VOTER_UNIQUE findings across them, sorted.
   *
   * @throws IllegalArgumentException if two rolls are of the same community
   */
  public static ImmutableList<Finding> check(Collection<VoterRoll> rolls) {
    requireNonNull(rolls, "rolls");
    Map<String, VoterRoll> byCommunity = new TreeMap<>();
    for (VoterRoll roll : rolls) {
      requireNonNull(roll, "rolls contains null");
      checkArgument(byCommunity.put(roll.communityId(), roll) == null,
          "rolls include two rolls of community %s", roll.communityId());
    }
    Findings findings = new Findings();
    Map<String, List<Placed>> firstRegistrations = new HashMap<>();
    for (VoterRoll roll : byCommunity.values()) {
      for (RollEntry e : roll.entries()) {
        if (!e.registered()) {
          continue;
        }
        firstRegistrations.computeIfAbsent(e.personId(), k -> new ArrayList<>())
            .add(new Placed(roll, e, e.registrations().get(0)));
        if (e.standing() instanceof Standing.Ineligible ineligible) {
          findings.add(RuleId.VOTER_ELIGIBILITY, roll, e, ineligible.reasons().stream()
                  .map(r -> r.zh(e.name(), roll.communityId(), roll.asOf()))
                  .collect(Collectors.joining(";")) + "(已于" + e.registrations().get(0).registeredOn() + "登记)",
              ineligible.reasons().stream()
                  .map(r -> r.en(e.name(), roll.communityId(), roll.asOf()))
                  .collect(Collectors.joining("; ")) + " (registered " + e.registrations().get(0).registeredOn()
                  + ")");
        }
        if (e.registrations().size() > 1) {
          String dates = e.registrations().stream().map(r -> r.registeredOn().toString())
              .collect(Collectors.joining(", "));
          findings.add(RuleId.VOTER_UNIQUE, roll, e,
              e.name() + "在社区" + roll.communityId() + "登记" + e.registrations().size() + "次(" + dates + ")",
              e.name() + " is registered " + e.registrations().size() + " times in community " + roll.communityId()
                  + " (" + dates + ")");
        }
      }
    }
    firstRegistrations.values().stream().filter(l -> l.size() > 1).forEach(placed -> {
      List<Placed> sorted = placed.stream().sorted(FIRST).toList();
      Placed first = sorted.get(0);
      for (Placed later : sorted.subList(1, sorted.size())) {
        String name = later.entry().name();
        findings.add(RuleId.VOTER_UNIQUE, later.roll(), later.entry(),
            name + "已于" + first.registration().registeredOn() + "在社区" + first.roll().communityId()
                + "登记,又于" + later.registration().registeredOn() + "在社区" + later.roll().communityId()
                + "登记;选民只能在一个社区登记",
            name + " registered in community " + first.roll().communityId() + " on "
                + first.registration().registeredOn() + " and again in community " + later.roll().communityId()
                + " on " + later.registration().registeredOn() + "; a voter registers in one community only");
      }
    });
    return findings.sorted();
  }

  /** A person's first registration on one roll. */
  private record Placed(VoterRoll roll, RollEntry entry, Registration registration) {}

  /** Findings gathered by key; several about one subject and rule become one. */
  private static final class Findings {
    private final List<Finding> all = new ArrayList<>();

    void add(RuleId id, VoterRoll roll, RollEntry entry, String zh, String en) {
      all.add(SeedCatalogue.rule(id).finding(voter(roll.communityId(), entry.personId()), zh, en, roll.asOf()));
    }

    ImmutableList<Finding> sorted() {
      return Finding.joinByKey(all);
    }
  }
}
