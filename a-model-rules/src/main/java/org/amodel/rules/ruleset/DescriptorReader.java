package org.amodel.rules.ruleset;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks a rule set's {@code ruleset.yaml}. */
final class DescriptorReader {
  static final String FILE = "ruleset.yaml";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Set<String> KEYS =
      Set.of("id", "version", "name", "district", "effective", "sources", "extends", "disable", "replace");

  private DescriptorReader() {}

  /**
   * Returns the descriptor in {@code text}.
   *
   * @throws RuleSetException with every problem found, located in {@code ruleset.yaml}
   */
  static RuleSetDescriptor read(String text, String folderName) {
    YamlReading in = new YamlReading(FILE);
    YamlNode root = YamlNode.read(FILE, text);
    if (root instanceof YamlNode.Empty) {
      throw new RuleSetException(new RuleSetProblem(FILE, 1, 1, "ruleset.yaml is empty; it needs 'id', 'version',"
          + " 'name', 'district', 'effective' and 'sources'"));
    }
    YamlNode.Mapping m = in.mapping(root, "ruleset.yaml").orElseThrow(() -> new RuleSetException(in.problems()));
    in.onlyKeys(m, KEYS, "ruleset.yaml");
    Optional<String> id = in.text(m, "id", "ruleset.yaml");
    id.ifPresent(value -> {
      YamlNode at = m.fields().get("id").value();
      if (!ID.matcher(value).matches()) {
        in.problem(at, "the id '" + value + "' must be lower-case words joined by '-', like jinan-shizhong-2005");
      } else if (folderName != null && !value.equals(folderName)) {
        in.problem(at, "the id '" + value + "' must match the rule set's folder name '" + folderName + "'");
      }
    });
    Optional<String> version = in.text(m, "version", "ruleset.yaml");
    Optional<String> nameZh = Optional.empty();
    Optional<String> nameEn = Optional.empty();
    YamlNode.Field name = m.fields().get("name");
    if (name == null) {
      in.problem(m, "ruleset.yaml needs 'name' with 'zh' and 'en' lines");
    } else {
      Optional<YamlNode.Mapping> names = in.mapping(name.value(), "'name'");
      if (names.isPresent()) {
        in.onlyKeys(names.get(), Set.of("zh", "en"), "'name'");
        nameZh = in.text(names.get(), "zh", "'name'");
        nameEn = in.text(names.get(), "en", "'name'");
      }
    }
    Optional<String> district = in.text(m, "district", "ruleset.yaml");
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> until = Optional.empty();
    YamlNode.Field effective = m.fields().get("effective");
    if (effective == null) {
      in.problem(m, "ruleset.yaml needs 'effective' with a 'from' date");
    } else {
      Optional<YamlNode.Mapping> dates = in.mapping(effective.value(), "'effective'");
      if (dates.isPresent()) {
        in.onlyKeys(dates.get(), Set.of("from", "until"), "'effective'");
        YamlNode.Field f = dates.get().fields().get("from");
        if (f == null) {
          in.problem(dates.get(), "'effective' needs a 'from' date");
        } else {
          from = in.date(f.value(), "'from'");
        }
        YamlNode.Field u = dates.get().fields().get("until");
        if (u != null && !(u.value() instanceof YamlNode.Empty)) {
          until = in.date(u.value(), "'until'");
          if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            in.problem(u.value(), "'until' " + until.get() + " is before 'from' " + from.get());
          }
        }
      }
    }
    List<String> sources = m.fields().containsKey("sources") ? in.texts(m.fields().get("sources")) : List.of();
    if (sources.isEmpty()) {
      in.problem(m, "ruleset.yaml needs 'sources': the documents this rule set rests on, one per line");
    }
    Optional<String> base = Optional.ofNullable(m.fields().get("extends"))
        .flatMap(f -> in.textValue(f.value(), "'extends'"));
    List<String> disable = m.fields().containsKey("disable") ? in.texts(m.fields().get("disable")) : List.of();
    List<String> replace = m.fields().containsKey("replace") ? in.texts(m.fields().get("replace")) : List.of();
    if (base.isEmpty()) {
      for (String key : List.of("disable", "replace")) {
        YamlNode.Field f = m.fields().get(key);
        if (f != null && !(f.value() instanceof YamlNode.Empty)) {
          in.problem(f, "'" + key + "' only makes sense in a rule set that 'extends' another");
        }
      }
    }
    if (!in.problems().isEmpty()) {
      throw new RuleSetException(in.problems());
    }
    return new RuleSetDescriptor(id.get(), version.get(), nameZh.get(), nameEn.get(), district.get(), from.get(),
        until, ImmutableList.copyOf(sources), base,
        ImmutableList.copyOf(disable), ImmutableList.copyOf(replace));
  }
}
