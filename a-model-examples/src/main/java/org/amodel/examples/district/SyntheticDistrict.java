package org.amodel.examples.district;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.amodel.core.model.Community;
import org.amodel.core.model.District;
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.core.model.SubdistrictPartyWorkingCommittee;
import org.amodel.core.parameters.Parameters;

/**
 * A synthetic district of communities of the "A" model, generated from a number of communities and
 * a seed, with the flaws each community was drawn with. <b>The data are synthetic</b>: every
 * community, person, name, address and score is invented (only the subdistricts and roads are
 * Shizhong's), and no figure describes a real community.
 *
 * <pre>{@code
 * SyntheticDistrict generated = SyntheticDistrict.generate(SyntheticDistrict.Options.of(1000, 42L));
 * for (Community c : generated.district().communities()) {
 *   List<Finding> findings = ReferenceChecker.seed().check(c, generated.options().asOf());
 * }
 * }</pre>
 *
 * <p>The same options give the same district, equal and written out the same, on every run and
 * machine: everything is drawn from {@link SplittableRandom}s seeded from {@link Options#seed()},
 * and nothing reads the clock.
 *
 * <p><b>Shape.</b> The communities are spread evenly over the subdistrict offices, the first being
 * Ganshiqiao (杆石桥), whose first {@link Options#pilotCommunities()} communities are the seed's pilot:
 * they elect their committee from {@link Options#pilotStart()} (May 2005), the others from {@link
 * Options#rolloutStart()} (September 2005). Each community has, complete: households (100–700 by
 * default) each with its representative, a Party general branch with its secretary and grid branches,
 * a residents' committee of 5–9 elected by household representatives for three years, a service
 * station of 3–4 appointed until the committee's term ends through an open recruitment of four stages
 * (with the applicants who failed, withdrew or ranked below the openings), working-committee
 * assessments, a representative assembly of residents' group, unit and other representatives, and
 * matters of each kind. The secretary is an official seconded from a government body (18 of the seed's
 * 66 communities by default), the committee chair holding both posts after a passed assessment, or a
 * resident Party member.
 *
 * <p><b>Thin households.</b> An ordinary household lists only its representative, the one person the
 * rules and the direct election look at; the households of committee members and of the people the
 * rules read are detailed. Station members, seconded officials, unit representatives and police
 * officers work in the community and live elsewhere.
 *
 * <p><b>Boundaries.</b> Communities without flaws pass {@code ReferenceChecker.seed()} clean as of
 * {@link Options#asOf()}, yet sit close to its limits: station members aged exactly 40 on the
 * reference date (some turning 40 that very day, some turning 41 the day after), stations of 3 and of
 * 4, committees of 5 and of 9, households at exactly the bounds, assessments the day before the
 * concurrent appointment. The {@link Flaw}s cross them the way real communities did (a member of 41–45,
 * or 46–47; a station of 5; an assessment on the day of the appointment), so a rule set that moves a
 * limit changes the findings of some communities and not of others.
 */
public final class SyntheticDistrict {
  /** The district's id. */
  public static final String DISTRICT_ID = "shizhong-synthetic";

  /** The subdistricts of Shizhong district (id, name); Ganshiqiao, the pilot's, first. */
  private static final String[][] SUBDISTRICTS = {
    {"ganshiqiao", "杆石桥"}, {"silicun", "四里村"}, {"weijiazhuang", "魏家庄"}, {"daguanyuan", "大观园"},
    {"liulishan", "六里山"}, {"shungeng", "舜耕"}, {"wangguanzhuang", "王官庄"}, {"qilishan", "七里山"},
    {"erqi", "二七"}, {"qixian", "七贤"}, {"baimashan", "白马山"}, {"xinglong", "兴隆"}, {"dangjia", "党家"},
    {"shiliuhe", "十六里河"},
  };

  private final Options options;
  private final District district;
  private final ImmutableMap<String, ImmutableSet<Flaw>> flaws;
  private final ImmutableSet<String> pilotCommunityIds;

  private SyntheticDistrict(Options options, District district, ImmutableMap<String, ImmutableSet<Flaw>> flaws,
      ImmutableSet<String> pilotCommunityIds) {
    this.options = options;
    this.district = district;
    this.flaws = flaws;
    this.pilotCommunityIds = pilotCommunityIds;
  }

  /** Returns the district generated from {@code options}; the same district for the same options. */
  public static SyntheticDistrict generate(Options options) {
    requireNonNull(options, "options");
    List<SubdistrictOffice> offices = offices(options.subdistricts());
    SplittableRandom root = new SplittableRandom(options.seed());
    int width = Math.max(3, String.valueOf(options.communities()).length());
    Set<String> names = new HashSet<>(); // membership only, never iterated
    List<CommunityPlan> plans = new ArrayList<>();
    int pilots = 0;
    for (int i = 0; i < options.communities(); i++) {
      SplittableRandom r = new SplittableRandom(root.nextLong());
      int officeIndex = (int) ((long) i * offices.size() / options.communities());
      boolean pilot = officeIndex == 0 && pilots < options.pilotCommunities();
      if (pilot) {
        pilots++;
      }
      String id = "c" + "0".repeat(width - String.valueOf(i + 1).length()) + (i + 1);
      String name = uniqueName(r, names);
      int other = offices.size() == 1 ? -1 : (officeIndex + 1) % offices.size();
      plans.add(new CommunityPlan(id, name, offices.get(officeIndex),
          other < 0 ? "shizhong-civil-affairs" : offices.get(other).id(), pilot, drawFlaws(r, options), r.nextLong()));
    }
    List<Community> communities = new ArrayList<>(plans.size());
    ImmutableMap.Builder<String, ImmutableSet<Flaw>> flaws = ImmutableMap.builder();
    ImmutableSet.Builder<String> pilotIds = ImmutableSet.builder();
    for (CommunityPlan plan : plans) {
      communities.add(new CommunityFactory(options, plan).build());
      flaws.put(plan.id(), plan.flaws());
      if (plan.pilot()) {
        pilotIds.add(plan.id());
      }
    }
    District district = District.of(DISTRICT_ID, "济南市市中区(合成数据)", offices, communities);
    return new SyntheticDistrict(options, district, flaws.buildOrThrow(), pilotIds.build());
  }

  /** Returns the options the district was generated from. */
  public Options options() {
    return options;
  }

  /** Returns the district: its subdistrict offices and communities. */
  public District district() {
    return district;
  }

  /** Returns the flaws each community was drawn with, by community id, in the district's order; empty for a clean one. */
  public ImmutableMap<String, ImmutableSet<Flaw>> flaws() {
    return flaws;
  }

  /** Returns the ids of the pilot communities, which took up the "A" model from {@link Options#pilotStart()}. */
  public ImmutableSet<String> pilotCommunityIds() {
    return pilotCommunityIds;
  }

  private static ImmutableSet<Flaw> drawFlaws(SplittableRandom r, Options options) {
    List<Flaw> drawn = new ArrayList<>();
    for (Flaw flaw : Flaw.values()) {
      // one draw per flaw whatever the rates, so changing one rate leaves the other flaws' draws alone
      boolean hit = r.nextDouble() < options.flawRates().get(flaw);
      if (hit && drawn.stream().noneMatch(flaw::excludes)) {
        drawn.add(flaw);
      }
    }
    return ImmutableSet.copyOf(drawn);
  }

  private static String uniqueName(SplittableRandom r, Set<String> taken) {
    for (int attempt = 0; attempt < 4; attempt++) {
      String name = Invented.communityStem(r) + "社区";
      if (taken.add(name)) {
        return name;
      }
    }
    String stem = Invented.communityStem(r);
    for (int k = 2; ; k++) {
      String name = stem + Numerals.of(k) + "社区";
      if (taken.add(name)) {
        return name;
      }
    }
  }

  /** The first {@code count} subdistrict offices of Shizhong, Ganshiqiao first, then numbered ones. */
  static List<SubdistrictOffice> offices(int count) {
    List<SubdistrictOffice> offices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = i < SUBDISTRICTS.length ? SUBDISTRICTS[i][0] : "subdistrict" + (i + 1);
      String stem = i < SUBDISTRICTS.length ? SUBDISTRICTS[i][1] : "第" + Numerals.of(i + 1);
      offices.add(new SubdistrictOffice(id, stem + "街道办事处",
          new SubdistrictPartyWorkingCommittee(id + "-pwc", "中共济南市市中区" + stem + "街道工作委员会")));
    }
    return offices;
  }

  /** What is decided about a community before it is built. */
  record CommunityPlan(String id, String name, SubdistrictOffice office, String otherOfficeId, boolean pilot,
      ImmutableSet<Flaw> flaws, long seed) {}

  /**
   * What to generate: how many communities from which seed, as of which date, with which reform
   * dates, sizes and shares. {@link #of} gives the seed district's values; the {@code with…}
   * methods change one.
   *
   * @param communities how many communities, at least 1
   * @param seed the seed every draw comes from
   * @param asOf the date the district is generated as of: at least {@value #SCHEDULE_DAYS} days after
   *     {@code rolloutStart}, the longest a community takes from its start to its station's appointment
   * @param pilotStart the day the pilot communities begin (their election comes in the next four weeks)
   * @param rolloutStart the day the other communities begin
   * @param pilotCommunities how many of the first subdistrict's communities are pilots (fewer if it has fewer)
   * @param subdistricts how many subdistrict offices, 1 to {@code communities}
   * @param householdsMin the fewest households of a community without the COMMUNITY_HOUSEHOLDS flaw, at least 40
   * @param householdsMax the most households of a community without the COMMUNITY_HOUSEHOLDS flaw
   * @param secondedSecretaryShare the share of communities whose secretary is a seconded official
   * @param concurrentPostsShare the share whose committee chair is also secretary
   * @param flawRates the share of communities drawn with each flaw, every flaw listed, in declaration order
   */
  public record Options(
      int communities,
      long seed,
      LocalDate asOf,
      LocalDate pilotStart,
      LocalDate rolloutStart,
      int pilotCommunities,
      int subdistricts,
      int householdsMin,
      int householdsMax,
      double secondedSecretaryShare,
      double concurrentPostsShare,
      ImmutableMap<Flaw, Double> flawRates) {

    /** The seed's as-of date: the end of November 2005, when the district expected the reform complete. */
    public static final LocalDate AS_OF = LocalDate.of(2005, 11, 30);
    /** The Ganshiqiao pilot began in May 2005. */
    public static final LocalDate PILOT_START = Parameters.SEED_REFORM;
    /** The rest of the district followed from September 2005. */
    public static final LocalDate ROLLOUT_START = LocalDate.of(2005, 9, 1);
    /** The seed's pilot: 8 communities of Ganshiqiao. */
    public static final int PILOT_COMMUNITIES = 8;
    /** The seed's secretaries seconded from government bodies: 18 of 66 communities. */
    public static final double SECONDED_SECRETARY_SHARE = 18.0 / 66;
    public static final double CONCURRENT_POSTS_SHARE = 0.5;
    /** The days from a community's start to its station's appointment, at most. */
    public static final int SCHEDULE_DAYS = 90;

    public Options {
      checkArgument(communities >= 1, "communities must be at least 1, was %s", communities);
      requireNonNull(asOf, "asOf");
      requireNonNull(pilotStart, "pilotStart");
      requireNonNull(rolloutStart, "rolloutStart");
      checkArgument(!rolloutStart.isBefore(pilotStart), "rolloutStart %s is before pilotStart %s", rolloutStart,
          pilotStart);
      checkArgument(!asOf.isBefore(rolloutStart.plusDays(SCHEDULE_DAYS)),
          "asOf %s must be at least %s days after rolloutStart %s, when every station is appointed", asOf,
          SCHEDULE_DAYS, rolloutStart);
      checkArgument(pilotCommunities >= 0, "pilotCommunities must not be negative, was %s", pilotCommunities);
      checkArgument(subdistricts >= 1 && subdistricts <= communities,
          "subdistricts must be between 1 and communities (%s), was %s", communities, subdistricts);
      checkArgument(householdsMin >= 40, "householdsMin must be at least 40, was %s", householdsMin);
      checkArgument(householdsMax >= householdsMin, "householdsMax %s is below householdsMin %s", householdsMax,
          householdsMin);
      checkShare(secondedSecretaryShare, "secondedSecretaryShare");
      checkShare(concurrentPostsShare, "concurrentPostsShare");
      checkArgument(secondedSecretaryShare + concurrentPostsShare <= 1.0,
          "secondedSecretaryShare %s and concurrentPostsShare %s add up to more than 1", secondedSecretaryShare,
          concurrentPostsShare);
      requireNonNull(flawRates, "flawRates");
      Map<Flaw, Double> rates = new EnumMap<>(Flaw.class);
      flawRates.forEach((flaw, rate) -> {
        checkShare(requireNonNull(rate, "flawRates of " + flaw), "flawRates of " + flaw);
        rates.put(requireNonNull(flaw, "flawRates key"), rate);
      });
      checkArgument(rates.keySet().equals(Set.of(Flaw.values())), "flawRates must list every flaw; it lacks %s",
          missing(rates));
      flawRates = ImmutableMap.copyOf(rates); // EnumMap iterates in declaration order
    }

    private static void checkShare(double share, String field) {
      checkArgument(share >= 0.0 && share <= 1.0, "%s must be between 0 and 1, was %s", field, share);
    }

    private static List<Flaw> missing(Map<Flaw, Double> rates) {
      return List.of(Flaw.values()).stream().filter(f -> !rates.containsKey(f)).toList();
    }

    /**
     * Returns the seed district's options for {@code communities} communities from {@code seed}: as of
     * 2005-11-30, pilot from 2005-05-01 and the rest from 2005-09-01, 8 pilot communities, one
     * subdistrict per 8 communities (at most the 14 of Shizhong), 100–700 households, 18 in 66
     * secretaries seconded and half the chairs secretary too, and each flaw at its {@linkplain
     * Flaw#defaultRate() default rate} (about two communities in three clean).
     */
    public static Options of(int communities, long seed) {
      checkArgument(communities >= 1, "communities must be at least 1, was %s", communities);
      Map<Flaw, Double> rates = new EnumMap<>(Flaw.class);
      for (Flaw f : Flaw.values()) {
        rates.put(f, f.defaultRate());
      }
      int subdistricts = Math.min(SUBDISTRICTS.length, (communities + 7) / 8);
      return new Options(communities, seed, AS_OF, PILOT_START, ROLLOUT_START, PILOT_COMMUNITIES, subdistricts,
          100, 700, SECONDED_SECRETARY_SHARE, CONCURRENT_POSTS_SHARE, ImmutableMap.copyOf(rates));
    }

    public Options withSeed(long newSeed) {
      return new Options(communities, newSeed, asOf, pilotStart, rolloutStart, pilotCommunities, subdistricts,
          householdsMin, householdsMax, secondedSecretaryShare, concurrentPostsShare, flawRates);
    }

    public Options withAsOf(LocalDate newAsOf) {
      return new Options(communities, seed, newAsOf, pilotStart, rolloutStart, pilotCommunities, subdistricts,
          householdsMin, householdsMax, secondedSecretaryShare, concurrentPostsShare, flawRates);
    }

    /** Returns a copy with the pilot and the rest of the district starting on the given days. */
    public Options withReform(LocalDate newPilotStart, LocalDate newRolloutStart, int newPilotCommunities) {
      return new Options(communities, seed, asOf, newPilotStart, newRolloutStart, newPilotCommunities, subdistricts,
          householdsMin, householdsMax, secondedSecretaryShare, concurrentPostsShare, flawRates);
    }

    public Options withSubdistricts(int newSubdistricts) {
      return new Options(communities, seed, asOf, pilotStart, rolloutStart, pilotCommunities, newSubdistricts,
          householdsMin, householdsMax, secondedSecretaryShare, concurrentPostsShare, flawRates);
    }

    /** Returns a copy whose communities without the COMMUNITY_HOUSEHOLDS flaw have {@code min}–{@code max} households. */
    public Options withHouseholds(int min, int max) {
      return new Options(communities, seed, asOf, pilotStart, rolloutStart, pilotCommunities, subdistricts, min, max,
          secondedSecretaryShare, concurrentPostsShare, flawRates);
    }

    /** Returns a copy with the given shares of seconded secretaries and of chairs who are secretary too. */
    public Options withSecretaries(double seconded, double concurrent) {
      return new Options(communities, seed, asOf, pilotStart, rolloutStart, pilotCommunities, subdistricts,
          householdsMin, householdsMax, seconded, concurrent, flawRates);
    }

    /** Returns a copy with {@code flaw} drawn at {@code rate}. */
    public Options withFlawRate(Flaw flaw, double rate) {
      Map<Flaw, Double> rates = new EnumMap<>(flawRates);
      rates.put(requireNonNull(flaw, "flaw"), rate);
      return new Options(communities, seed, asOf, pilotStart, rolloutStart, pilotCommunities, subdistricts,
          householdsMin, householdsMax, secondedSecretaryShare, concurrentPostsShare, ImmutableMap.copyOf(rates));
    }

    /** Returns a copy with no flaw drawn: every community passes the seed's rules clean. */
    public Options withoutFlaws() {
      Options o = this;
      for (Flaw f : Flaw.values()) {
        o = o.withFlawRate(f, 0.0);
      }
      return o;
    }

    /** Returns the share of communities expected clean if no flaw excluded another: the product of (1 − rate). */
    public double expectedCleanShare() {
      return flawRates.values().stream().mapToDouble(r -> 1.0 - r).reduce(1.0, (a, b) -> a * b);
    }
  }

  /** Chinese numerals for the names of groups, branches and subdistricts. */
  static final class Numerals {
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Numerals() {}

    /** Returns {@code n} in Chinese numerals (十二, 二十, 一百零五), or in digits from 1000 on. */
    static String of(int n) {
      checkArgument(n >= 1, "n must be positive, was %s", n);
      if (n > 999) {
        return String.valueOf(n);
      }
      StringBuilder b = new StringBuilder();
      int hundreds = n / 100;
      int tens = n / 10 % 10;
      int ones = n % 10;
      if (hundreds > 0) {
        b.append(DIGITS[hundreds]).append("百");
        if (tens == 0 && ones > 0) {
          b.append("零");
        }
      }
      if (tens > 0) {
        b.append(tens == 1 && hundreds == 0 ? "" : DIGITS[tens]).append("十");
      }
      return b.append(DIGITS[ones]).toString();
    }
  }

  @Override
  public String toString() {
    return "SyntheticDistrict[" + options.communities() + " communities, seed " + options.seed() + ", as of "
        + options.asOf() + "]";
  }

}
