package org.amodel.rules.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayDeque;
import java.util.Deque;

/** Field paths as messages write them: {@code people[3].birthDate}; the empty path is the community itself. */
final class Paths {
  private Paths() {}

  static String field(String object, String name) {
    return object.isEmpty() ? name : object + "." + name;
  }

  static String item(String list, int index) {
    return list + "[" + index + "]";
  }

  /** Returns the path of the value (or field name) that {@code p} stands on. */
  static String of(JsonParser p) {
    JsonToken token = p.currentToken();
    JsonStreamContext context = p.getParsingContext();
    boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
    return of(opens ? context.getParent() : context);
  }

  private static String of(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + c.getCurrentIndex() + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
