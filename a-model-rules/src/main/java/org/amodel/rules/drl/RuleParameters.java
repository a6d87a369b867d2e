package org.amodel.rules.drl;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.model.RecruitmentMethod;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.ParameterKey;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.parameters.RepresentativeCategories;
import org.amodel.core.parameters.Share;

/**
 * The global {@code params} of a rule file: the rule set's parameter values, read by name as of the
 * evaluation's date or as of any other date. A value the rule set does not set reads as {@code null}
 * ({@code false} for flags), so rules guard with {@link #has}.
 */
public final class RuleParameters {
  private final DistrictParameters parameters;
  private final LocalDate asOf;

  public RuleParameters(DistrictParameters parameters, LocalDate asOf) {
    this.parameters = requireNonNull(parameters, "parameters");
    this.asOf = requireNonNull(asOf, "asOf");
  }

  /** Returns the date the evaluation is made as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Returns true if the parameter {@code name} has a value in force on the as-of date. */
  public boolean has(String name) {
    return hasOn(name, asOf);
  }

  /** Returns true if the parameter {@code name} has a value in force on {@code date}. */
  public boolean hasOn(String name, LocalDate date) {
    return parameters.find(key(name), date).isPresent();
  }

  /** Returns the whole-number parameter {@code name} in force on the as-of date, or null. */
  public Integer integer(String name) {
    return integerOn(name, asOf);
  }

  /** Returns the whole-number parameter {@code name} in force on {@code date}, or null. */
  public Integer integerOn(String name, LocalDate date) {
    return value(name, Integer.class, date).orElse(null);
  }

  /** Returns the yes/no parameter {@code name} in force on the as-of date; false if not set. */
  public boolean flag(String name) {
    return flagOn(name, asOf);
  }

  /** Returns the yes/no parameter {@code name} in force on {@code date}; false if not set. */
  public boolean flagOn(String name, LocalDate date) {
    return value(name, Boolean.class, date).orElse(false);
  }

  /** Returns the education parameter {@code name} in force on {@code date}, or null. */
  public EducationLevel educationOn(String name, LocalDate date) {
    return value(name, EducationLevel.class, date).orElse(null);
  }

  /** Returns the recruitment-method parameter {@code name} in force on {@code date}, or null. */
  public RecruitmentMethod methodOn(String name, LocalDate date) {
    return value(name, RecruitmentMethod.class, date).orElse(null);
  }

  /** Returns the electorate parameter {@code name} in force on {@code date}, or null. */
  public ElectorateKind electorateOn(String name, LocalDate date) {
    return value(name, ElectorateKind.class, date).orElse(null);
  }

  /** Returns the share parameter {@code name} in force on {@code date}, or null. */
  public Share shareOn(String name, LocalDate date) {
    return value(name, Share.class, date).orElse(null);
  }

  /** Returns the categories parameter {@code name} in force on {@code date}, or null. */
  public RepresentativeCategories categoriesOn(String name, LocalDate date) {
    return value(name, RepresentativeCategories.class, date).orElse(null);
  }

  private <T> Optional<T> value(String name, Class<T> type, LocalDate date) {
    ParameterKey<?> key = key(name);
    if (!key.type().equals(type)) {
      throw new IllegalArgumentException("parameter " + name + " holds " + key.type().getSimpleName()
          + " values, not " + type.getSimpleName());
    }
    return parameters.find(key, date).map(type::cast);
  }

  private static ParameterKey<?> key(String name) {
    return Parameters.key(name).orElseThrow(() -> new IllegalArgumentException(
        "no parameter is called '" + name + "'; known parameters: " + Parameters.keys().keySet()));
  }
}
