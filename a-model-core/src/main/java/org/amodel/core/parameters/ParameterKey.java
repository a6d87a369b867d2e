package org.amodel.core.parameters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A typed parameter name, such as {@code station.size.max}. The constants in
 * {@link Parameters} are the keys the seed's rules read.
 */
public record ParameterKey<T>(String name, Class<T> type, String descriptionZh, String descriptionEn) {
  public ParameterKey {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(descriptionZh, "descriptionZh");
    requireNonNull(descriptionEn, "descriptionEn");
    checkArgument(name.matches("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*"),
        "parameter name '%s' must be dot-separated lower-camel words, like station.size.max", name);
  }

  @Override
  public String toString() {
    return name;
  }
}
