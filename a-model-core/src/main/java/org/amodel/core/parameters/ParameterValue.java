package org.amodel.core.parameters;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.time.LocalDate;

/** One value of a parameter, in force from {@code from} until the next value, and its source. */
public record ParameterValue<T>(LocalDate from, T value, String source) {
  public ParameterValue {
    requireNonNull(from, "from");
    requireNonNull(value, "value");
    requireNonNull(source, "source");
    Preconditions.checkArgument(!source.isBlank(), "source of the value from %s must not be blank", from);
  }
}
