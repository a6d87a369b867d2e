package org.amodel.core.parameters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The parameters of one district's rules, each an effective-dated series.
 *
 * <pre>{@code
 * DistrictParameters p = DistrictParameters.builder("my-district")
 *     .set(Parameters.STATION_SIZE_MAX, LocalDate.of(2005, 5, 1), 4, "seed §二(四)")
 *     .build();
 * int max = p.valueOn(Parameters.STATION_SIZE_MAX, LocalDate.of(2006, 1, 1));
 * }</pre>
 *
 * <p>A parameter a district does not set is absent, and the rules that read it do not apply there.
 */
public record DistrictParameters(String districtId, ImmutableMap<String, ParameterSeries<?>> series) {
  public DistrictParameters {
    requireNonNull(districtId, "districtId");
    checkArgument(!districtId.isBlank(), "districtId must not be blank");
    series = ImmutableMap.copyOf(series);
    series.forEach((name, s) -> checkArgument(name.equals(s.key().name()),
        "series filed under %s is for parameter %s", name, s.key().name()));
  }

  public static Builder builder(String districtId) {
    return new Builder(districtId);
  }

  /** Returns a builder holding these parameters, to override or add values. */
  public Builder toBuilder() {
    Builder b = new Builder(districtId);
    series.values().forEach(b::putAll);
    return b;
  }

  /** Returns the value of {@code key} in force on {@code date}, if the district sets one then. */
  public <T> Optional<T> find(ParameterKey<T> key, LocalDate date) {
    return findValue(key, date).map(ParameterValue::value);
  }

  /** Returns the value of {@code key} in force on {@code date} with its from-date and source. */
  @SuppressWarnings("unchecked") // the builder files each series under its own key's name and type
  public <T> Optional<ParameterValue<T>> findValue(ParameterKey<T> key, LocalDate date) {
    ParameterSeries<?> s = series.get(key.name());
    if (s == null) {
      return Optional.empty();
    }
    checkArgument(s.key().type().equals(key.type()),
        "parameter %s holds %s values, not %s", key.name(), s.key().type().getSimpleName(), key.type().getSimpleName());
    return ((ParameterSeries<T>) s).on(date);
  }

  /**
   * Returns the value of {@code key} in force on {@code date}.
   *
   * @throws NoSuchElementException naming the parameter, district and date if no value is in force
   */
  public <T> T valueOn(ParameterKey<T> key, LocalDate date) {
    return find(key, date).orElseThrow(() -> new NoSuchElementException(
        "district " + districtId + " has no value of parameter " + key.name() + " in force on " + date));
  }

  /** Collects effective-dated values into {@link DistrictParameters}. */
  public static final class Builder {
    private final String districtId;
    private final Map<String, ParameterKey<?>> keys = new LinkedHashMap<>();
    private final Map<String, List<ParameterValue<?>>> values = new LinkedHashMap<>();

    private Builder(String districtId) {
      this.districtId = districtId;
    }

    /**
     * Adds {@code value} for {@code key} from {@code from}, replacing a value from the same date.
     *
     * @throws IllegalArgumentException if the same name is already used with another type
     */
    public <T> Builder set(ParameterKey<T> key, LocalDate from, T value, String source) {
      ParameterKey<?> known = keys.putIfAbsent(key.name(), key);
      checkArgument(known == null || known.type().equals(key.type()),
          "parameter %s is already set with %s values", key.name(), known == null ? "" : known.type().getSimpleName());
      List<ParameterValue<?>> list = values.computeIfAbsent(key.name(), n -> new ArrayList<>());
      list.removeIf(v -> v.from().equals(from));
      list.add(new ParameterValue<>(from, value, source));
      return this;
    }

    /** Removes every value of {@code key}, so the rules that read it no longer apply. */
    public Builder unset(ParameterKey<?> key) {
      keys.remove(key.name());
      values.remove(key.name());
      return this;
    }

    private <T> void putAll(ParameterSeries<T> s) {
      s.values().forEach(v -> set(s.key(), v.from(), v.value(), v.source()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // values were filed under their own key by set()
    public DistrictParameters build() {
      ImmutableMap.Builder<String, ParameterSeries<?>> b = ImmutableMap.builder();
      keys.forEach((name, key) -> b.put(name, new ParameterSeries(key, com.google.common.collect.ImmutableList.copyOf(values.get(name)))));
      return new DistrictParameters(districtId, b.buildOrThrow());
    }
  }
}
