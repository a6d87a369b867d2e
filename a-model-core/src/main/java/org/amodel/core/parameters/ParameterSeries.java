package org.amodel.core.parameters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A parameter's values over time, sorted by their from-dates; each applies from its date until the
 * day before the next one.
 */
public record ParameterSeries<T>(ParameterKey<T> key, ImmutableList<ParameterValue<T>> values) {
  public ParameterSeries {
    requireNonNull(key, "key");
    checkArgument(!values.isEmpty(), "parameter %s has no values", key.name());
    values = ImmutableList.sortedCopyOf(Comparator.comparing(ParameterValue::from), values);
    for (int i = 0; i < values.size(); i++) {
      ParameterValue<T> v = values.get(i);
      checkArgument(key.type().isInstance(v.value()),
          "parameter %s takes %s values, but the value from %s is %s",
          key.name(), key.type().getSimpleName(), v.from(), v.value());
      if (i > 0) {
        checkArgument(!v.from().equals(values.get(i - 1).from()),
            "parameter %s has two values from %s", key.name(), v.from());
      }
    }
  }

  public static <T> ParameterSeries<T> of(ParameterKey<T> key, List<ParameterValue<T>> values) {
    return new ParameterSeries<>(key, ImmutableList.copyOf(values));
  }

  /** Returns the value in force on {@code date}, empty if {@code date} is before the first value. */
  public Optional<ParameterValue<T>> on(LocalDate date) {
    ParameterValue<T> inForce = null;
    for (ParameterValue<T> v : values) {
      if (v.from().isAfter(date)) {
        break;
      }
      inForce = v;
    }
    return Optional.ofNullable(inForce);
  }
}
