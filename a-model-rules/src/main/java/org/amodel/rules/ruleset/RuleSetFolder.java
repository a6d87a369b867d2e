package org.amodel.rules.ruleset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.io.ByteSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one rule set as read from its folder: {@code ruleset.yaml}, {@code parameters.yaml}
 * (optional) and the rule files under {@code rules/}, by their path relative to the folder.
 *
 * <p>Rule files come in five kinds, told apart by how their names end:
 * <ul>
 *   <li>{@code .drl}: rules in the Drools rule language;
 *   <li>{@code .dslr}: rules in sentences, expanded by the vocabulary the file names on an
 *       {@code expander} line ({@code .dsl} files of the rule set, or a bundled vocabulary such as
 *       {@code amodel-zh.dsl});
 *   <li>{@code .dsl}: a vocabulary of sentences, not rules itself;
 *   <li>{@code .drl.csv} and {@code .drl.xlsx}: decision tables (the names Drools itself gives them).
 * </ul>
 * The text files are in {@link #ruleFiles()}, the spreadsheets ({@code .drl.xlsx}) in
 * {@link #spreadsheets()}. Any other file in {@code rules/} is reported, never skipped.
 */
public record RuleSetFolder(
    String name, String location, String descriptor, Optional<String> parameters,
    ImmutableSortedMap<String, String> ruleFiles, ImmutableSortedMap<String, ByteSource> spreadsheets) {

  /** The folder under a rule set's folder that holds its rule files. */
  public static final String RULES = "rules";
  /** How the names of the text rule files end: rules, sentences, vocabularies and CSV decision tables. */
  public static final List<String> TEXT_SUFFIXES = List.of(".drl", ".dslr", ".dsl", ".drl.csv");
  /** How the names of spreadsheet decision tables end. */
  public static final String SPREADSHEET_SUFFIX = ".drl.xlsx";

  public RuleSetFolder {
    requireNonNull(name, "name");
    requireNonNull(location, "location");
    requireNonNull(descriptor, "descriptor");
    requireNonNull(parameters, "parameters");
    ruleFiles = ImmutableSortedMap.copyOf(ruleFiles);
    spreadsheets = ImmutableSortedMap.copyOf(spreadsheets);
  }

  /** Returns a rule set folder with text rule files only. */
  public RuleSetFolder(String name, String location, String descriptor, Optional<String> parameters,
      ImmutableSortedMap<String, String> ruleFiles) {
    this(name, location, descriptor, parameters, ruleFiles, ImmutableSortedMap.of());
  }

  /** Returns true if {@code fileName} names a rule file of one of the five kinds. */
  public static boolean isRuleFile(String fileName) {
    return fileName.endsWith(SPREADSHEET_SUFFIX) || TEXT_SUFFIXES.stream().anyMatch(fileName::endsWith);
  }

  /**
   * Reads the rule set in {@code folder} (on disk, or inside a jar through its file system).
   *
   * @throws RuleSetException naming the file if the folder has no {@code ruleset.yaml}, or a file
   *     cannot be read or is not UTF-8 text
   */
  public static RuleSetFolder read(Path folder) {
    String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString().replace("/", "");
    if (!Files.isDirectory(folder)) {
      throw new RuleSetException(RuleSetProblem.inFile(folder.toString(), "is not a folder holding a rule set"));
    }
    Path descriptor = folder.resolve(DescriptorReader.FILE);
    if (!Files.isRegularFile(descriptor)) {
      throw new RuleSetException(RuleSetProblem.inFile(DescriptorReader.FILE,
          "is missing: every rule set folder needs a ruleset.yaml saying its id, version, names, district,"
              + " effective dates and sources (looked in " + folder + ")"));
    }
    Path parameters = folder.resolve(ParametersReader.FILE);
    Map<String, String> rules = new TreeMap<>();
    Map<String, ByteSource> spreadsheets = new TreeMap<>();
    Path rulesDir = folder.resolve(RULES);
    if (Files.isDirectory(rulesDir)) {
      List<RuleSetProblem> strays = new ArrayList<>();
      try (Stream<Path> files = Files.walk(rulesDir)) {
        files.filter(Files::isRegularFile)
            // editors' and systems' own files: hidden files, LibreOffice's .~lock.*#, Excel's ~$* owner files
            .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("~$"))
            .forEach(p -> {
              String fileName = p.getFileName().toString();
              if (fileName.endsWith(SPREADSHEET_SUFFIX)) {
                spreadsheets.put(relative(folder, p), bytes(folder, p));
              } else if (isRuleFile(fileName)) {
                rules.put(relative(folder, p), text(folder, p));
              } else {
                // a clerk's "station.drl.txt" must not be skipped without a word
                strays.add(RuleSetProblem.inFile(relative(folder, p), "is not read: only files ending in .drl hold"
                    + " rules (or .dslr for rules in sentences, .dsl for their vocabulary, .drl.xlsx or .drl.csv for"
                    + " decision tables)" + hint(fileName) + "; rename it to end in .drl (or one of those), or move it out of"
                    + " the rules folder"));
              }
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!strays.isEmpty()) {
        throw new RuleSetException(strays);
      }
    }
    return new RuleSetFolder(name, folder.toString(), text(folder, descriptor),
        Files.isRegularFile(parameters) ? Optional.of(text(folder, parameters)) : Optional.empty(),
        ImmutableSortedMap.copyOf(rules), ImmutableSortedMap.copyOf(spreadsheets));
  }

  private static String hint(String fileName) {
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    int dot = fileName.lastIndexOf('.');
    String stem = dot < 0 ? fileName : fileName.substring(0, dot);
    if (lower.endsWith(".xls")) {
      return "; a decision table must be saved in the .xlsx format (Excel 2007 and later), as "
          + stem + ".drl.xlsx";
    }
    if (lower.endsWith(".xlsx") || lower.endsWith(".csv")) {
      return "; a decision table's name must end in .drl" + fileName.substring(dot) + ", like "
          + stem + ".drl" + fileName.substring(dot);
    }
    return "";
  }

  private static ByteSource bytes(Path folder, Path file) {
    try {
      return ByteSource.wrap(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new RuleSetException(RuleSetProblem.inFile(relative(folder, file), "could not be read: " + e));
    }
  }

  private static String relative(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  private static String text(Path folder, Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      // Windows editors may save UTF-8 with a byte order mark; it is not part of the text
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (MalformedInputException e) {
      throw new RuleSetException(RuleSetProblem.inFile(relative(folder, file),
          "is not UTF-8 text; save it as UTF-8 (Unicode) so its Chinese reads correctly"));
    } catch (IOException e) {
      throw new RuleSetException(RuleSetProblem.inFile(relative(folder, file), "could not be read: " + e));
    }
  }
}
