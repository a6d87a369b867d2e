package org.amodel.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.amodel.core.activity.CommunityActivity;
import org.amodel.core.election.CommitteeComposition;
import org.amodel.core.election.Election;
import org.amodel.core.election.ElectionCount;
import org.amodel.core.election.ElectionStatistics;
import org.amodel.core.election.ElectionSummary;
import org.amodel.core.election.ElectionThresholds;
import org.amodel.core.election.Ratio;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.District;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.model.StationPost;
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.core.parameters.Parameters;
import org.amodel.examples.report.SeedFigure.Verdict;
import org.amodel.rules.ruleset.RuleSet;

/**
 * The seed report's figures recomputed from a district's data, side by side with the seed's, and the
 * findings of a rule set on it per rule and per subdistrict. Computed through the library's public API
 * only: {@link ElectionCount}, {@link ElectionStatistics}, {@link ElectionSummary}, {@link
 * CommitteeComposition}, {@link CommunityActivity}, the model's records and {@link RuleSet#evaluate}.
 *
 * <pre>{@code
 * SeedDistrict seed = SeedDistrict.generate();
 * SeedReport report = SeedReport.of(seed.originals(), seed.mergeMap(), seed.district(), seed.elections(),
 *     RuleSetLoaders.standard().bundled("jinan-shizhong-2005"), SeedDistrict.AS_OF);
 * report.figures();   // one SeedFigure per figure of the seed
 * }</pre>
 */
public final class SeedReport {
  /** The day the seed's rollout began outside the pilot. */
  private static final LocalDate ROLLOUT = LocalDate.of(2005, 9, 1);

  private final LocalDate asOf;
  private final String ruleSetId;
  private final ImmutableList<SeedFigure> figures;
  private final ImmutableList<CommunityRow> communities;
  private final ImmutableList<SubdistrictOffice> subdistricts;
  private final ImmutableSortedMap<RuleId, ImmutableMap<String, Integer>> findings;
  private final ImmutableList<Integer> memberAges;
  private final ImmutableList<Integer> staffAges;
  private final ImmutableMap<String, ImmutableList<String>> mergeMap;
  private final ImmutableMap<String, String> names;
  private final Ratio turnout;

  private SeedReport(Builder b) {
    this.asOf = b.asOf;
    this.ruleSetId = b.ruleSetId;
    this.figures = ImmutableList.copyOf(b.figures);
    this.communities = ImmutableList.copyOf(b.rows);
    this.subdistricts = ImmutableList.copyOf(b.subdistricts);
    ImmutableSortedMap.Builder<RuleId, ImmutableMap<String, Integer>> f = ImmutableSortedMap.naturalOrder();
    b.findings.forEach((rule, bySub) -> f.put(rule, ImmutableMap.copyOf(bySub)));
    this.findings = f.build();
    this.memberAges = ImmutableList.copyOf(b.memberAges);
    this.staffAges = ImmutableList.copyOf(b.staffAges);
    this.mergeMap = b.mergeMap;
    this.names = ImmutableMap.copyOf(b.names);
    this.turnout = b.turnout;
  }

  /**
   * Returns the report on {@code after}, the district as of {@code asOf}, made by merging the
   * communities {@code before} as {@code mergeMap} says (for each community of {@code after}, the ids
   * of the communities of {@code before} it came from), whose committees {@code elections} chose,
   * with the findings of {@code ruleSet}.
   *
   * @throws IllegalArgumentException if the merge map does not name every community of {@code after},
   *     a community has no election, or there are no communities
   */
  public static SeedReport of(List<Community> before, Map<String, ? extends List<String>> mergeMap, District after,
      List<Election> elections, RuleSet ruleSet, LocalDate asOf) {
    requireNonNull(before, "before");
    requireNonNull(mergeMap, "mergeMap");
    requireNonNull(after, "after");
    requireNonNull(elections, "elections");
    requireNonNull(ruleSet, "ruleSet");
    requireNonNull(asOf, "asOf");
    checkArgument(!after.communities().isEmpty(), "district %s has no communities", after.id());
    Set<String> ids = after.communities().stream().map(Community::id).collect(Collectors.toSet());
    checkArgument(mergeMap.keySet().equals(ids), "the merge map names %s; the district's communities are %s",
        mergeMap.keySet(), ids);
    return new Builder(before, mergeMap, after, elections, ruleSet, asOf).build();
  }

  /** Returns the date the report is as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Returns the id of the rule set whose findings the report gives. */
  public String ruleSetId() {
    return ruleSetId;
  }

  /** Returns every figure, in the seed's order. */
  public ImmutableList<SeedFigure> figures() {
    return figures;
  }

  /** Returns the district's turnout: ballots returned over the registered electorate, all elections together. */
  public Ratio turnout() {
    return turnout;
  }

  /** Returns the figure {@code id}. */
  public SeedFigure figure(String id) {
    return figures.stream().filter(f -> f.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no figure " + id + "; the figures are "
            + figures.stream().map(SeedFigure::id).toList()));
  }

  /** Returns a row per community: its subdistrict, election and findings. */
  public ImmutableList<CommunityRow> communities() {
    return communities;
  }

  /** Returns the subdistrict offices, in the district's order. */
  public ImmutableList<SubdistrictOffice> subdistricts() {
    return subdistricts;
  }

  /** Returns, for each rule with findings, their count per subdistrict office id (zero counts left out). */
  public ImmutableSortedMap<RuleId, ImmutableMap<String, Integer>> findingsByRule() {
    return findings;
  }

  /** Returns the count of findings of {@code rule}, over all subdistricts. */
  public int findings(RuleId rule) {
    return findings.getOrDefault(rule, ImmutableMap.of()).values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Returns each committee member's age in full years when their term began. */
  public ImmutableList<Integer> memberAges() {
    return memberAges;
  }

  /** Returns each station member's age in full years when their appointment began. */
  public ImmutableList<Integer> staffAges() {
    return staffAges;
  }

  /** Returns the merge map: each community's sources, for those made of more than one. */
  public ImmutableMap<String, ImmutableList<String>> merges() {
    return mergeMap;
  }

  /** Returns the name of a community before or after the adjustment, by id. */
  public String name(String communityId) {
    return names.getOrDefault(communityId, communityId);
  }

  /**
   * One community of the report.
   *
   * @param turnout ballots returned over households registered in the first vote of its election
   */
  public record CommunityRow(String id, String name, String subdistrictId, int households, Ratio turnout,
      LocalDate electionDate, int findings) {}

  // ------------------------------------------------------------------------------------------ computing

  private static final class Builder {
    final LocalDate asOf;
    final String ruleSetId;
    final List<SeedFigure> figures = new ArrayList<>();
    final List<CommunityRow> rows = new ArrayList<>();
    final List<SubdistrictOffice> subdistricts;
    final Map<RuleId, Map<String, Integer>> findings = new TreeMap<>();
    final List<Integer> memberAges = new ArrayList<>();
    final List<Integer> staffAges = new ArrayList<>();
    final ImmutableMap<String, ImmutableList<String>> mergeMap;
    final Map<String, String> names = new HashMap<>();
    final Map<String, Election> electionOf = new HashMap<>();
    Ratio turnout;
    private final List<Community> before;
    private final District after;
    private final List<Election> elections;
    private final RuleSet ruleSet;

    Builder(List<Community> before, Map<String, ? extends List<String>> mergeMap, District after,
        List<Election> elections, RuleSet ruleSet, LocalDate asOf) {
      this.before = before;
      this.after = after;
      this.elections = elections;
      this.ruleSet = ruleSet;
      this.asOf = asOf;
      this.ruleSetId = ruleSet.id();
      this.subdistricts = after.subdistrictOffices();
      ImmutableMap.Builder<String, ImmutableList<String>> merges = ImmutableMap.builder();
      after.communities().forEach(c -> {
        List<String> sources = mergeMap.get(c.id());
        if (sources.size() > 1) {
          merges.put(c.id(), ImmutableList.copyOf(sources));
        }
      });
      this.mergeMap = merges.buildOrThrow();
      before.forEach(c -> names.put(c.id(), c.name()));
      after.communities().forEach(c -> names.put(c.id(), c.name()));
    }

    SeedReport build() {
      for (Election e : elections) {
        Election known = electionOf.putIfAbsent(e.communityId(), e);
        checkArgument(known == null, "two elections of community %s: %s and %s", e.communityId(), known == null ? ""
            : known.id(), e.id());
      }
      ElectionThresholds thresholds = ElectionThresholds.find(ruleSet.parameters(), asOf)
          .orElse(ElectionThresholds.JINAN_SHIZHONG_2005);
      List<ElectionStatistics> statistics = new ArrayList<>();
      for (Community c : after.communities()) {
        Election e = electionOf.get(c.id());
        checkArgument(e != null, "community %s has no election", c.id());
        ElectionStatistics s = ElectionStatistics.of(ElectionCount.of(e.asKnownOn(asOf), thresholds));
        statistics.add(s);
        List<Finding> found = new ArrayList<>(ruleSet.evaluate(c, asOf).findings());
        found.addAll(ruleSet.evaluate(e, asOf).findings());
        for (Finding f : found) {
          findings.computeIfAbsent(f.ruleId(), k -> new LinkedHashMap<>())
              .merge(c.subdistrictOffice().id(), 1, Integer::sum);
        }
        rows.add(new CommunityRow(c.id(), c.name(), c.subdistrictOffice().id(), c.households().size(), s.turnout(),
            e.date(), found.size()));
        ages(c);
      }
      scale();
      rollout();
      elections(ElectionSummary.of(statistics));
      composition();
      secretaries();
      stations();
      representatives();
      activity();
      return new SeedReport(this);
    }

    private void ages(Community c) {
      Map<String, Person> people = c.peopleById();
      for (ResidentsCommittee rc : c.residentsCommittees()) {
        rc.seats().forEach(s -> memberAges.add(people.get(s.personId()).ageOn(rc.term().start())));
      }
      for (ServiceStation s : c.serviceStations()) {
        for (StationAppointment a : s.appointments()) {
          staffAges.add(people.get(a.personId()).ageOn(a.term().start()));
        }
      }
    }

    // ---------------------------------------------------------------------------- §二(一) the scale adjustment

    private void scale() {
      add(figure("communities", "社区数(调整前→调整后)", "communities (before → after)", "84 → 66",
          before.size() + " → " + after.communities().size(),
          before.size() == 84 && after.communities().size() == 66,
          mergeMap.size() + "次合并", mergeMap.size() + " merges"));
      Map<CommunityType, Long> types = new EnumMap<>(CommunityType.class);
      before.forEach(c -> types.merge(c.type(), 1L, Long::sum));
      add(figure("community-types", "社区类型(调整前)", "community types (before)",
          "单元型、地缘型、单位型 (three types)",
          types.entrySet().stream().map(e -> e.getKey().nameZh() + " " + e.getValue()).collect(Collectors.joining("、")),
          types.size() == CommunityType.values().length, "",
          types.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().nameEn()).collect(Collectors.joining(", "))));
      long householdsBefore = before.stream().mapToLong(c -> c.households().size()).sum();
      long householdsAfter = after.communities().stream().mapToLong(c -> c.households().size()).sum();
      long residentsBefore = before.stream().mapToLong(SeedReport::residents).sum();
      long residentsAfter = after.communities().stream().mapToLong(SeedReport::residents).sum();
      add(figure("households-kept", "户数、居民数(调整前→调整后)", "households, residents (before → after)",
          "全部保留 (all kept)",
          String.format(Locale.ROOT, "%,d → %,d; %,d → %,d", householdsBefore, householdsAfter, residentsBefore,
              residentsAfter),
          householdsBefore == householdsAfter && residentsBefore == residentsAfter,
          "合并不丢失、不重复任何一户、任何一人", "no household or resident lost or duplicated by the merges"));
    }

    // ---------------------------------------------------------------------------- §一 the pilot and the rollout

    private void rollout() {
      List<Community> pilots = after.communities().stream()
          .filter(c -> electionOf.get(c.id()).date().isBefore(ROLLOUT)).toList();
      Set<String> pilotOffices = pilots.stream().map(c -> c.subdistrictOffice().name()).collect(Collectors.toSet());
      LocalDate firstPilot = pilots.stream().map(c -> electionOf.get(c.id()).date()).min(LocalDate::compareTo)
          .orElse(null);
      add(figure("pilot", "试点(2005年5月起)", "pilot (from May 2005)", "杆石桥8个社区 (8, Ganshiqiao)",
          pilots.size() + " " + String.join("、", new java.util.TreeSet<>(pilotOffices)).replace("街道办事处", "")
              + (firstPilot == null ? "" : ", " + firstPilot),
          pilots.size() == 8 && pilotOffices.equals(Set.of("杆石桥街道办事处")) && firstPilot != null
              && firstPilot.getMonthValue() == 5,
          "9月1日前选举的社区", "communities that elected before 1 September"));
      LocalDate lastStep = LocalDate.MIN;
      for (Community c : after.communities()) {
        for (PartyOrganisation p : c.partyOrganisations()) {
          lastStep = max(lastStep, p.secretary().since());
        }
        for (ServiceStation s : c.serviceStations()) {
          for (StationAppointment a : s.appointments()) {
            lastStep = max(lastStep, a.term().start());
          }
        }
        for (ResidentsCommittee rc : c.residentsCommittees()) {
          lastStep = max(lastStep, rc.term().start());
        }
      }
      LocalDate rest = after.communities().stream().map(c -> electionOf.get(c.id()).date())
          .filter(d -> !d.isBefore(ROLLOUT)).min(LocalDate::compareTo).orElse(null);
      add(figure("rollout", "全区铺开、完成", "rollout begun, completed",
          "9月起, 11月底完成 (Sep … Nov 30)",
          (rest == null ? "-" : rest.toString()) + " … " + lastStep,
          rest != null && rest.getMonthValue() == 9 && !lastStep.isAfter(LocalDate.of(2005, 11, 30)),
          "最早的铺开选举 … 最后一项任命(书记、站员、委员会任期开始)",
          "first rollout election … last appointment (secretary, station, committee term)"));
    }

    // ---------------------------------------------------------------------------- §二(二) the elections

    private void elections(ElectionSummary summary) {
      turnout = summary.turnout();
      add(figure("direct-rate", "直选率", "direct-election rate", "100%", summary.directRate().percent(1),
          summary.directRate().value(3).compareTo(BigDecimal.ONE) == 0,
          "户代表投票的选举所占比例", "share of elections voted by household representatives"));
      add(figure("success-rate", "成功率", "success rate", "100%", summary.successRate().percent(1),
          summary.successRate().value(3).compareTo(BigDecimal.ONE) == 0,
          "选满全部席位的选举所占比例", "share of elections that filled every seat"));
      Ratio competitive = Ratio.of(summary.competitive(), summary.elections());
      add(figure("competitive-rate", "差额选举", "competitive elections", "实行差额选举 (all)",
          competitive.percent(1), competitive.value(3).compareTo(BigDecimal.ONE) == 0,
          "候选人多于席位的选举所占比例", "share of elections with more candidates than seats"));
      add(figure("voters", "到现场投票的选民", "voters at the polls", "7万余 (70,000+)",
          String.format(Locale.ROOT, "%,d", summary.returned()), moreThan(summary.returned(), 70_000, 10_000),
          "首轮投票收回的选票", "ballots returned in the first vote"));
      add(figure("turnout", "参选率", "turnout", "88%", summary.turnout().percent(1),
          summary.turnout().value(2).compareTo(new BigDecimal("0.88")) == 0,
          String.format(Locale.ROOT, "%,d / %,d 登记户代表", summary.returned(), summary.registered()),
          String.format(Locale.ROOT, "%,d of %,d registered household representatives", summary.returned(),
              summary.registered())));
    }

    private void composition() {
      CommitteeComposition now = CommitteeComposition.of(after.communities());
      CommitteeComposition previous = CommitteeComposition.of(before);
      add(figure("average-age", "居委会成员平均年龄", "committee members' average age", "38.5",
          now.averageAge().toPlainString(), now.averageAge().compareTo(new BigDecimal("38.5")) == 0,
          "任期开始时的周岁", "full years when the term began"));
      BigDecimal ageChange = now.averageAgeChange(previous);
      add(figure("average-age-change", "平均年龄比上一届", "average age against the previous term", "-0.5",
          ageChange.toPlainString(), ageChange.compareTo(new BigDecimal("-0.5")) == 0,
          "上一届 " + previous.averageAge(), "previous term " + previous.averageAge()));
      int college = now.atLeast(EducationLevel.COLLEGE);
      add(figure("college", "大专以上文化程度", "college education or more", "110", String.valueOf(college),
          college == 110, "", ""));
      Ratio share = now.shareAtLeast(EducationLevel.COLLEGE);
      add(figure("college-share", "大专以上所占比例", "share with college or more", "38.1%", share.percent(1),
          share.value(3).compareTo(new BigDecimal("0.381")) == 0,
          college + " / " + now.members() + " 名成员", college + " of " + now.members() + " members"));
      BigDecimal points = now.sharePointsChange(previous, EducationLevel.COLLEGE);
      add(figure("college-share-change", "比上一届提高(百分点)", "rise against the previous term (points)", "6.3",
          points.toPlainString(), points.compareTo(new BigDecimal("6.3")) == 0,
          "上一届 " + previous.shareAtLeast(EducationLevel.COLLEGE).percent(1),
          "previous term " + previous.shareAtLeast(EducationLevel.COLLEGE).percent(1)));
      int postgraduate = now.byEducation().getOrDefault(EducationLevel.MASTER, 0)
          + now.byEducation().getOrDefault(EducationLevel.DOCTORATE, 0);
      add(figure("postgraduate", "研究生学历", "postgraduates", "1", String.valueOf(postgraduate), postgraduate == 1,
          "", ""));
      int bachelor = now.byEducation().getOrDefault(EducationLevel.BACHELOR, 0);
      add(figure("bachelor", "本科学历", "bachelor's degrees", "22", String.valueOf(bachelor), bachelor == 22, "", ""));
      // the tension: 110 being 38.1% means 289 members, 4.4 a committee, against the law's 5-9
      int committees = (int) after.communities().stream().mapToLong(c -> c.residentsCommittees().size()).sum();
      BigDecimal perCommittee = BigDecimal.valueOf(now.members())
          .divide(BigDecimal.valueOf(Math.max(1, committees)), 1, RoundingMode.HALF_UP);
      int min = ruleSet.parameters().find(Parameters.COMMITTEE_SIZE_MIN, asOf).orElse(5);
      int max = ruleSet.parameters().find(Parameters.COMMITTEE_SIZE_MAX, asOf).orElse(9);
      int breaches = count(RuleId.COMMITTEE_SIZE);
      add(new SeedFigure("members-per-committee", "每届居委会成员数", "members per committee",
          "110 ÷ 38.1% ≈ 289",
          now.members() + " / " + committees + " = " + perCommittee,
          tension(perCommittee.compareTo(BigDecimal.valueOf(min)) < 0 && breaches > 0),
          "规则集要求" + min + "至" + max + "人;COMMITTEE_SIZE 对 " + breaches + " 个社区报告",
          "the rule set asks " + min + "–" + max + "; COMMITTEE_SIZE reports " + breaches + " communities"));
      int householdsMax = ruleSet.parameters().find(Parameters.HOUSEHOLDS_MAX, asOf).orElse(700);
      long households = after.communities().stream().mapToLong(c -> c.households().size()).sum();
      long perCommunity = Math.round((double) households / after.communities().size());
      int warnings = count(RuleId.COMMUNITY_HOUSEHOLDS);
      add(new SeedFigure("households-per-community", "每个社区户数", "households per community",
          "7万余 ÷ 88% ≈ 8万户 (80,000)",
          String.format(Locale.ROOT, "%,d / %d ≈ %,d", households, after.communities().size(), perCommunity),
          tension(perCommunity > householdsMax && warnings > 0),
          "规则集:一般" + householdsMax + "户以下;COMMUNITY_HOUSEHOLDS 对 " + warnings + " 个社区提示",
          "the rule set says generally up to " + householdsMax + "; COMMUNITY_HOUSEHOLDS warns on " + warnings
              + " communities"));
    }

    // ---------------------------------------------------------------------------- §二(三) the secretaries

    private void secretaries() {
      int seconded = 0;
      int secretaries = 0;
      int fullTime = 0;
      int qualifyingChairs = 0;
      int concurrent = 0;
      for (Community c : after.communities()) {
        Set<String> residents = c.households().stream().flatMap(h -> h.memberIds().stream())
            .collect(Collectors.toSet());
        Set<String> passed = c.assessments().stream().filter(a -> a.outcome() == AssessmentOutcome.PASSED)
            .map(Assessment::personId).collect(Collectors.toSet());
        Map<String, Person> people = c.peopleById();
        Set<String> chairs = new HashSet<>();
        for (ResidentsCommittee rc : c.residentsCommittees()) {
          rc.chair().map(CommitteeSeat::personId).ifPresent(chairs::add);
        }
        for (String chair : chairs) {
          boolean fullMember = people.get(chair).partyMembership().flatMap(m -> m.fullMemberSince())
              .filter(d -> !d.isAfter(asOf)).isPresent();
          qualifyingChairs += fullMember && passed.contains(chair) ? 1 : 0;
        }
        for (PartyOrganisation p : c.partyOrganisations()) {
          String id = p.secretary().personId();
          Person secretary = people.get(id);
          LocalDate since = p.secretary().since();
          boolean fromOutside = !residents.contains(id) && !secretary.outsidePosts().isEmpty()
              && secretary.outsidePosts().stream().noneMatch(o -> o.heldOn(since));
          secretaries++;
          seconded += fromOutside ? 1 : 0;
          fullTime += secretary.outsidePosts().stream().noneMatch(o -> o.heldOn(asOf)) ? 1 : 0;
          concurrent += chairs.contains(id) ? 1 : 0;
        }
      }
      add(figure("full-time-secretaries", "专职党总支书记", "full-time Party secretaries", "全部专职 (all)",
          fullTime + " / " + secretaries, fullTime == secretaries && secretaries > 0,
          "截至 " + asOf + " 不在外单位任职的书记", "secretaries holding no outside post on " + asOf));
      add(figure("concurrent-posts", "书记、主任一肩挑", "chairs who are secretary too",
          "符合条件的主任兼任 (every qualifying chair)", concurrent + " / " + qualifyingChairs,
          concurrent == qualifyingChairs && qualifyingChairs > 0,
          "正式党员且经党工委考察合格的主任中兼任书记的", "of the chairs who are full Party members and passed the"
              + " working committee's assessment, those who are secretary"));
      add(figure("seconded-secretaries", "机关选派的党总支书记", "secretaries seconded by government", "18",
          String.valueOf(seconded), seconded == 18,
          "不住在本社区、到任前已离开原单位职务的书记", "secretaries living elsewhere whose outside post ended before"
              + " they took office"));
    }

    // ---------------------------------------------------------------------------- §二(四) the stations

    private void stations() {
      List<Integer> sizes = after.communities().stream().flatMap(c -> c.serviceStations().stream())
          .map(ServiceStation::size).toList();
      int min = sizes.stream().mapToInt(Integer::intValue).min().orElse(0);
      int max = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
      long withStation = after.communities().stream().filter(c -> !c.serviceStations().isEmpty()).count();
      add(figure("station-size", "社区服务站人数", "service station size", "3-4",
          min + "-" + max, min == 3 && max == 4 && withStation == after.communities().size(),
          withStation + " 个社区设站", withStation + " communities have a station"));
      Map<StationPost, int[]> posts = new EnumMap<>(StationPost.class);
      for (StationPost post : StationPost.values()) {
        posts.put(post, new int[] {Integer.MAX_VALUE, 0});
      }
      int oldest = 0;
      EducationLevel lowest = EducationLevel.DOCTORATE;
      int stations = 0;
      int endingWithCommittee = 0;
      for (Community c : after.communities()) {
        Map<String, Person> people = c.peopleById();
        Set<LocalDate> committeeEnds = c.residentsCommittees().stream().map(rc -> rc.term().end())
            .collect(Collectors.toSet());
        for (ServiceStation s : c.serviceStations()) {
          stations++;
          for (StationPost post : StationPost.values()) {
            int n = s.appointments(post).size();
            posts.get(post)[0] = Math.min(posts.get(post)[0], n);
            posts.get(post)[1] = Math.max(posts.get(post)[1], n);
          }
          boolean allEndWithCommittee = !s.appointments().isEmpty();
          for (StationAppointment a : s.appointments()) {
            Person p = people.get(a.personId());
            LocalDate reference = a.recruitmentId().flatMap(c::recruitment).map(Recruitment::referenceDate)
                .orElse(a.term().start());
            oldest = Math.max(oldest, p.ageOn(reference));
            lowest = p.education().compareTo(lowest) < 0 ? p.education() : lowest;
            allEndWithCommittee &= committeeEnds.contains(a.term().end());
          }
          endingWithCommittee += allEndWithCommittee ? 1 : 0;
        }
      }
      String range = range(posts.get(StationPost.HEAD)) + " / " + range(posts.get(StationPost.DEPUTY_HEAD)) + " / "
          + range(posts.get(StationPost.STAFF));
      add(figure("station-posts", "站长、副站长、工作人员", "heads, deputy heads, staff", "1 / 1 / 1-2", range,
          range.equals("1 / 1 / 1-2"), "每站人数的最小-最大", "fewest-most in a station"));
      add(figure("recruit-requirements", "服务站人员年龄、学历", "station staff's age and education",
          "40岁以下、大专以上 (≤ 40, college+)", oldest + "; " + lowest.nameZh() + " " + lowest.nameEn(),
          oldest <= 40 && lowest.isAtLeast(EducationLevel.COLLEGE),
          "招聘基准日的最大年龄;最低学历", "the oldest on the recruitment's reference date; the lowest education"));
      add(figure("appointment-term", "聘期与居委会任期相同", "appointments end with the committee's term",
          "聘期三年,与居委会任期相同 (the committee's term)", endingWithCommittee + " / " + stations,
          endingWithCommittee == stations && stations > 0, "聘任至居委会任期结束的服务站",
          "stations whose every appointment ends when the committee's term does"));
    }

    private static String range(int[] minMax) {
      return minMax[0] == minMax[1] ? String.valueOf(minMax[0]) : minMax[0] + "-" + minMax[1];
    }

    // ---------------------------------------------------------------------------- §三(三) participation

    private void representatives() {
      long units = after.communities().stream().flatMap(c -> c.assemblies().stream())
          .mapToLong(a -> a.count(RepresentativeCategory.UNIT)).sum();
      long all = after.communities().stream().flatMap(c -> c.assemblies().stream())
          .mapToLong(a -> a.representatives().size()).sum();
      add(figure("unit-representatives", "驻社区单位代表(成员代表)", "unit representatives",
          "359", String.valueOf(units), units == 359, "代表共 " + all + " 名", all + " representatives in all"));
    }

    private void activity() {
      CommunityActivity activity = CommunityActivity.of(after.communities(), asOf);
      add(figure("forum-participants", "参加社区论坛、对话、恳谈会的人次", "forum, dialogue and talk participants",
          "3万余 (30,000+)", String.format(Locale.ROOT, "%,d", activity.participants()),
          moreThan(activity.participants(), 30_000, 10_000),
          activity.forumsHeld() + " 场,每场参加人数相加", activity.forumsHeld() + " forums, attendances summed"));
      add(figure("suggestions", "合理化建议", "suggestions raised", "1000余 (1,000+)",
          String.format(Locale.ROOT, "%,d", activity.suggestionsRaised()),
          moreThan(activity.suggestionsRaised(), 1_000, 1_000), "", ""));
      add(figure("problems-solved", "解决实际问题", "problems solved", "800余 (800+)",
          String.format(Locale.ROOT, "%,d", activity.problemsSolved()), moreThan(activity.problemsSolved(), 800, 100),
          "截至 " + asOf + " 已解决的建议", "suggestions solved by " + asOf));
      add(figure("unit-resources", "向社区开放的单位资源", "unit resources opened to the community", "300余 (300+)",
          String.format(Locale.ROOT, "%,d", activity.unitResourcesOpen()),
          moreThan(activity.unitResourcesOpen(), 300, 100), "", ""));
    }

    private int count(RuleId rule) {
      return findings.getOrDefault(rule, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    private void add(SeedFigure figure) {
      figures.add(figure);
    }
  }

  private static SeedFigure figure(String id, String labelZh, String labelEn, String seed, String computed,
      boolean matches, String noteZh, String noteEn) {
    return new SeedFigure(id, labelZh, labelEn, seed, computed, Verdict.of(matches), noteZh, noteEn);
  }

  private static Verdict tension(boolean shown) {
    return shown ? Verdict.TENSION : Verdict.DIFFERS;
  }

  /** True if {@code value} is "floor余" in the seed's sense: at least {@code floor}, below the next {@code unit}. */
  static boolean moreThan(long value, long floor, long unit) {
    return value >= floor && value < floor + unit;
  }

  private static long residents(Community c) {
    return c.households().stream().mapToLong(h -> h.memberIds().size()).sum();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
