package org.amodel.core.voters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.ParameterKey;
import org.amodel.core.parameters.Parameters;

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
   * The seed district's rules, as {@link Parameters#jinanShizhong2005()} gives them on the day of the
   * reform: 18 and over; registration relaxed to people who lived or worked in the community one year
   * or more, unit representatives and the community police officer; one vote per household, cast by
   * its representative.
   */
  public static final VoterRules JINAN_SHIZHONG_2005 = from(Parameters.jinanShizhong2005(), Parameters.SEED_REFORM);

  /**
   * Returns the rules in force on {@code date} in {@code parameters}: {@code voters.age.min},
   * {@code voters.relaxed} and {@code election.electorate} always, and {@code voters.tie.yearsMin} and
   * {@code voters.admittedCategories} when the relaxation is on (off, they admit nobody); the basis
   * joins the sources of the values read. Empty if any of those is not in force then.
   */
  public static Optional<VoterRules> find(DistrictParameters parameters, LocalDate date) {
    requireNonNull(parameters, "parameters");
    requireNonNull(date, "date");
    if (!missing(parameters, date).isEmpty()) {
      return Optional.empty();
    }
    boolean relaxed = parameters.valueOn(Parameters.VOTERS_RELAXED, date);
    Set<String> sources = new LinkedHashSet<>();
    for (ParameterKey<?> key : needed(relaxed)) {
      sources.add(parameters.findValue(key, date).orElseThrow().source());
    }
    return Optional.of(new VoterRules(
        parameters.valueOn(Parameters.VOTERS_AGE_MIN, date),
        relaxed,
        relaxed ? parameters.valueOn(Parameters.VOTERS_TIE_YEARS_MIN, date) : 0,
        relaxed ? parameters.valueOn(Parameters.VOTERS_ADMITTED_CATEGORIES, date).categories() : ImmutableSet.of(),
        parameters.valueOn(Parameters.ELECTION_ELECTORATE, date),
        String.join("; ", sources)));
  }

  /**
   * Returns the rules in force on {@code date} in {@code parameters}.
   *
   * @throws IllegalArgumentException naming the district, the date and the parameters not in force then
   */
  public static VoterRules from(DistrictParameters parameters, LocalDate date) {
    return find(parameters, date).orElseThrow(() -> new IllegalArgumentException("district "
        + parameters.districtId() + " has no voter rules on " + date + ": not in force then: "
        + missing(parameters, date)));
  }

  private static List<ParameterKey<?>> needed(boolean relaxed) {
    return relaxed
        ? List.of(Parameters.VOTERS_AGE_MIN, Parameters.VOTERS_RELAXED, Parameters.ELECTION_ELECTORATE,
            Parameters.VOTERS_TIE_YEARS_MIN, Parameters.VOTERS_ADMITTED_CATEGORIES)
        : List.of(Parameters.VOTERS_AGE_MIN, Parameters.VOTERS_RELAXED, Parameters.ELECTION_ELECTORATE);
  }

  private static List<String> missing(DistrictParameters parameters, LocalDate date) {
    boolean relaxed = parameters.find(Parameters.VOTERS_RELAXED, date).orElse(false);
    return needed(relaxed).stream().filter(k -> parameters.find(k, date).isEmpty()).map(ParameterKey::name).toList();
  }

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
