package org.amodel.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Argument checks shared by the model's constructors; every message names the field. */
final class Checks {
  private Checks() {}

  static String id(String value, String field) {
    requireNonNull(value, field);
    checkArgument(!value.isBlank(), "%s must not be blank", field);
    return value;
  }

  static String text(String value, String field) {
    return id(value, field);
  }

  /** Throws if two elements share a key; the message names the field and the repeated key. */
  static <T, K> void unique(Iterable<T> elements, Function<T, K> key, String field) {
    Set<K> seen = new HashSet<>();
    for (T element : elements) {
      K k = key.apply(element);
      checkArgument(seen.add(k), "%s lists %s more than once", field, k);
    }
  }
}
