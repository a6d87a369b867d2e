package org.amodel.rules.input;

import static org.amodel.rules.input.Paths.field;
import static org.amodel.rules.input.Paths.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What every assembly of a file's entries into the model shares: reading single values and lists,
 * reporting each missing field and each structural truth a constructor rejects at its place, and
 * building nothing whose entries hold a mistake.
 */
abstract class Assembling {
  static final String TEXT = "text";
  static final String DATE = "a date written YYYY-MM-DD";
  static final String COUNT = "a whole number";

  final Reading in;

  Assembling(Reading in) {
    this.in = in;
  }

  /** Returns the entry class of the mapping field {@code name}, to name it when it is missing. */
  abstract Class<?> entryType(String name);

  static <E> void each(List<E> entries, String list, BiConsumer<E, String> action) {
    if (entries == null) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) != null) {
        action.accept(entries.get(i), item(list, i));
      }
    }
  }

  // Reading single values.

  /** Returns each built item of a list that may be left out (meaning empty); reports empty items. */
  <E, T> List<T> list(List<E> entries, String list, BiFunction<E, String, T> make) {
    List<T> out = new ArrayList<>();
    if (entries == null) {
      return out;
    }
    for (int i = 0; i < entries.size(); i++) {
      String at = item(list, i);
      E entry = entries.get(i);
      if (entry == null) {
        if (!in.reportedWithin(at)) {
          in.reportValue(at, at + " is empty; remove the line or fill it in");
        }
        continue;
      }
      T value = make.apply(entry, at);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  <E, T> T object(E entry, String parent, String name, BiFunction<E, String, T> make) {
    if (entry == null) {
      missing(parent, name, "the fields of " + Entries.noun(entryType(name)));
      return null;
    }
    return make.apply(entry, field(parent, name));
  }

  <E, T> Optional<T> optionalObject(E entry, String parent, String name, BiFunction<E, String, T> make) {
    return entry == null ? Optional.empty() : Optional.ofNullable(make.apply(entry, field(parent, name)));
  }

  <T> T required(T value, String parent, String name, String kind) {
    if (value == null) {
      missing(parent, name, kind);
    }
    return value;
  }

  String text(String value, String parent, String name) {
    if (value != null && value.isBlank()) {
      String at = field(parent, name);
      in.reportValue(at, at + " is empty; it needs " + TEXT);
      return null;
    }
    return required(value, parent, name, TEXT);
  }

  /** Returns a text item of a list, reporting a blank one. */
  String text(String value, String at) {
    if (value.isBlank()) {
      in.reportValue(at, at + " is empty; remove the line or fill it in");
      return null;
    }
    return value;
  }

  /**
   * Returns a whole number of at least {@code min}, reporting one below it; a missing one is reported
   * if {@code needed}, else read as absent (null).
   */
  Integer count(Integer value, String parent, String name, int min, boolean needed) {
    if (value == null) {
      if (needed) {
        missing(parent, name, COUNT + (min > 0 ? ", at least " + min : ", 0 or more"));
      }
      return null;
    }
    if (value < min) {
      String at = field(parent, name);
      in.reportValue(at, at + ": " + value + " is too few; it must be at least " + min);
      return null;
    }
    return value;
  }

  Optional<String> optionalText(String value, String parent, String name) {
    if (value != null && value.isBlank()) {
      String at = field(parent, name);
      in.reportValue(at, at + " is empty; leave '" + name + "' out if there is none");
      return Optional.empty();
    }
    return Optional.ofNullable(value);
  }

  /**
   * Reports that {@code name} is missing from {@code parent}: at the field if it is written with no
   * value, else at the mapping that lacks it; unless its value was already reported as wrong.
   */
  void missing(String parent, String name, String kind) {
    String at = field(parent, name);
    if (in.reportedWithin(at)) {
      return;
    }
    if (in.hasKey(at)) {
      in.report(at, in.keyAt(at), at + " is empty; it needs " + kind);
    } else {
      in.report(at, in.valueAt(parent), in.describe(parent) + " needs '" + name + "' (" + kind + ")");
    }
  }

  /** Builds a model element, reporting a structural truth its constructor rejects at the element. */
  <T> T build(String at, Supplier<T> make) {
    if (in.reportedWithin(at)) {
      return null;
    }
    try {
      return make.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      in.reportValue(at, in.describe(at) + ": " + e.getMessage());
      return null;
    }
  }
}
