package org.amodel.core.generators;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityTie;
import org.amodel.core.model.DateRange;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Person;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.model.TieKind;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.voters.Deprivation;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.voters.PoliticalRights;
import org.amodel.core.voters.Registration;
import org.amodel.core.voters.VoterRoll;
import org.amodel.core.voters.VoterRules;
import org.quicktheories.core.Gen;

/**
 * Generators of voter-roll scenarios: a valid community of a district ({@link
 * CommunityGenerators#valid}) with the registrations asked for in it, the deprivations of political
 * rights on record and the district's {@link VoterRules}, drawn around the boundaries that matter.
 *
 * <p>Besides the community's own residents and assembly members, a scenario adds newcomers who live
 * or work in the community, some for exactly one year up to the as-of date, some for one day less,
 * some whose tie has ended or is elsewhere, some 17 or 18 that day; some people are deprived of
 * political rights from or until the as-of date; most people ask to register, some twice, and now and
 * then someone the community does not know.
 *
 * <pre>{@code
 * qt().forAll(Rolls.rolls(Parameters.jinanShizhong2005()))
 *     .checkAssert(s -> assertTrue(s.roll().entries().size() >= s.community().people().size()));
 * }</pre>
 */
public final class Rolls {
  private Rolls() {}

  /** A community, the date of its roll, the district's rules, the deprivations and the registrations asked for. */
  public record RollScenario(
      Community community, LocalDate asOf, VoterRules rules, PoliticalRights rights,
      ImmutableList<Registration> registrations) {
    public RollScenario {
      requireNonNull(community, "community");
      requireNonNull(asOf, "asOf");
      requireNonNull(rules, "rules");
      requireNonNull(rights, "rights");
      registrations = ImmutableList.copyOf(registrations);
    }

    /** Returns the roll built from this scenario. */
    public VoterRoll roll() {
      return VoterRoll.build(community, registrations, rights, asOf, rules);
    }

    @Override
    public String toString() {
      return "RollScenario[community=" + community.id() + " (" + community.households().size() + " households, "
          + community.people().size() + " people), asOf=" + asOf + ", rules=" + rules.electorate()
          + (rules.relaxed() ? " relaxed " + rules.minimumTieYears() + "y " + rules.admittedCategories() : " statutory")
          + ", " + registrations.size() + " registrations, " + rights.deprivations().size() + " deprivations]";
    }
  }

  /**
   * Several communities of one district with people known to more than one of them (living in one,
   * working in another), and the registrations asked for across them, in the order they are asked.
   */
  public record DistrictScenario(
      ImmutableList<Community> communities, LocalDate asOf, VoterRules rules, PoliticalRights rights,
      ImmutableList<Registration> attempts) {
    public DistrictScenario {
      communities = ImmutableList.copyOf(communities);
      requireNonNull(asOf, "asOf");
      requireNonNull(rules, "rules");
      requireNonNull(rights, "rights");
      attempts = ImmutableList.copyOf(attempts);
    }

    /** Returns the community {@code id}. */
    public Community community(String id) {
      return communities.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public String toString() {
      return "DistrictScenario[communities=" + communities.stream().map(c -> c.id() + " (" + c.people().size()
          + " people)").toList() + ", asOf=" + asOf + ", " + attempts.size() + " registrations asked]";
    }
  }

  /** Returns roll scenarios on communities valid under {@code parameters}, under drawn {@link VoterRules}. */
  public static Gen<RollScenario> rolls(DistrictParameters parameters) {
    return source -> {
      Draw d = new Draw(source);
      VoterRules rules = rules(d);
      Scenario s = CommunityGenerators.valid(parameters).generate(source);
      return scenario(d, s, rules);
    };
  }

  /** Returns roll scenarios under {@code rules} (the seed's, say) on communities valid under {@code parameters}. */
  public static Gen<RollScenario> rolls(DistrictParameters parameters, VoterRules rules) {
    requireNonNull(rules, "rules");
    return source -> scenario(new Draw(source), CommunityGenerators.valid(parameters).generate(source), rules);
  }

  /** Returns {@link VoterRules} around the seed's: relaxation on or off, any electorate, some categories, 0–2 years. */
  public static Gen<VoterRules> rules() {
    return source -> rules(new Draw(source));
  }

  /**
   * Returns two or three communities valid under {@code parameters} (ids {@code ca}, {@code cb},
   * {@code cc}) with people known to two of them, and registrations asked for across them in a drawn
   * order: everyone known to two communities asks in both, and a few ask twice in one.
   */
  public static Gen<DistrictScenario> district(DistrictParameters parameters) {
    return source -> {
      Draw d = new Draw(source);
      VoterRules rules = rules(d);
      int count = d.between(2, 3);
      List<String> ids = List.of("ca", "cb", "cc").subList(0, count);
      List<Scenario> scenarios = new ArrayList<>();
      for (String id : ids) {
        scenarios.add(CommunityGenerators.valid(parameters, id).generate(source));
      }
      LocalDate asOf = scenarios.get(0).asOf();
      List<Community> communities = new ArrayList<>();
      for (Scenario s : scenarios) {
        communities.add(scenario(d, new Scenario(s.community(), asOf), rules).community());
      }
      // commuters: someone of one community, living there, also works in another and is known to it
      int commuters = d.between(1, 5);
      List<Person> shared = new ArrayList<>();
      List<String[]> sharedBetween = new ArrayList<>();
      for (int i = 0; i < commuters; i++) {
        int from = d.between(0, count - 1);
        int to = (from + d.between(1, count - 1)) % count;
        Community home = communities.get(from);
        Person p = d.pick(home.people());
        if (shared.stream().anyMatch(x -> x.id().equals(p.id()))) {
          continue;
        }
        List<CommunityTie> ties = new ArrayList<>(p.communityTies());
        ties.add(new CommunityTie(TieKind.WORK, ids.get(to), DateRange.since(asOf.minusYears(d.between(0, 4))
            .minusDays(d.between(0, 1)))));
        Person commuter = p.withCommunityTies(ties);
        communities.set(from, home.withPerson(commuter));
        List<Person> people = new ArrayList<>(communities.get(to).people());
        people.add(commuter);
        communities.set(to, communities.get(to).toBuilder().people(people).build());
        shared.add(commuter);
        sharedBetween.add(new String[] {ids.get(from), ids.get(to)});
      }
      SplittableRandom details = new SplittableRandom(d.seed());
      List<Registration> attempts = new ArrayList<>();
      List<Deprivation> deprivations = new ArrayList<>();
      for (Community c : communities) {
        attempts.addAll(asks(c, asOf, details, d.between(5, 10), false));
        deprivations.addAll(deprivations(d, c, asOf));
      }
      for (int i = 0; i < shared.size(); i++) {
        for (String where : sharedBetween.get(i)) {
          attempts.add(Registration.of(where, shared.get(i).id(), asOf.minusDays(details.nextInt(61))));
        }
      }
      Collections.shuffle(attempts, new Random(details.nextLong()));
      return new DistrictScenario(ImmutableList.copyOf(communities), asOf, rules,
          PoliticalRights.of(deprivations), ImmutableList.copyOf(attempts));
    };
  }

  private static VoterRules rules(Draw d) {
    VoterRules seed = VoterRules.JINAN_SHIZHONG_2005;
    if (d.coin()) {
      return seed;
    }
    Set<RepresentativeCategory> categories = EnumSet.noneOf(RepresentativeCategory.class);
    for (RepresentativeCategory c : RepresentativeCategory.values()) {
      if (d.coin()) {
        categories.add(c);
      }
    }
    return seed.withRelaxed(d.between(1, 4) > 1)
        .withMinimumTieYears(d.between(0, 2))
        .withAdmittedCategories(categories)
        .withElectorate(d.pick(Arrays.asList(ElectorateKind.values())));
  }

  private static RollScenario scenario(Draw d, Scenario s, VoterRules rules) {
    LocalDate asOf = s.asOf();
    Community c = s.community();
    SplittableRandom details = new SplittableRandom(d.seed());

    // household members (not representatives, not Party members) turning 18 around the as-of date
    Map<String, Person> byId = c.peopleById();
    List<Person> members = c.households().stream()
        .flatMap(h -> h.memberIds().stream().filter(m -> !m.equals(h.representativeId())))
        .sorted()
        .map(byId::get)
        .filter(p -> p.partyMembership().isEmpty())
        .toList();
    int boundaryAges = members.isEmpty() ? 0 : d.between(0, Math.min(3, members.size()));
    for (int i = 0; i < boundaryAges; i++) {
      Person p = d.pick(members);
      c = c.withPerson(p.withBirthDate(asOf.minusYears(18).plusDays(d.between(-1, 1))));
    }

    // newcomers outside every household, tied to the community around the one-year boundary
    List<Person> people = new ArrayList<>(c.people());
    int newcomers = d.between(0, 6);
    for (int i = 1; i <= newcomers; i++) {
      LocalDate birth = d.oneIn(4) ? asOf.minusYears(18).plusDays(d.between(-1, 1))
          : d.birthDateForAge(asOf, d.between(16, 80));
      Person p = Person.of(c.id() + "-v" + i, "新居民" + i, birth, EducationLevel.SENIOR_SECONDARY)
          .withCommunityTies(ties(d, c.id(), asOf));
      people.add(p);
    }
    c = c.toBuilder().people(people).build();

    List<Registration> asks = asks(c, asOf, details, d.between(6, 10), true);
    return new RollScenario(c, asOf, rules, PoliticalRights.of(deprivations(d, c, asOf)), ImmutableList.copyOf(asks));
  }

  private static List<CommunityTie> ties(Draw d, String communityId, LocalDate asOf) {
    TieKind kind = d.pick(Arrays.asList(TieKind.values()));
    return switch (d.between(0, 5)) {
      case 0 -> List.of(new CommunityTie(kind, communityId, DateRange.since(asOf.minusYears(1))));
      case 1 -> List.of(new CommunityTie(kind, communityId, DateRange.since(asOf.minusYears(1).plusDays(1))));
      case 2 -> { // two periods, joined or one day apart
        LocalDate start = asOf.minusYears(1).minusDays(d.between(0, 30));
        LocalDate firstEnd = start.plusDays(d.between(0, 200));
        LocalDate secondStart = firstEnd.plusDays(d.between(1, 2));
        yield List.of(new CommunityTie(TieKind.RESIDENCE, communityId, DateRange.between(start, firstEnd)),
            new CommunityTie(TieKind.WORK, communityId, DateRange.since(secondStart)));
      }
      case 3 -> { // ended the day before or on the as-of date
        LocalDate end = asOf.minusDays(d.between(0, 1));
        yield List.of(new CommunityTie(kind, communityId, DateRange.between(end.minusYears(3), end)));
      }
      case 4 -> List.of(new CommunityTie(kind, "elsewhere", DateRange.since(asOf.minusYears(5))));
      default -> List.of(new CommunityTie(kind, communityId,
          DateRange.since(d.date(asOf.minusYears(10), asOf.plusDays(30)))));
    };
  }

  /**
   * Returns registrations asked for in {@code c}: each person with probability {@code rate}/10, a few
   * twice, and with {@code strangers} now and then an id the community does not know.
   */
  private static List<Registration> asks(
      Community c, LocalDate asOf, SplittableRandom details, int rate, boolean strangers) {
    List<Registration> asks = new ArrayList<>();
    for (Person p : c.people()) {
      if (details.nextInt(10) < rate) {
        asks.add(Registration.of(c.id(), p.id(), asOf.minusDays(details.nextInt(61))));
        if (details.nextInt(100) == 0) {
          asks.add(Registration.of(c.id(), p.id(), asOf.minusDays(details.nextInt(61))));
        }
      }
    }
    if (strangers && details.nextInt(5) == 0) {
      asks.add(Registration.of(c.id(), c.id() + "-unknown", asOf.minusDays(details.nextInt(61))));
    }
    return asks;
  }

  /** Returns deprivations of a few people of {@code c}, starting or ending around the as-of date. */
  private static List<Deprivation> deprivations(Draw d, Community c, LocalDate asOf) {
    List<Deprivation> deprivations = new ArrayList<>();
    int n = d.between(0, 3);
    for (int i = 0; i < n; i++) {
      Person p = d.pick(c.people());
      DateRange period = switch (d.between(0, 3)) {
        case 0 -> DateRange.between(asOf.minusYears(2), asOf.minusDays(1));
        case 1 -> DateRange.between(asOf, asOf.plusYears(2));
        case 2 -> DateRange.since(asOf.minusYears(d.between(0, 10)));
        default -> DateRange.between(asOf.plusDays(1), asOf.plusYears(3));
      };
      deprivations.add(new Deprivation(p.id(), period, "(" + asOf.getYear() + ")刑字第" + (i + 1) + "号"));
    }
    return deprivations;
  }
}
