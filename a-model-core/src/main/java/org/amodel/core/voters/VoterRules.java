package org.amodel.core.voters;

import org.amodel.core.model.ElectorateKind;
import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Set;
import org.amodel.core.model.RepresentativeCategory;

/**
 * A district's choices about who is on a community's voter roll and how they vote.
 *
 * <p>A registered resident (a member of one of the community's households) who is at least {@link
 * #minimumAge()} in full years and not deprived of political rights is always eligible: that is the
 * statutory condition (居民委员会组织法 第八条). When {@link #relaxed()} is on, the district also admits
 * people who have lived or worked in the community for at least {@link #minimumTieYears()} full
 * years up to the as-of date, and people who sit in the community's representative assembly for one
 * of the {@link #admittedCategories()} (the seed admits unit representatives and the community
 * police officer). When it is off, ties and categories admit nobody.
 *
 * <pre>{@code
 * VoterRules statutory = VoterRules.JINAN_SHIZHONG_2005.withRelaxed(false);
 * }</pre>
 *
 * @param minimumAge the age in full years (周岁) a voter has reached on the as-of date; 以上 includes it
 * @param relaxed whether the district relaxes registration beyond the statutory condition (放宽选民登记条件)
 * @param minimumTieYears the full years a person has lived or worked in the community, up to and
 *     including the as-of date, to be admitted under the relaxation; "一年以上" is 1, and includes it
 * @param admittedCategories the assembly categories admitted under the relaxation
 * @param electorate who casts the votes
 * @param basis the documents the choices come from
 */
public record VoterRules(
    int minimumAge,
    boolean relaxed,
    int minimumTieYears,
    ImmutableSet<RepresentativeCategory> admittedCategories,
    ElectorateKind electorate,
    String basis) {

  /**
   * The seed district's rules: 18 and over; registration relaxed to people who lived or worked in the
   * community one year or more, unit representatives and the community police officer; one vote per
   * household, cast by its representative.
   */
  public static final VoterRules JINAN_SHIZHONG_2005 = new VoterRules(18, true, 1,
      Sets.immutableEnumSet(RepresentativeCategory.UNIT, RepresentativeCategory.COMMUNITY_POLICE_OFFICER),
      ElectorateKind.HOUSEHOLD_REPRESENTATIVES,
      "居民委员会组织法(1989) 第八条: 年满十八周岁的本居住地区居民……都有选举权和被选举权;但是,依照法律被剥夺政治权利的人除外;"
          + " seed §二(二): 即由户代表投票,实行差额选举;"
          + " seed §三(二)2: 在法律规定的选民登记资格条件基础上,我们适当放宽选民登记条件,"
          + "把在本社区居住或工作一年以上的社区居民、驻社区单位代表、驻社区的责任区民警均列入了登记范围");

  public VoterRules {
    checkArgument(minimumAge >= 0, "minimumAge must not be negative, got %s", minimumAge);
    checkArgument(minimumTieYears >= 0, "minimumTieYears must not be negative, got %s", minimumTieYears);
    requireNonNull(admittedCategories, "admittedCategories");
    admittedCategories = Sets.immutableEnumSet(admittedCategories);
    requireNonNull(electorate, "electorate");
    requireNonNull(basis, "basis");
    checkArgument(!basis.isBlank(), "basis must not be blank");
  }

  /** Returns true if the relaxation is on and admits people sitting for {@code category}. */
  public boolean admits(RepresentativeCategory category) {
    return relaxed && admittedCategories.contains(category);
  }

  public VoterRules withMinimumAge(int years) {
    return new VoterRules(years, relaxed, minimumTieYears, admittedCategories, electorate, basis);
  }

  public VoterRules withRelaxed(boolean on) {
    return new VoterRules(minimumAge, on, minimumTieYears, admittedCategories, electorate, basis);
  }

  public VoterRules withMinimumTieYears(int years) {
    return new VoterRules(minimumAge, relaxed, years, admittedCategories, electorate, basis);
  }

  public VoterRules withAdmittedCategories(Set<RepresentativeCategory> categories) {
    return new VoterRules(minimumAge, relaxed, minimumTieYears, Sets.immutableEnumSet(categories), electorate, basis);
  }

  public VoterRules withElectorate(ElectorateKind kind) {
    return new VoterRules(minimumAge, relaxed, minimumTieYears, admittedCategories, kind, basis);
  }

  public VoterRules withBasis(String text) {
    return new VoterRules(minimumAge, relaxed, minimumTieYears, admittedCategories, electorate, text);
  }
}
