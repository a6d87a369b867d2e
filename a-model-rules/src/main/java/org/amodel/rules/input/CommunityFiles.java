package org.amodel.rules.input;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.amodel.core.model.Community;
import org.amodel.rules.input.Entries.CommunityEntry;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a {@link Community} from a YAML or JSON file, and writes one back. The format is
 * {@code docs/input-format.md}; YAML and JSON hold the same fields in the same shape.
 *
 * <p>Reading is strict and reports every mistake it can find in one go, each as an
 * {@link InputProblem} with file, line, column and field path: unknown fields (with the nearest
 * real one), values of the wrong kind, malformed dates, unknown enum constants (with the ones there
 * are; the Chinese name of a constant is accepted too), missing fields, references to people or
 * recruitments the community does not list, ids given twice, and every structural truth the model
 * rejects, located at the element concerned.
 *
 * <pre>{@code
 * try {
 *   Community c = CommunityFiles.read(Path.of("community.yaml"));
 * } catch (InputException e) {
 *   e.problems().forEach(p -> log.error("{}", p));   // community.yaml:12:16: people[3].birthDate: ...
 * }
 * String yaml = CommunityFiles.write(c, FileFormat.YAML);   // read back, it equals c
 * }</pre>
 *
 * <p>Thread-safe: the class holds no state but its immutable Jackson configuration.
 */
public final class CommunityFiles {
  private CommunityFiles() {}

  /**
   * Returns the community in {@code file}, whose name ends {@code .yaml}, {@code .yml} or
   * {@code .json}; messages name the file as {@code file.toString()} gives it.
   *
   * @throws InputException listing every problem found, if the file cannot be read or holds any mistake
   */
  public static Community read(Path file) {
    String name = file.toString();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      throw new InputException(List.of(InputProblem.inFile(name, "there is no such file")));
    } catch (CharacterCodingException e) {
      throw new InputException(List.of(InputProblem.inFile(name, "this is not UTF-8 text; save the file as UTF-8")));
    } catch (IOException e) {
      throw new InputException(List.of(InputProblem.inFile(name, "could not be read: " + e.getMessage())));
    }
    return read(name, text);
  }

  /**
   * Returns the community written in {@code text}, in the format that {@code fileName} ends in;
   * {@code fileName} names the text in messages.
   *
   * @throws InputException listing every problem found, if the text holds any mistake
   */
  public static Community read(String fileName, String text) {
    requireNonNull(fileName, "fileName");
    requireNonNull(text, "text");
    FileFormat format = FileFormat.ofFileName(fileName).orElseThrow(() -> new InputException(List.of(
        InputProblem.inFile(fileName, "a community file's name must end in .yaml, .yml or .json"))));
    return read(fileName, text, format);
  }

  /**
   * Returns the community written in {@code text} in {@code format}; {@code fileName} names the text
   * in messages.
   *
   * @throws InputException listing every problem found, if the text holds any mistake
   */
  public static Community read(String fileName, String text, FileFormat format) {
    requireNonNull(fileName, "fileName");
    requireNonNull(text, "text");
    requireNonNull(format, "format");
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Reading reading = new Reading(fileName);
    TokenBuffer tokens = new TokenBuffer(Binding.mapper(format), false);
    if (!index(reading, content, format, tokens)) {
      throw new InputException(reading.problems());
    }
    CommunityEntry entry = null;
    try (JsonParser p = tokens.asParser()) {
      entry = Binding.reader(format, reading).readValue(p);
    } catch (DatabindException e) {
      reportUnhandled(reading, e);
    } catch (IOException e) {
      reading.reportFile("could not be read: " + e.getMessage());
    }
    Community community = entry == null ? null : new Assembly(reading).community(entry);
    if (reading.problemCount() > 0 || community == null) {
      if (reading.problemCount() == 0) {
        reading.report("", Reading.Place.START, emptyFile());
      }
      throw new InputException(reading.problems());
    }
    return community;
  }

  /** Returns {@code community} as the text of a file in {@code format}; {@link #read} gives back an equal community. */
  public static String write(Community community, FileFormat format) {
    requireNonNull(community, "community");
    requireNonNull(format, "format");
    try {
      String text = Binding.mapper(format).writeValueAsString(Entries.from(community));
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write community " + community.id() + " as " + format, e);
    }
  }

  /**
   * Indexes where every value stands, copying the tokens to {@code tokens} for binding; returns false, having reported why, if the text is not
   * valid YAML or JSON or holds no community at all.
   */
  private static boolean index(Reading reading, String text, FileFormat format, TokenBuffer tokens) {
    try (JsonParser p = Binding.mapper(format).createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        reading.report("", Reading.Place.START, emptyFile());
        return false;
      }
      reading.index(p, tokens);
      JsonToken more = p.nextToken();
      if (more != null) {
        reading.report("", place(p.currentTokenLocation()), format == FileFormat.YAML
            ? "the file goes on after the community ends; a community file holds one community, in one YAML document"
            : "the file goes on after the community's closing '}'; a community file holds one community");
      }
      return true;
    } catch (JsonProcessingException e) {
      reading.report("", syntaxPlace(e), syntaxError(e, format));
      return false;
    } catch (IOException e) {
      reading.reportFile("could not be read: " + e.getMessage());
      return false;
    }
  }

  private static String emptyFile() {
    return "the file is empty; a community file needs at least id, name, type and subdistrictOffice";
  }

  private static Reading.Place place(JsonLocation at) {
    return Reading.Place.of(at);
  }

  /** Returns where YAML or JSON found a syntax error: SnakeYAML's own mark where there is one. */
  private static Reading.Place syntaxPlace(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Mark at = marked.getProblemMark();
        return new Reading.Place(at.getLine() + 1, at.getColumn() + 1);
      }
    }
    return place(e.getLocation());
  }

  private static String syntaxError(JsonProcessingException e, FileFormat format) {
    String original = e.getOriginalMessage();
    if (format == FileFormat.YAML) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof MarkedYAMLException marked && marked.getProblem() != null) {
          String problem = marked.getProblem().strip();
          if (problem.contains("(TAB)")) {
            return "this is not valid YAML: a tab is used here to indent; YAML allows only spaces";
          }
          return "this is not valid YAML: " + problem + " (check that this line is indented with spaces like the"
              + " lines it belongs with, that each 'field:' is followed by a space, and that quotes and brackets"
              + " are closed)";
        }
      }
      return "this is not valid YAML: " + original;
    }
    return "this is not valid JSON: " + (original == null ? e.getMessage() : original.lines().findFirst().orElse(""))
        + " (check the commas between fields, the double quotes around names and texts, and that every"
        + " { and [ is closed)";
  }

  /** Reports a mistake Jackson gave up on rather than handing to the problem handler. */
  private static void reportUnhandled(Reading reading, DatabindException e) {
    StringBuilder path = new StringBuilder();
    if (e instanceof JsonMappingException m) {
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
        } else if (r.getFieldName() != null) {
          path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
        }
      }
    }
    String at = path.toString();
    String original = e.getOriginalMessage();
    reading.report(at, reading.valueAt(at), Paths.describe(at) + ": this value cannot be read ("
        + String.valueOf(original).lines().findFirst().orElse("").toLowerCase(Locale.ROOT) + ")");
  }
}
