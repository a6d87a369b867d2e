package org.amodel.examples.district;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.amodel.core.election.Election;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.District;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.core.scale.MergeResult;
import org.amodel.core.scale.ScaleAdjustment;

/**
 * The seed's district generated end to end: 84 original communities with their fifth-term
 * committees, merged by {@link ScaleAdjustment} into 66, each of which then takes up the "A" model —
 * the Ganshiqiao (杆石桥) subdistrict's 8 communities from May 2005, the rest from September, all by
 * the end of November — with a committee directly elected by household representatives in a
 * competitive election, a Party general branch with grid branches, a service station recruited
 * through the four stages, a representative assembly, forums and unit resources.
 *
 * <p><b>The data are synthetic.</b> They are calibrated to the aggregates the seed reports (§二, §三)
 * and to nothing else: every community, person, name, address, vote and score is invented; only the
 * subdistricts' and roads' names are Shizhong's. No figure here describes a real community.
 *
 * <pre>{@code
 * SeedDistrict seed = SeedDistrict.generate();
 * seed.district().communities().size();    // 66
 * seed.originals().size();                 // 84
 * seed.elections().size();                 // 66, one per community
 * }</pre>
 *
 * <h2>What is calibrated, and how</h2>
 * The generator reproduces each figure of the seed that is a count or a share, exactly where the seed
 * gives it exactly and just above where it says "余" (more than): see {@link Calibration}. It then lets
 * the rules judge the result. <b>Where the seed's figures cannot all hold together with the law, the
 * generator follows the seed's figures and the rules report the breach</b>; the data are never tuned to
 * hide a tension. Two such tensions are known (see {@code docs/seed-district.md}):
 * <ul>
 *   <li>110 members with college education or more being 38.1% means 289 members (110/289 = 38.06%;
 *       288 or 290 give 38.2% and 37.9%). 289 members on 66 committees is 4.4 each, while the Organic
 *       Law asks for 5–9: the generator seats 41 committees of 4 and 25 of 5, the smallest departure
 *       that keeps the seed's figures, and COMMITTEE_SIZE reports the 41.</li>
 *   <li>70,000 or more household representatives voting at 88% means about 80,000 households: some
 *       1,200 per community, where the Organic Law's art. 6 says "generally 100–700". The generator
 *       follows the seed, and COMMUNITY_HOUSEHOLDS warns.</li>
 * </ul>
 *
 * <p>Deterministic: the same seed gives the same district, equal and written out the same, on every
 * run and machine; nothing reads the clock.
 */
public final class SeedDistrict {
  /** The seed this project's report uses. */
  public static final long SEED = 20051130L;
  /** The district id: the one the seed's rule set serves, jinan-shizhong-2005. */
  public static final String DISTRICT_ID = "jinan-shizhong";
  /** The end of November 2005, when the seed expected the reform complete. */
  public static final LocalDate AS_OF = SyntheticDistrict.Options.AS_OF;
  /** The Ganshiqiao pilot began in May 2005. */
  public static final LocalDate PILOT_START = SyntheticDistrict.Options.PILOT_START;
  /** The rest of the district followed from September 2005. */
  public static final LocalDate ROLLOUT_START = SyntheticDistrict.Options.ROLLOUT_START;

  private final long seed;
  private final ImmutableList<Community> originals;
  private final ImmutableMap<String, ImmutableList<String>> mergeMap;
  private final ImmutableList<MergeResult> merges;
  private final District district;
  private final ImmutableList<Election> elections;
  private final ImmutableSet<String> pilotCommunityIds;

  private SeedDistrict(long seed, ImmutableList<Community> originals, ImmutableMap<String, ImmutableList<String>> mergeMap,
      ImmutableList<MergeResult> merges, District district, ImmutableList<Election> elections,
      ImmutableSet<String> pilotCommunityIds) {
    this.seed = seed;
    this.originals = originals;
    this.mergeMap = mergeMap;
    this.merges = merges;
    this.district = district;
    this.elections = elections;
    this.pilotCommunityIds = pilotCommunityIds;
  }

  /** Returns the district generated from {@link #SEED}. */
  public static SeedDistrict generate() {
    return generate(SEED);
  }

  /** Returns the district generated from {@code seed}; the same district for the same seed. */
  public static SeedDistrict generate(long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    Plan plan = Plan.draw(new SplittableRandom(root.nextLong()));

    List<Community> originals = new ArrayList<>();
    Map<String, List<String>> candidates = new HashMap<>(); // by target id; looked up, never iterated
    for (Target t : plan.targets()) {
      for (Source s : t.sources()) {
        SeedCommunities.Original original = new SeedCommunities.Original(s, t, new SplittableRandom(root.nextLong()));
        originals.add(original.build());
        if (!original.candidateIds().isEmpty()) {
          candidates.put(t.id(), original.candidateIds());
        }
      }
    }
    ImmutableMap.Builder<String, ImmutableList<String>> mergeMap = ImmutableMap.builder();
    List<MergeResult> merges = new ArrayList<>();
    List<Community> communities = new ArrayList<>();
    List<Election> elections = new ArrayList<>();
    ImmutableSet.Builder<String> pilots = ImmutableSet.builder();
    int next = 0;
    for (Target t : plan.targets()) {
      List<Community> sources = originals.subList(next, next + t.sources().size());
      next += t.sources().size();
      mergeMap.put(t.id(), sources.stream().map(Community::id).collect(ImmutableList.toImmutableList()));
      Community base;
      if (sources.size() == 1) {
        base = sources.get(0).withId(t.id());
      } else {
        MergeResult merged = ScaleAdjustment.merge(t.id(), t.name(), t.type(), t.office(), sources);
        merges.add(merged);
        base = merged.merged();
      }
      SeedCommunities.Reformed reformed =
          new SeedCommunities.Reform(t, candidates.get(t.id()), base, new SplittableRandom(root.nextLong())).build();
      communities.add(reformed.community());
      elections.add(reformed.election());
      if (t.pilot()) {
        pilots.add(t.id());
      }
    }
    District district = District.of(DISTRICT_ID, "济南市市中区(合成数据 synthetic data)", plan.offices(), communities);
    return new SeedDistrict(seed, ImmutableList.copyOf(originals), mergeMap.buildOrThrow(), ImmutableList.copyOf(merges),
        district, ImmutableList.copyOf(elections), pilots.build());
  }

  /** Returns the seed the district was generated from. */
  public long seed() {
    return seed;
  }

  /** Returns the 84 communities as they were before the scale adjustment, with their fifth-term committees. */
  public ImmutableList<Community> originals() {
    return originals;
  }

  /**
   * Returns the merge map: for each of the 66 communities, in the district's order, the ids of the
   * original communities it was made from (one for a community the adjustment left whole).
   */
  public ImmutableMap<String, ImmutableList<String>> mergeMap() {
    return mergeMap;
  }

  /** Returns the scale adjustment's merges, each with the placement of everything it moved. */
  public ImmutableList<MergeResult> merges() {
    return merges;
  }

  /** Returns the district of 66 communities after the reform, as of {@link #AS_OF}. */
  public District district() {
    return district;
  }

  /** Returns the sixth committee elections, one per community, in the district's order. */
  public ImmutableList<Election> elections() {
    return elections;
  }

  /** Returns the ids of Ganshiqiao's pilot communities, which took up the "A" model from May 2005. */
  public ImmutableSet<String> pilotCommunityIds() {
    return pilotCommunityIds;
  }

  @Override
  public String toString() {
    return "SeedDistrict[seed " + seed + ": " + originals.size() + " communities merged into "
        + district.communities().size() + ", as of " + AS_OF + "]";
  }

  /**
   * The seed's figures the generator is calibrated to, with where the seed gives them. Figures the
   * seed gives as "more than" (余) are drawn a little above their floor.
   */
  public static final class Calibration {
    /** §二(一): 84 communities before the scale adjustment. */
    public static final int ORIGINAL_COMMUNITIES = 84;
    /** §二(一): 66 after it. */
    public static final int COMMUNITIES = 66;
    /** §一: the 8 communities of Ganshiqiao's pilot. */
    public static final int PILOT_COMMUNITIES = 8;
    /** §二(三): officials seconded from government bodies as Party secretaries. */
    public static final int SECONDED_SECRETARIES = 18;
    /** §三(三)3: unit representatives among the community representatives. */
    public static final int UNIT_REPRESENTATIVES = 359;
    /** §二(二): members with college education or more. */
    public static final int COLLEGE_OR_MORE = 110;
    /** §二(二): of them with a bachelor's degree. */
    public static final int BACHELOR = 22;
    /** §二(二): of them postgraduates. */
    public static final int POSTGRADUATE = 1;
    /** §二(二): 38.1% with college or more: 110 of 289 is the only count that rounds to it. */
    public static final int COMMITTEE_MEMBERS = 289;
    /** §二(二): the members' average age, 38.5. */
    public static final BigDecimal AVERAGE_AGE = new BigDecimal("38.5");
    /** §二(二): 0.5 below the previous term's, so 39.0 then. */
    public static final BigDecimal PREVIOUS_AVERAGE_AGE = new BigDecimal("39.0");
    /** §二(二): the share with college or more rose 6.3 points to 38.1%, so 31.8% then. */
    public static final BigDecimal PREVIOUS_COLLEGE_SHARE = new BigDecimal("0.318");
    /** §二(二): turnout 88%. */
    public static final BigDecimal TURNOUT = new BigDecimal("0.88");
    /** §二(二): "7万余名选民": more than 70,000 voters at the polls. */
    public static final int VOTERS_AT_LEAST = 70_000;
    /** §三(三)1: "3万余人" in forums, dialogues and talks. */
    public static final int FORUM_PARTICIPANTS_AT_LEAST = 30_000;
    /** §三(三)1: "1000余条" suggestions. */
    public static final int SUGGESTIONS_AT_LEAST = 1_000;
    /** §三(三)1: "800余个" problems solved. */
    public static final int SOLVED_AT_LEAST = 800;
    /** §三(三)3: "300余处" unit resources opened to the community. */
    public static final int UNIT_RESOURCES_AT_LEAST = 300;
    /** How many subdistricts the 66 communities are spread over (invented: the seed does not say). */
    public static final int SUBDISTRICTS = 10;

    private Calibration() {}
  }

  // ------------------------------------------------------------------------------------------ the plan

  /** What one of the 84 original communities is to be, before it is built. */
  record Source(String id, String name, CommunityType type, SubdistrictOffice office, int households,
      LocalDate previousTermStart, List<MemberSpec> previousMembers) {}

  /**
   * What one of the 66 communities is to be: its sources, reform dates, committee (chair first, then
   * the vice-chair) and losing candidates, secretary, station and the district totals' shares it gets.
   */
  record Target(String id, String name, CommunityType type, SubdistrictOffice office, boolean pilot,
      LocalDate election, List<Source> sources, List<MemberSpec> members, List<MemberSpec> losers,
      Secretary secretary, int stationSize, int ballotsReturned, int unitRepresentatives, int unitResources,
      int forumParticipants, int suggestions, int solved) {

    LocalDate start() {
      return pilot ? PILOT_START : ROLLOUT_START;
    }
  }

  /** A committee member or candidate to be: age on the day their term starts, education, Party standing. */
  record MemberSpec(int age, EducationLevel education, boolean partyMember) {}

  enum Secretary { SECONDED, CONCURRENT, LOCAL }

  /** The whole district's plan: offices, targets with their sources, drawn in one fixed order. */
  record Plan(List<SubdistrictOffice> offices, List<Target> targets) {

    static Plan draw(SplittableRandom r) {
      List<SubdistrictOffice> offices = SyntheticDistrict.offices(Calibration.SUBDISTRICTS);
      int n = Calibration.COMMUNITIES;
      // Ganshiqiao holds the 8 pilots; the other 58 are spread over the other subdistricts
      int[] officeOf = new int[n];
      int perOther = (n - Calibration.PILOT_COMMUNITIES) / (offices.size() - 1);
      int extra = (n - Calibration.PILOT_COMMUNITIES) % (offices.size() - 1);
      int k = 0;
      for (int i = 0; i < Calibration.PILOT_COMMUNITIES; i++) {
        officeOf[k++] = 0;
      }
      for (int o = 1; o < offices.size(); o++) {
        for (int i = 0; i < perOther + (o <= extra ? 1 : 0); i++) {
          officeOf[k++] = o;
        }
      }
      // 84 → 66: 18 fewer, as 14 pairs and 2 triples
      int[] sourcesOf = new int[n];
      java.util.Arrays.fill(sourcesOf, 1);
      List<Integer> order = shuffled(r, n);
      int reductions = Calibration.ORIGINAL_COMMUNITIES - n;
      for (int i = 0; reductions > 0; i++) {
        int triple = i < 2 ? 2 : 1;
        sourcesOf[order.get(i)] += triple;
        reductions -= triple;
      }
      // the committees: 41 of 4 and 25 of 5 (289 members), see the class comment
      int fours = 5 * n - Calibration.COMMITTEE_MEMBERS;
      boolean[] four = new boolean[n];
      for (int i : shuffled(r, n).subList(0, fours)) {
        four[i] = true;
      }
      int[] sizes = new int[n];
      for (int i = 0; i < n; i++) {
        sizes[i] = four[i] ? 4 : 5;
      }
      List<List<MemberSpec>> members = calibratedMembers(r, sizes);
      // the secretaries: 18 seconded; of the rest two in three chairs hold both posts
      Secretary[] secretaries = new Secretary[n];
      List<Integer> secOrder = shuffled(r, n);
      for (int i = 0; i < n; i++) {
        int c = secOrder.get(i);
        secretaries[c] = i < Calibration.SECONDED_SECRETARIES ? Secretary.SECONDED
            : r.nextInt(3) < 2 ? Secretary.CONCURRENT : Secretary.LOCAL;
      }
      // the sources' households and previous terms
      Set<String> names = new HashSet<>();
      List<List<Source>> sources = new ArrayList<>();
      int originalIndex = 0;
      List<Integer> previousSizes = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        List<Source> list = new ArrayList<>();
        for (int s = 0; s < sourcesOf[i]; s++) {
          originalIndex++;
          int households = Draws.between(r, 560, 1400);
          list.add(new Source(String.format("o%02d", originalIndex), uniqueName(r, names), type(r),
              offices.get(officeOf[i]), households, LocalDate.of(2002, 6, 1).plusDays(r.nextInt(120)), List.of()));
          previousSizes.add(Draws.between(r, 5, 7));
        }
        sources.add(list);
      }
      List<List<MemberSpec>> previous = calibratedPrevious(r, previousSizes);
      int p = 0;
      for (List<Source> list : sources) {
        for (int s = 0; s < list.size(); s++) {
          Source src = list.get(s);
          list.set(s, new Source(src.id(), src.name(), src.type(), src.office(), src.households(),
              src.previousTermStart(), previous.get(p++)));
        }
      }
      // turnout per community, adjusted so that the district's rounds to 88%
      int[] households = new int[n];
      int[] returned = new int[n];
      long allHouseholds = 0;
      long allReturned = 0;
      for (int i = 0; i < n; i++) {
        households[i] = sources.get(i).stream().mapToInt(Source::households).sum();
        returned[i] = (int) Math.round(households[i] * (0.80 + r.nextInt(160) / 1000.0));
        allHouseholds += households[i];
        allReturned += returned[i];
      }
      long wanted = Calibration.TURNOUT.multiply(BigDecimal.valueOf(allHouseholds)).setScale(0, RoundingMode.HALF_UP)
          .longValueExact();
      for (int i = 0; allReturned != wanted; i = (i + 1) % n) {
        int step = allReturned < wanted ? 1 : -1;
        int moved = returned[i] + step;
        if (moved * 100L >= households[i] * 78L && moved * 100L <= households[i] * 97L) {
          returned[i] = moved;
          allReturned += step;
        }
      }
      checkState(allReturned >= Calibration.VOTERS_AT_LEAST, "only %s voters; the plan needs more households",
          allReturned);
      // the district's totals, shared out
      int[] unitReps = allocate(r, Calibration.UNIT_REPRESENTATIVES, n, 2);
      int[] resources = allocate(r, Calibration.UNIT_RESOURCES_AT_LEAST + Draws.between(r, 5, 40), n, 1);
      int[] participants = allocate(r, Calibration.FORUM_PARTICIPANTS_AT_LEAST + Draws.between(r, 200, 3000), n, 150);
      int[] suggestions = allocate(r, Calibration.SUGGESTIONS_AT_LEAST + Draws.between(r, 20, 200), n, 6);
      int solvedTotal = Calibration.SOLVED_AT_LEAST + Draws.between(r, 10, 90);
      int[] solved = allocateWithin(r, solvedTotal, suggestions);

      List<Target> targets = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        boolean pilot = officeOf[i] == 0;
        LocalDate start = pilot ? PILOT_START : ROLLOUT_START;
        LocalDate election = start.plusDays(3 + r.nextInt(25));
        List<Source> list = sources.get(i);
        String name = list.size() == 1 ? list.get(0).name() : uniqueName(r, names);
        CommunityType type = list.get(0).type();
        List<MemberSpec> committee = new ArrayList<>(members.get(i));
        MemberSpec chair = committee.get(0); // a Party member exactly when they are to be secretary too
        committee.set(0, new MemberSpec(chair.age(), chair.education(), secretaries[i] == Secretary.CONCURRENT));
        List<MemberSpec> losers = new ArrayList<>();
        int losing = 1 + r.nextInt(2);
        for (int l = 0; l < losing; l++) {
          int age = Draws.between(r, 28, 60);
          losers.add(new MemberSpec(age, Invented.education(election.getYear() - age, r.nextInt(20)),
              r.nextInt(4) == 0));
        }
        targets.add(new Target(String.format("c%02d", i + 1), name, type, offices.get(officeOf[i]), pilot, election,
            List.copyOf(list), List.copyOf(committee), List.copyOf(losers), secretaries[i], 3 + r.nextInt(2),
            returned[i], unitReps[i], resources[i], participants[i], suggestions[i], solved[i]));
      }
      return new Plan(List.copyOf(offices), List.copyOf(targets));
    }

    /**
     * The sixth-term members, chair first in each committee: exactly {@link Calibration#POSTGRADUATE}
     * postgraduate, {@link Calibration#BACHELOR} bachelors and the rest of the {@link
     * Calibration#COLLEGE_OR_MORE} with college; ages summing to the total whose average is {@link
     * Calibration#AVERAGE_AGE}.
     */
    private static List<List<MemberSpec>> calibratedMembers(SplittableRandom r, int[] sizes) {
      int total = 0;
      for (int s : sizes) {
        total += s;
      }
      List<EducationLevel> educations = new ArrayList<>();
      educations.add(EducationLevel.MASTER);
      for (int i = 0; i < Calibration.BACHELOR; i++) {
        educations.add(EducationLevel.BACHELOR);
      }
      while (educations.size() < Calibration.COLLEGE_OR_MORE) {
        educations.add(EducationLevel.COLLEGE);
      }
      while (educations.size() < total) {
        educations.add(r.nextInt(6) == 0 ? EducationLevel.JUNIOR_SECONDARY : EducationLevel.SENIOR_SECONDARY);
      }
      Collections.shuffle(educations, new java.util.Random(r.nextLong()));
      int[] ages = ages(r, total, Calibration.AVERAGE_AGE, 24, 58);
      List<Integer> sizeList = new ArrayList<>();
      for (int size : sizes) {
        sizeList.add(size);
      }
      return committees(r, sizeList, ages, educations, false); // the plan sets each chair by its secretary
    }

    /** The fifth-term members, averaging {@link Calibration#PREVIOUS_AVERAGE_AGE} with 31.8% college or more. */
    private static List<List<MemberSpec>> calibratedPrevious(SplittableRandom r, List<Integer> sizes) {
      int total = sizes.stream().mapToInt(Integer::intValue).sum();
      // the college count whose share rounds to 31.8%; one more member until there is one
      int college = Calibration.PREVIOUS_COLLEGE_SHARE.multiply(BigDecimal.valueOf(total))
          .setScale(0, RoundingMode.HALF_UP).intValueExact();
      while (BigDecimal.valueOf(college).divide(BigDecimal.valueOf(total), 3, RoundingMode.HALF_UP)
          .compareTo(Calibration.PREVIOUS_COLLEGE_SHARE) != 0) {
        int i = r.nextInt(sizes.size());
        sizes.set(i, sizes.get(i) + 1);
        total++;
        college = Calibration.PREVIOUS_COLLEGE_SHARE.multiply(BigDecimal.valueOf(total))
            .setScale(0, RoundingMode.HALF_UP).intValueExact();
      }
      List<EducationLevel> educations = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        educations.add(i < college ? (r.nextInt(8) == 0 ? EducationLevel.BACHELOR : EducationLevel.COLLEGE)
            : r.nextInt(4) == 0 ? EducationLevel.JUNIOR_SECONDARY : EducationLevel.SENIOR_SECONDARY);
      }
      Collections.shuffle(educations, new java.util.Random(r.nextLong()));
      int[] ages = ages(r, total, Calibration.PREVIOUS_AVERAGE_AGE, 26, 60);
      return committees(r, sizes, ages, educations, true);
    }

    /**
     * The ages and educations dealt out, in order, to committees of {@code sizes}, chair first; the chair
     * a Party member if {@code chairIsMember}, each other member one time in three.
     */
    private static List<List<MemberSpec>> committees(SplittableRandom r, List<Integer> sizes, int[] ages,
        List<EducationLevel> educations, boolean chairIsMember) {
      List<List<MemberSpec>> committees = new ArrayList<>();
      int k = 0;
      for (int size : sizes) {
        List<MemberSpec> committee = new ArrayList<>();
        for (int i = 0; i < size; i++, k++) {
          committee.add(new MemberSpec(ages[k], educations.get(k), i == 0 ? chairIsMember : r.nextInt(3) == 0));
        }
        committees.add(committee);
      }
      return committees;
    }

    /** {@code count} ages from {@code low} to {@code high}, nudged one year at a time until their total gives {@code average}. */
    private static int[] ages(SplittableRandom r, int count, BigDecimal average, int low, int high) {
      int[] ages = new int[count];
      long sum = 0;
      for (int i = 0; i < count; i++) {
        ages[i] = (Draws.between(r, low, high) + Draws.between(r, low, high)) / 2;
        sum += ages[i];
      }
      long wanted = average.multiply(BigDecimal.valueOf(count)).setScale(0, RoundingMode.HALF_UP).longValueExact();
      while (sum != wanted) {
        int i = r.nextInt(count);
        int step = sum < wanted ? 1 : -1;
        if (ages[i] + step >= low && ages[i] + step <= high) {
          ages[i] += step;
          sum += step;
        }
      }
      return ages;
    }

    /** {@code total} shared over {@code n} by random weights, each at least {@code min}. */
    static int[] allocate(SplittableRandom r, int total, int n, int min) {
      int[] shares = new int[n];
      double[] weights = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        weights[i] = 0.5 + r.nextDouble();
        sum += weights[i];
      }
      int left = total - min * n;
      int given = 0;
      for (int i = 0; i < n; i++) {
        shares[i] = min + (int) Math.floor(left * weights[i] / sum);
        given += shares[i];
      }
      for (int i = 0; given < total; i = (i + 1) % n) {
        shares[i]++;
        given++;
      }
      return shares;
    }

    /** {@code total} shared over {@code n} in proportion to {@code caps}, never above a cap. */
    private static int[] allocateWithin(SplittableRandom r, int total, int[] caps) {
      int capSum = 0;
      for (int c : caps) {
        capSum += c;
      }
      int[] shares = new int[caps.length];
      int given = 0;
      for (int i = 0; i < caps.length; i++) {
        shares[i] = (int) Math.floor((double) total * caps[i] / capSum);
        given += shares[i];
      }
      int start = r.nextInt(caps.length);
      for (int i = start; given < total; i = (i + 1) % caps.length) {
        if (shares[i] < caps[i]) {
          shares[i]++;
          given++;
        }
      }
      return shares;
    }

    private static List<Integer> shuffled(SplittableRandom r, int n) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      Collections.shuffle(order, new java.util.Random(r.nextLong()));
      return order;
    }

    private static CommunityType type(SplittableRandom r) {
      int u = r.nextInt(10);
      return u < 5 ? CommunityType.GEOGRAPHIC : u < 8 ? CommunityType.BLOCK : CommunityType.WORK_UNIT;
    }

    private static String uniqueName(SplittableRandom r, Set<String> taken) {
      while (true) {
        String name = Invented.communityStem(r) + "社区";
        if (taken.add(name)) {
          return name;
        }
      }
    }
  }
}
