package org.amodel.rules.ruleset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document read into nodes that remember their line and column, so that every problem found
 * in a value can name where it stands in the file.
 */
sealed interface YamlNode {
  int line();

  int column();

  /** A mapping, its keys in file order, each with the node it maps to. */
  record Mapping(int line, int column, ImmutableMap<String, Field> fields) implements YamlNode {}

  /** One key of a mapping, where the key stands, and its value. */
  record Field(String key, int line, int column, YamlNode value) {}

  /** A sequence. */
  record Sequence(int line, int column, ImmutableList<YamlNode> items) implements YamlNode {}

  /** A scalar: its text, and whether YAML read it as a string (quoted or not a number/boolean). */
  record Scalar(int line, int column, String text, JsonToken token) implements YamlNode {
    boolean isString() {
      return token == JsonToken.VALUE_STRING;
    }
  }

  /** An empty value ({@code ~}, {@code null} or nothing). */
  record Empty(int line, int column) implements YamlNode {}

  YAMLFactory FACTORY = new YAMLFactory();

  /**
   * Reads {@code text}; a YAML syntax error or a key given twice becomes a {@link RuleSetException}
   * naming {@code file}, line and column.
   */
  static YamlNode read(String file, String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Empty(1, 1);
      }
      return node(file, parser);
    } catch (JsonProcessingException e) {
      throw new RuleSetException(syntaxError(file, e));
    } catch (IOException e) {
      throw new RuleSetException(RuleSetProblem.inFile(file, "could not be read: " + e.getMessage()));
    }
  }

  /**
   * Returns where YAML found {@code e} and what it is: SnakeYAML's own mark of the problem (the
   * parser's location is often the end of the previous token, a line early), in plain words.
   */
  private static RuleSetProblem syntaxError(String file, JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Mark at = marked.getProblemMark();
        String problem = String.valueOf(marked.getProblem());
        String message = problem.contains("(TAB)")
            ? "this is not valid YAML: a tab is used here to indent; YAML allows only spaces for indenting"
            : "this is not valid YAML: " + problem.strip() + SYNTAX_HINT;
        return new RuleSetProblem(file, at.getLine() + 1, at.getColumn() + 1, message);
      }
    }
    JsonLocation at = e.getLocation();
    return new RuleSetProblem(file, at == null ? 0 : Math.max(0, at.getLineNr()),
        at == null ? 0 : Math.max(0, at.getColumnNr()), "this is not valid YAML: " + e.getOriginalMessage() + SYNTAX_HINT);
  }

  String SYNTAX_HINT = " (check that this line is indented with spaces by as much as the lines it belongs with,"
      + " that each 'name:' is followed by a space, and that quotes and brackets are closed)";

  private static YamlNode node(String file, JsonParser p) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Field> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          JsonLocation keyAt = p.currentTokenLocation();
          String key = p.currentName();
          p.nextToken();
          YamlNode value = node(file, p);
          if (fields.containsKey(key)) {
            throw new RuleSetException(new RuleSetProblem(file, keyAt.getLineNr(), keyAt.getColumnNr(),
                "'" + key + "' is given twice (first on line " + fields.get(key).line() + ")"));
          }
          fields.put(key, new Field(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
        }
        return new Mapping(line, column, ImmutableMap.copyOf(fields));
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(node(file, p));
        }
        return new Sequence(line, column, ImmutableList.copyOf(items));
      }
      case VALUE_NULL -> {
        return new Empty(line, column);
      }
      default -> {
        return new Scalar(line, column, p.getText(), token);
      }
    }
  }
}
