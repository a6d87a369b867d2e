package org.amodel.rules.ruleset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reading typed values out of {@link YamlNode}s, collecting a located problem for each mistake. */
final class YamlReading {
  private final String file;
  private final List<RuleSetProblem> problems = new ArrayList<>();

  YamlReading(String file) {
    this.file = file;
  }

  List<RuleSetProblem> problems() {
    return problems;
  }

  void problem(YamlNode at, String message) {
    problems.add(new RuleSetProblem(file, at.line(), at.column(), message));
  }

  void problem(YamlNode.Field at, String message) {
    problems.add(new RuleSetProblem(file, at.line(), at.column(), message));
  }

  /** Returns the mapping, or reports that {@code what} must be one. */
  Optional<YamlNode.Mapping> mapping(YamlNode node, String what) {
    if (node instanceof YamlNode.Mapping m) {
      return Optional.of(m);
    }
    problem(node, what + " must be a list of 'name: value' lines");
    return Optional.empty();
  }

  /** Reports each key of {@code m} that is not among {@code allowed}. */
  void onlyKeys(YamlNode.Mapping m, Set<String> allowed, String where) {
    m.fields().values().stream().filter(f -> !allowed.contains(f.key())).forEach(f ->
        problem(f, "'" + f.key() + "' is not something " + where + " can say; it can say " + String.join(", ",
            allowed.stream().sorted().toList())));
  }

  /** Returns a required text field, or reports it missing or not text. */
  Optional<String> text(YamlNode.Mapping m, String key, String where) {
    YamlNode.Field f = m.fields().get(key);
    if (f == null) {
      problem(m, where + " needs '" + key + "'");
      return Optional.empty();
    }
    return textValue(f.value(), "'" + key + "'");
  }

  Optional<String> textValue(YamlNode node, String what) {
    if (node instanceof YamlNode.Scalar s && !s.text().isBlank()) {
      return Optional.of(s.text());
    }
    problem(node, what + " must be a piece of text");
    return Optional.empty();
  }

  /** Returns a date written as YYYY-MM-DD, or reports what is wrong with it. */
  Optional<LocalDate> date(YamlNode node, String what) {
    if (node instanceof YamlNode.Scalar s) {
      try {
        return Optional.of(LocalDate.parse(s.text()));
      } catch (DateTimeParseException e) {
        problem(node, what + " '" + s.text() + "' is not a date; write it as YYYY-MM-DD, e.g. 2005-05-01");
        return Optional.empty();
      }
    }
    problem(node, what + " must be a date written as YYYY-MM-DD");
    return Optional.empty();
  }

  /** Returns the texts of a list (a single text counts as a list of one), or reports what is wrong. */
  List<String> texts(YamlNode.Field f) {
    List<String> out = new ArrayList<>();
    if (f.value() instanceof YamlNode.Sequence seq) {
      seq.items().forEach(item -> textValue(item, "each item of '" + f.key() + "'").ifPresent(out::add));
    } else if (f.value() instanceof YamlNode.Scalar) {
      textValue(f.value(), "'" + f.key() + "'").ifPresent(out::add);
    } else if (!(f.value() instanceof YamlNode.Empty)) {
      problem(f.value(), "'" + f.key() + "' must be a list, one item per line starting with '- '");
    }
    return out;
  }
}
