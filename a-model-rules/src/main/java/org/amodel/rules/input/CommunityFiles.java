package org.amodel.rules.input;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.amodel.core.model.Community;
import org.amodel.rules.input.Entries.CommunityEntry;

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

  private static final InputFiles.Kind<CommunityEntry, Community> KIND = new InputFiles.Kind<>(
      "community", "id, name, type and subdistrictOffice", CommunityEntry.class,
      (reading, entry) -> new Assembly(reading).community(entry));

  /**
   * Returns the community in {@code file}, whose name ends {@code .yaml}, {@code .yml} or
   * {@code .json}; messages name the file as {@code file.toString()} gives it.
   *
   * @throws InputException listing every problem found, if the file cannot be read or holds any mistake
   */
  public static Community read(Path file) {
    return read(file.toString(), InputFiles.text(file));
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
    return read(fileName, text, InputFiles.format(fileName, KIND));
  }

  /**
   * Returns the community written in {@code text} in {@code format}; {@code fileName} names the text
   * in messages.
   *
   * @throws InputException listing every problem found, if the text holds any mistake
   */
  public static Community read(String fileName, String text, FileFormat format) {
    return InputFiles.read(fileName, text, format, KIND);
  }

  /** Returns {@code community} as the text of a file in {@code format}; {@link #read} gives back an equal community. */
  public static String write(Community community, FileFormat format) {
    requireNonNull(community, "community");
    requireNonNull(format, "format");
    return InputFiles.write(Entries.from(community), "community", community.id(), format);
  }
}
