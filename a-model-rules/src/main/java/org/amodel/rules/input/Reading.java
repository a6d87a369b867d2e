package org.amodel.rules.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reading of one file: where each value and field name stands (indexed from the parser's own
 * tokens before binding, so that any path can be located afterwards), and the problems found so far.
 */
final class Reading {
  /** A place in the file, 1-based. */
  record Place(int line, int column) {
    static final Place START = new Place(1, 1);

    static Place of(JsonLocation at) {
      return at == null || at.getLineNr() < 1 ? START : new Place(at.getLineNr(), Math.max(1, at.getColumnNr()));
    }
  }

  private final String file;
  private final String top;
  private final Map<String, Place> values = new HashMap<>();
  private final Map<String, Place> keys = new HashMap<>();
  private final List<InputProblem> problems = new ArrayList<>();
  private final List<String> reportedPaths = new ArrayList<>();

  Reading(String file) {
    this(file, "the community");
  }

  /** A reading of {@code file}, whose top value messages call {@code top} ("the election"). */
  Reading(String file, String top) {
    this.file = file;
    this.top = top;
  }

  /** Returns how a message names {@code path}: the path, or what the file holds for its top. */
  String describe(String path) {
    return path.isEmpty() ? top : path;
  }

  String file() {
    return file;
  }

  /**
   * Records where every value of the document's first value stands, {@code p} standing on its first
   * token, and reports each field name given twice in one mapping; copies each token to
   * {@code buffer}, so the document is parsed once; leaves {@code p} on the value's last token.
   */
  void index(JsonParser p, TokenBuffer buffer) throws IOException {
    Deque<Frame> open = new ArrayDeque<>();
    do {
      buffer.copyCurrentEvent(p);
      JsonToken token = p.currentToken();
      Frame top = open.peek();
      if (token == JsonToken.FIELD_NAME) {
        top.name = p.currentName();
        String path = Paths.field(top.path, top.name);
        Place at = Place.of(p.currentTokenLocation());
        Place first = keys.putIfAbsent(path, at);
        if (first != null) {
          report(path, at, "'" + top.name + "' is given twice in the same mapping (first on line "
              + first.line() + "); give each field once");
        }
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        open.pop();
      } else {
        String path = top == null ? "" : top.array ? Paths.item(top.path, top.index++) : Paths.field(top.path, top.name);
        values.putIfAbsent(path, Place.of(p.currentTokenLocation()));
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          open.push(new Frame(path, token == JsonToken.START_ARRAY));
        }
      }
    } while (!open.isEmpty() && p.nextToken() != null);
  }

  /** An open mapping or list while indexing: its path, and the current field name or item index in it. */
  private static final class Frame {
    final String path;
    final boolean array;
    String name;
    int index;

    Frame(String path, boolean array) {
      this.path = path;
      this.array = array;
    }
  }

  /** Returns true if the file has a field name at {@code path}. */
  boolean hasKey(String path) {
    return keys.containsKey(path);
  }

  /** Returns where the value at {@code path} stands, or else its nearest enclosing value. */
  Place valueAt(String path) {
    for (String p = path; ; p = parent(p)) {
      Place at = values.get(p);
      if (at != null) {
        return at;
      }
      if (p.isEmpty()) {
        return Place.START;
      }
    }
  }

  /** Returns where the field name of {@code path} stands, or else where its value does. */
  Place keyAt(String path) {
    Place at = keys.get(path);
    return at != null ? at : valueAt(path);
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  void report(String path, Place at, String message) {
    problems.add(new InputProblem(file, at.line(), at.column(), path, message));
    reportedPaths.add(path);
  }

  /** Reports a problem with the value at {@code path}, located where the value stands. */
  void reportValue(String path, String message) {
    report(path, valueAt(path), message);
  }

  void reportFile(String message) {
    problems.add(InputProblem.inFile(file, message));
    reportedPaths.add("");
  }

  /** Returns true if a problem was already reported at {@code path} or within it. */
  boolean reportedWithin(String path) {
    if (path.isEmpty()) {
      return !reportedPaths.isEmpty();
    }
    return reportedPaths.stream().anyMatch(p -> p.equals(path) || p.startsWith(path + ".") || p.startsWith(path + "["));
  }

  int problemCount() {
    return problems.size();
  }

  List<InputProblem> problems() {
    return problems;
  }
}
