package org.amodel.core.parameters;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.amodel.core.model.RepresentativeCategory;

/**
 * A set of representative-assembly categories, as one parameter value: the categories a district
 * admits to its voter rolls, for instance. Written in a parameters file as the constants' names or
 * Chinese names separated by commas, or {@code none}.
 */
public record RepresentativeCategories(ImmutableSet<RepresentativeCategory> categories) {
  public RepresentativeCategories {
    requireNonNull(categories, "categories");
    categories = categories.isEmpty() ? ImmutableSet.of() : Sets.immutableEnumSet(categories);
  }

  public static RepresentativeCategories of(RepresentativeCategory... categories) {
    return new RepresentativeCategories(ImmutableSet.copyOf(Arrays.asList(categories)));
  }

  public static RepresentativeCategories of(Set<RepresentativeCategory> categories) {
    return new RepresentativeCategories(ImmutableSet.copyOf(categories));
  }

  public boolean contains(RepresentativeCategory category) {
    return categories.contains(category);
  }

  /** Returns the names joined by ", ", or {@code none}: what a parameters file writes. */
  @Override
  public String toString() {
    return categories.isEmpty() ? "none"
        : categories.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
