package org.amodel.rules.ruleset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
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
 */
public record RuleSetFolder(
    String name, String location, String descriptor, Optional<String> parameters,
    ImmutableSortedMap<String, String> ruleFiles) {

  /** The folder under a rule set's folder that holds its rule files. */
  public static final String RULES = "rules";

  public RuleSetFolder {
    requireNonNull(name, "name");
    requireNonNull(location, "location");
    requireNonNull(descriptor, "descriptor");
    requireNonNull(parameters, "parameters");
    ruleFiles = ImmutableSortedMap.copyOf(ruleFiles);
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
    Path rulesDir = folder.resolve(RULES);
    if (Files.isDirectory(rulesDir)) {
      List<RuleSetProblem> strays = new ArrayList<>();
      try (Stream<Path> files = Files.walk(rulesDir)) {
        files.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().startsWith("."))   // editors' and systems' own files
            .forEach(p -> {
              if (p.getFileName().toString().endsWith(".drl")) {
                rules.put(relative(folder, p), text(folder, p));
              } else {
                // a clerk's "station.drl.txt" must not be skipped without a word
                strays.add(RuleSetProblem.inFile(relative(folder, p), "is not read: only files ending in .drl hold"
                    + " rules; rename it to end in .drl, or move it out of the rules folder"));
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
        ImmutableSortedMap.copyOf(rules));
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
