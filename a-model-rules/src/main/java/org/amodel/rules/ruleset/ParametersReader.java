package org.amodel.rules.ruleset;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.model.RecruitmentMethod;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.parameters.ParameterKey;
import org.amodel.core.parameters.ParameterValue;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.parameters.RepresentativeCategories;
import org.amodel.core.parameters.Share;
import org.amodel.rules.text.EditDistance;

/**
 * Reads a rule set's {@code parameters.yaml}: for each parameter, its values with the date each
 * takes effect and its source, or the word {@code unset} to drop a value the base rule set gives.
 *
 * <pre>
 * station.size.max:
 *   - from: 2005-05-01
 *     value: 4
 *     source: "seed §二(四): 社区服务站由3-4人组成"
 * recruit.age.max: unset
 * </pre>
 */
final class ParametersReader {
  static final String FILE = "parameters.yaml";
  static final String UNSET = "unset";

  /** What a parameters file says: new series by key, and the keys it unsets with where each is written. */
  record Declared(ImmutableMap<String, List<ParameterValue<?>>> values, ImmutableMap<String, YamlNode.Field> unset) {}

  private ParametersReader() {}

  /**
   * Returns the parameters in {@code text}.
   *
   * @throws RuleSetException with every problem found, located in {@code parameters.yaml}
   */
  static Declared read(String text) {
    YamlReading in = new YamlReading(FILE);
    YamlNode root = YamlNode.read(FILE, text);
    if (root instanceof YamlNode.Empty) {
      return new Declared(ImmutableMap.of(), ImmutableMap.of());
    }
    YamlNode.Mapping m = in.mapping(root, "parameters.yaml").orElseThrow(() -> new RuleSetException(in.problems()));
    Map<String, List<ParameterValue<?>>> values = new LinkedHashMap<>();
    Map<String, YamlNode.Field> unset = new LinkedHashMap<>();
    for (YamlNode.Field f : m.fields().values()) {
      Optional<ParameterKey<?>> key = Parameters.key(f.key());
      if (key.isEmpty()) {
        in.problem(f, "there is no parameter called '" + f.key() + "'" + suggestion(f.key())
            + "; the parameters are: " + String.join(", ", Parameters.keys().keySet()));
        continue;
      }
      if (f.value() instanceof YamlNode.Scalar s && s.text().equals(UNSET)) {
        unset.put(f.key(), f);
        continue;
      }
      if (!(f.value() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
        in.problem(f, "'" + f.key() + "' needs a list of values, each with 'from', 'value' and 'source' (or the word"
            + " 'unset')");
        continue;
      }
      List<ParameterValue<?>> series = new ArrayList<>();
      Map<LocalDate, Integer> seen = new LinkedHashMap<>();
      for (YamlNode item : seq.items()) {
        entry(in, key.get(), item).ifPresent(v -> {
          Integer earlier = seen.putIfAbsent(v.from(), item.line());
          if (earlier != null) {
            in.problem(item, "'" + f.key() + "' has two values from " + v.from() + " (the other is on line " + earlier
                + "); each date may start one value only");
          } else {
            series.add(v);
          }
        });
      }
      values.put(f.key(), series);
    }
    if (!in.problems().isEmpty()) {
      throw new RuleSetException(in.problems());
    }
    return new Declared(ImmutableMap.copyOf(values), ImmutableMap.copyOf(unset));
  }

  private static Optional<ParameterValue<?>> entry(YamlReading in, ParameterKey<?> key, YamlNode item) {
    Optional<YamlNode.Mapping> m = in.mapping(item, "each value of '" + key.name() + "'");
    if (m.isEmpty()) {
      return Optional.empty();
    }
    in.onlyKeys(m.get(), Set.of("from", "value", "source"), "a value of '" + key.name() + "'");
    YamlNode.Field fromField = m.get().fields().get("from");
    Optional<LocalDate> from = fromField == null ? Optional.empty() : in.date(fromField.value(), "'from'");
    if (fromField == null) {
      in.problem(item, "this value of '" + key.name() + "' needs 'from': the date it takes effect");
    }
    YamlNode.Field sourceField = m.get().fields().get("source");
    Optional<String> source = sourceField == null ? Optional.empty()
        : in.textValue(sourceField.value(), "'source'");
    if (sourceField == null) {
      in.problem(item, "this value of '" + key.name() + "' needs 'source': the document or article it comes from");
    }
    YamlNode.Field valueField = m.get().fields().get("value");
    Optional<?> value = Optional.empty();
    if (valueField == null) {
      in.problem(item, "this value of '" + key.name() + "' needs 'value'");
    } else {
      value = value(in, key, valueField.value());
    }
    if (from.isEmpty() || source.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ParameterValue<>(from.get(), value.get(), source.get()));
  }

  private static Optional<?> value(YamlReading in, ParameterKey<?> key, YamlNode node) {
    Class<?> type = key.type();
    if (!(node instanceof YamlNode.Scalar scalar)) {
      in.problem(node, "'" + key.name() + "' takes " + kind(type) + (node instanceof YamlNode.Empty
          ? ", but no value is written here" : ": one value, not a list or several lines"));
      return Optional.empty();
    }
    String text = scalar.text();
    if (type == Integer.class) {
      try {
        int number = Integer.parseInt(text);
        if (!scalar.isString()) {
          return Optional.of(number);
        }
        in.problem(node, "'" + key.name() + "' takes a whole number, but \"" + text + "\" is in quotes, which"
            + " makes it text; write it without quotes: " + text);
        return Optional.empty();
      } catch (NumberFormatException e) {
        // reported below
      }
      in.problem(node, "'" + key.name() + "' takes a whole number, like 4; '" + text + "' is not one");
    } else if (type == Boolean.class) {
      if ("true".equals(text) || "false".equals(text)) {
        return Optional.of(Boolean.parseBoolean(text));
      }
      in.problem(node, "'" + key.name() + "' takes true or false; '" + text + "' is neither");
    } else if (type == EducationLevel.class) {
      return named(in, key, node, text, "an education level", EducationLevel.values(), EducationLevel::nameZh);
    } else if (type == RecruitmentMethod.class) {
      return named(in, key, node, text, "a recruitment method", RecruitmentMethod.values(), RecruitmentMethod::nameZh);
    } else if (type == ElectorateKind.class) {
      return named(in, key, node, text, "an electorate", ElectorateKind.values(), ElectorateKind::nameZh);
    } else if (type == Share.class) {
      Optional<Share> share = Share.parse(text);
      if (share.isEmpty()) {
        in.problem(node, "'" + key.name() + "' takes a share, written 'more than N/D' or 'at least N/D' with N no"
            + " larger than D, like 'more than 1/2'; '" + text + "' is not one");
      }
      return share;
    } else if (type == RepresentativeCategories.class) {
      return categories(in, key, node, text);
    } else {
      in.problem(node, "parameter '" + key.name() + "' has a type (" + type.getSimpleName()
          + ") that parameters.yaml cannot write yet");
    }
    return Optional.empty();
  }

  /** Returns the categories written as names separated by commas, or 'none'; reports each unknown name. */
  private static Optional<?> categories(YamlReading in, ParameterKey<?> key, YamlNode node, String text) {
    if (text.trim().equals("none")) {
      return Optional.of(RepresentativeCategories.of());
    }
    Set<RepresentativeCategory> found = EnumSet.noneOf(RepresentativeCategory.class);
    boolean ok = true;
    for (String part : text.split("[,,、]")) {
      String name = part.trim();
      Optional<RepresentativeCategory> category = Arrays.stream(RepresentativeCategory.values())
          .filter(c -> c.name().equals(name) || c.nameZh().equals(name))
          .findFirst();
      if (category.isEmpty()) {
        ok = false;
        in.problem(node, "'" + key.name() + "' takes categories separated by commas, or 'none'; '" + name
            + "' is not one of " + Arrays.stream(RepresentativeCategory.values())
                .map(c -> c.name() + " (" + c.nameZh() + ")").collect(Collectors.joining(", ")));
      } else if (!found.add(category.get())) {
        ok = false;
        in.problem(node, "'" + key.name() + "' lists " + category.get().name() + " twice");
      }
    }
    return ok ? Optional.of(RepresentativeCategories.of(found)) : Optional.empty();
  }

  /** Returns the constant written as its name or its Chinese name, or reports the ones there are. */
  private static <E extends Enum<E>> Optional<?> named(YamlReading in, ParameterKey<?> key, YamlNode node, String text,
      String what, E[] values, Function<E, String> nameZh) {
    for (E e : values) {
      if (e.name().equals(text) || nameZh.apply(e).equals(text)) {
        return Optional.of(e);
      }
    }
    in.problem(node, "'" + key.name() + "' takes " + what + "; '" + text + "' is not one of "
        + Arrays.stream(values).map(e -> e.name() + " (" + nameZh.apply(e) + ")").collect(Collectors.joining(", ")));
    return Optional.empty();
  }

  private static String kind(Class<?> type) {
    if (type == Integer.class) {
      return "a whole number, like 4";
    } else if (type == Boolean.class) {
      return "true or false";
    } else if (type == EducationLevel.class) {
      return "an education level, like COLLEGE";
    } else if (type == RecruitmentMethod.class) {
      return "a recruitment method, like OPEN";
    } else if (type == ElectorateKind.class) {
      return "an electorate, like HOUSEHOLD_REPRESENTATIVES";
    } else if (type == Share.class) {
      return "a share, like 'more than 1/2'";
    } else if (type == RepresentativeCategories.class) {
      return "categories separated by commas, like 'UNIT, COMMUNITY_POLICE_OFFICER', or 'none'";
    }
    return "a value";
  }

  /** Returns " (did you mean 'x'?)" for the parameter name nearest to {@code name}, if one is near; else "". */
  static String suggestion(String name) {
    return Parameters.keys().keySet().stream()
        .filter(k -> EditDistance.of(k, name) <= 3)
        .min(Comparator.comparingInt(k -> EditDistance.of(k, name)))
        .map(k -> " (did you mean '" + k + "'?)")
        .orElse("");
  }
}
