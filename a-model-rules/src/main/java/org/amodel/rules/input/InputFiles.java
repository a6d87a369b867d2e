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
import java.util.function.BiFunction;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The reading every input file shares, whatever it holds: the text as UTF-8, the index of where each
 * value stands, binding to entries with every mistake located, and assembly into the model.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * What a kind of file holds: its noun in messages ("community"), the fields an empty file lacks, the
   * entry class it binds to, and how its entries become the model (null if a problem was reported).
   */
  record Kind<E, T>(String noun, String needs, Class<E> entry, BiFunction<Reading, E, T> assemble) {}

  /**
   * Returns the text of {@code file}, read as UTF-8.
   *
   * @throws InputException if there is no such file, or it is not UTF-8, or it cannot be read
   */
  static String text(Path file) {
    String name = file.toString();
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      throw new InputException(List.of(InputProblem.inFile(name, "there is no such file")));
    } catch (CharacterCodingException e) {
      throw new InputException(List.of(InputProblem.inFile(name, "this is not UTF-8 text; save the file as UTF-8")));
    } catch (IOException e) {
      throw new InputException(List.of(InputProblem.inFile(name, "could not be read: " + e.getMessage())));
    }
  }

  /** Returns the format {@code fileName} ends in, or throws naming what a {@code kind} file's name must end in. */
  static FileFormat format(String fileName, Kind<?, ?> kind) {
    return FileFormat.ofFileName(fileName).orElseThrow(() -> new InputException(List.of(
        InputProblem.inFile(fileName, article(kind.noun()) + " file's name must end in .yaml, .yml or .json"))));
  }

  /**
   * Returns what {@code text} in {@code format} holds, a {@code kind}; {@code fileName} names the
   * text in messages.
   *
   * @throws InputException listing every problem found, if the text holds any mistake
   */
  static <E, T> T read(String fileName, String text, FileFormat format, Kind<E, T> kind) {
    requireNonNull(fileName, "fileName");
    requireNonNull(text, "text");
    requireNonNull(format, "format");
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Reading reading = new Reading(fileName, "the " + kind.noun());
    TokenBuffer tokens = new TokenBuffer(Binding.mapper(format), false);
    if (!index(reading, content, format, tokens, kind)) {
      throw new InputException(reading.problems());
    }
    E entry = null;
    try (JsonParser p = tokens.asParser()) {
      entry = Binding.reader(format, reading, kind.entry()).readValue(p);
    } catch (DatabindException e) {
      reportUnhandled(reading, e);
    } catch (IOException e) {
      reading.reportFile("could not be read: " + e.getMessage());
    }
    T value = entry == null ? null : kind.assemble().apply(reading, entry);
    if (reading.problemCount() > 0 || value == null) {
      if (reading.problemCount() == 0) {
        reading.report("", Reading.Place.START, emptyFile(kind));
      }
      throw new InputException(reading.problems());
    }
    return value;
  }

  /**
   * Indexes where every value stands, copying the tokens to {@code tokens} for binding; returns false,
   * having reported why, if the text is not valid YAML or JSON or holds nothing at all.
   */
  /**
   * Returns {@code entry} (the file's form of a {@code what} called {@code id}) as the text of a file
   * in {@code format}, ending with a line break.
   */
  static String write(Object entry, String what, String id, FileFormat format) {
    try {
      String text = Binding.mapper(format).writeValueAsString(entry);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write " + what + " " + id + " as " + format, e);
    }
  }

  private static boolean index(Reading reading, String text, FileFormat format, TokenBuffer tokens, Kind<?, ?> kind) {
    try (JsonParser p = Binding.mapper(format).createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        reading.report("", Reading.Place.START, emptyFile(kind));
        return false;
      }
      reading.index(p, tokens);
      JsonToken more = p.nextToken();
      if (more != null) {
        String noun = kind.noun();
        reading.report("", place(p.currentTokenLocation()), format == FileFormat.YAML
            ? "the file goes on after the " + noun + " ends; " + article(noun) + " file holds one " + noun
                + ", in one YAML document"
            : "the file goes on after the " + noun + "'s closing '}'; " + article(noun) + " file holds one " + noun);
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

  private static String emptyFile(Kind<?, ?> kind) {
    return "the file is empty; " + article(kind.noun()) + " file needs at least " + kind.needs();
  }

  /** Returns {@code noun} with its indefinite article: "a community", "an election". */
  static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
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
    reading.report(at, reading.valueAt(at), reading.describe(at) + ": this value cannot be read ("
        + String.valueOf(original).lines().findFirst().orElse("").toLowerCase(Locale.ROOT) + ")");
  }
}
