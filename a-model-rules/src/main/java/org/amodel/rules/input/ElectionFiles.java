package org.amodel.rules.input;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.amodel.core.election.Election;
import org.amodel.rules.input.ElectionEntries.ElectionEntry;

/**
 * Reads an {@link Election} from a YAML or JSON file, and writes one back. The format is
 * {@code docs/input-format.md} ("Election files"); YAML and JSON hold the same fields in the same shape.
 * Ballots are written as groups of equal ballots: {@code { marks: [p1, p2], count: 60 }},
 * {@code { blank: true, count: 1 }}, {@code { unreadable: true, count: 2 }}.
 *
 * <p>Reading is as strict as {@link CommunityFiles}' and reports every mistake in one go, each with
 * file, line, column and field path: unknown fields (with the nearest real one), values of the wrong
 * kind, malformed dates, unknown electorates (the Chinese name, 户代表, is accepted too), missing
 * fields, counts out of range, a candidate listed twice, a nomination or ballot group that says two
 * things or none, and a run-off before the election.
 *
 * <pre>{@code
 * Election e = ElectionFiles.read(Path.of("election.yaml"));
 * String yaml = ElectionFiles.write(e, FileFormat.YAML);   // read back, it equals e
 * }</pre>
 *
 * <p>Thread-safe: the class holds no state but its immutable Jackson configuration.
 */
public final class ElectionFiles {
  private ElectionFiles() {}

  private static final InputFiles.Kind<ElectionEntry, Election> KIND = new InputFiles.Kind<>(
      "election", "id, community, date, seats, electorate, registered and ballotsIssued", ElectionEntry.class,
      (reading, entry) -> new ElectionAssembly(reading).election(entry));

  /**
   * Returns the election in {@code file}, whose name ends {@code .yaml}, {@code .yml} or {@code .json};
   * messages name the file as {@code file.toString()} gives it.
   *
   * @throws InputException listing every problem found, if the file cannot be read or holds any mistake
   */
  public static Election read(Path file) {
    return read(file.toString(), InputFiles.text(file));
  }

  /**
   * Returns the election written in {@code text}, in the format that {@code fileName} ends in;
   * {@code fileName} names the text in messages.
   *
   * @throws InputException listing every problem found, if the text holds any mistake
   */
  public static Election read(String fileName, String text) {
    requireNonNull(fileName, "fileName");
    requireNonNull(text, "text");
    return read(fileName, text, InputFiles.format(fileName, KIND));
  }

  /**
   * Returns the election written in {@code text} in {@code format}; {@code fileName} names the text in
   * messages.
   *
   * @throws InputException listing every problem found, if the text holds any mistake
   */
  public static Election read(String fileName, String text, FileFormat format) {
    return InputFiles.read(fileName, text, format, KIND);
  }

  /** Returns {@code election} as the text of a file in {@code format}; {@link #read} gives back an equal election. */
  public static String write(Election election, FileFormat format) {
    requireNonNull(election, "election");
    requireNonNull(format, "format");
    return InputFiles.write(ElectionEntries.from(election), "election", election.id(), format);
  }
}
