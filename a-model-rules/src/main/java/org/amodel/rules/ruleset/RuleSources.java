package org.amodel.rules.ruleset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amodel.rules.text.EditDistance;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Turns each kind of rule file into the DRL that is checked and compiled, keeping the way back from
 * a place in that DRL to a place in the file: the same line for {@code .drl}, the sentence's line
 * for {@code .dslr} (the expansion keeps every line where it was), the sheet and cell for
 * decision tables. What is checked by the safety allowlist is exactly what Drools compiles.
 */
final class RuleSources {
  /** Where the bundled vocabularies are, on the class path. */
  static final String BUNDLED_VOCABULARIES = "org/amodel/rules/dsl/";
  /** The bundled vocabularies a {@code .dslr} may name with {@code expander}. */
  static final ImmutableList<String> BUNDLED = ImmutableList.of("amodel-zh.dsl", "amodel-en.dsl");

  private static final Pattern EXPANDER = Pattern.compile("^[ \\t]*expander[ \\t]+([^;\\s]+)[ \\t]*;?[ \\t]*$",
      Pattern.MULTILINE);
  private static final Pattern UNABLE = Pattern.compile("^\\[\\d+\\]\\s*Unable to expand:\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?\\}");

  private RuleSources() {
  }

  /**
   * A rule file as DRL: {@code back} takes a problem found in the DRL (its line and column) to the
   * file's own place.
   */
  record Translated(String file, String drl, UnaryOperator<RuleSetProblem> back) {
    Translated {
      requireNonNull(file, "file");
      requireNonNull(drl, "drl");
      requireNonNull(back, "back");
    }

    static Translated identity(String file, String drl) {
      return new Translated(file, drl, UnaryOperator.identity());
    }

    /** Returns {@code problems} at the file's own places. */
    List<RuleSetProblem> back(List<RuleSetProblem> problems) {
      return problems.stream().map(back).toList();
    }
  }

  /** A vocabulary of sentences: its name (as an {@code expander} line gives it), the file shown, its text. */
  record Vocabulary(String name, String file, String text) {}

  /** Returns the kind of rule file {@code file} is, by how its name ends. */
  static Kind kind(String file) {
    if (file.endsWith(".drl.xlsx")) {
      return Kind.SPREADSHEET;
    }
    if (file.endsWith(".drl.csv")) {
      return Kind.CSV;
    }
    if (file.endsWith(".dslr")) {
      return Kind.SENTENCES;
    }
    if (file.endsWith(".dsl")) {
      return Kind.VOCABULARY;
    }
    return Kind.DRL;
  }

  enum Kind { DRL, SENTENCES, VOCABULARY, CSV, SPREADSHEET }

  /** Returns the bundled vocabulary {@code name}, if there is one. */
  static Optional<Vocabulary> bundled(String name) {
    if (!BUNDLED.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in = RuleSources.class.getClassLoader().getResourceAsStream(BUNDLED_VOCABULARIES + name)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new Vocabulary(name, BUNDLED_VOCABULARIES + name,
          new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reports the problems of the vocabulary file {@code vocabulary} as a DSL file; none if it reads. */
  static List<RuleSetProblem> checkVocabulary(Vocabulary vocabulary) {
    List<RuleSetProblem> problems = new ArrayList<>();
    parse(vocabulary, problems);
    return problems;
  }

  private static DSLTokenizedMappingFile parse(Vocabulary vocabulary, List<RuleSetProblem> problems) {
    DSLTokenizedMappingFile mapping = new DSLTokenizedMappingFile();
    try {
      mapping.parseAndLoad(new StringReader(vocabulary.text()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    java.util.Set<RuleSetProblem> found = new java.util.LinkedHashSet<>();
    for (KnowledgeBuilderResult error : mapping.getErrors()) {
      int[] lines = error.getLines();
      int line = lines != null && lines.length > 0 ? Math.max(0, lines[0]) : 0;
      int column = lines != null && lines.length > 1 ? Math.max(0, lines[1]) : 0;
      found.add(new RuleSetProblem(vocabulary.file(), line, column, "this vocabulary line cannot be read ("
          + error.getMessage() + "); a line reads [when]sentence=DRL or [then]sentence=DRL. Drools' DSL reader"
          + " takes ASCII and Chinese characters but no Chinese punctuation (,。、“” and the like) nor § or ·:"
          + " write \\uFF0C for , in a sentence, and ASCII punctuation in the DRL"));
    }
    problems.addAll(found);
    return mapping;
  }

  /**
   * Returns the DRL of the sentences {@code dslr} in {@code file}, expanded by the vocabularies its
   * {@code expander} lines name ({@code vocabularies} finds them by name), or null with the
   * problems added to {@code problems}.
   */
  static Translated expand(String file, String dslr, Function<String, Optional<Vocabulary>> vocabularies,
      String known, List<RuleSetProblem> problems) {
    int before = problems.size();
    List<Vocabulary> named = new ArrayList<>();
    StringBuilder text = new StringBuilder(dslr);
    Matcher expander = EXPANDER.matcher(dslr);
    while (expander.find()) {
      int line = lineAt(dslr, expander.start());
      Optional<Vocabulary> found = vocabularies.apply(expander.group(1));
      if (found.isEmpty()) {
        problems.add(new RuleSetProblem(file, line, expander.start(1) - dslr.lastIndexOf('\n', expander.start()),
            "'expander " + expander.group(1) + "' names no vocabulary; the vocabularies are " + known));
      } else {
        named.add(found.get());
      }
      // Drools' parser does not know the line: blank it, keeping every other line where it was
      for (int i = expander.start(); i < expander.end(); i++) {
        text.setCharAt(i, ' ');
      }
    }
    if (named.isEmpty() && problems.size() == before) {
      problems.add(new RuleSetProblem(file, 1, 1, "names no vocabulary: add a line such as 'expander amodel-zh.dsl;'"
          + " (or amodel-en.dsl, or a .dsl file of this rule set) under the package line"));
    }
    DefaultExpander expanderImpl = new DefaultExpander();
    List<DSLMappingEntry> entries = new ArrayList<>();
    for (Vocabulary vocabulary : named) {
      DSLTokenizedMappingFile mapping = parse(vocabulary, problems);
      expanderImpl.addDSLMapping(mapping.getMapping());
      entries.addAll(mapping.getMapping().getEntries());
    }
    if (problems.size() > before) {
      return null;
    }
    String drl = expanderImpl.expand(text.toString());
    String vocabularyNames = String.join(", ", named.stream().map(Vocabulary::name).toList());
    for (ExpanderException error : expanderImpl.getErrors()) {
      int line = Math.max(0, error.getLine());
      Matcher unable = UNABLE.matcher(error.getMessage() == null ? "" : error.getMessage().strip());
      if (unable.matches()) {
        String sentence = unable.group(1).strip();
        problems.add(new RuleSetProblem(file, line, firstColumn(lineOf(dslr, line)), "this sentence is not in the"
            + " vocabulary (" + vocabularyNames + "): '" + sentence + "'" + nearest(sentence, entries, section(dslr, line))
            + "; write a sentence of the vocabulary, or DRL on a line that starts with '>'"));
      } else {
        problems.add(new RuleSetProblem(file, line, 0, "the sentences cannot be expanded: " + error.getMessage()));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    String[] sourceLines = dslr.split("\n", -1);
    String[] drlLines = drl.split("\n", -1);
    return new Translated(file, drl, p -> {
      int line = p.line();
      if (line < 1 || line > sourceLines.length || line > drlLines.length
          || sourceLines[line - 1].strip().equals(drlLines[line - 1].strip())) {
        return p;
      }
      return new RuleSetProblem(p.file(), line, firstColumn(sourceLines[line - 1]), p.message()
          + " (the sentence '" + sourceLines[line - 1].strip() + "' reads in DRL: " + drlLines[line - 1].strip() + ")");
    });
  }

  /** Returns ", the nearest is '…'" for the vocabulary's sentence closest to {@code sentence}. */
  private static String nearest(String sentence, List<DSLMappingEntry> entries, DSLMappingEntry.Section section) {
    return entries.stream()
        .filter(e -> e.getSection() == section || e.getSection() == DSLMappingEntry.ANY)
        // a helper that rewrites words for another sentence (文化程度低于大专 → … COLLEGE) is not a sentence
        .filter(e -> e.getSection() != DSLMappingEntry.CONDITION || e.getMappingValue().contains("("))
        .map(e -> readable(e.getMappingKey()))
        .min(Comparator.comparingInt((String key) -> -shared(key, sentence))
            .thenComparingInt(key -> EditDistance.of(key, sentence)))
        .map(key -> "; the nearest sentence is '" + key + "'")
        .orElse("");
  }

  /** Returns how many characters of {@code sentence} {@code key} also has, each counted as often as both have it. */
  private static int shared(String key, String sentence) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    key.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
    int shared = 0;
    for (int c : sentence.codePoints().toArray()) {
      Integer left = counts.get(c);
      if (left != null && left > 0 && !Character.isWhitespace(c)) {
        counts.put(c, left - 1);
        shared++;
      }
    }
    return shared;
  }

  /** Returns a vocabulary key as a clerk would write it: {@code {min:\d+}} as {@code {min}}, no {@code \s*}. */
  static String readable(String key) {
    String shown = VARIABLE.matcher(key).replaceAll("{$1}");
    return shown.replace("\\s*", "").replace("\\s+", " ").replace("\\", "").strip();
  }

  /** Returns the part of a rule that {@code line} of {@code dslr} is in: conditions after 'when', reports after 'then'. */
  private static DSLMappingEntry.Section section(String dslr, int line) {
    String[] lines = dslr.split("\n", -1);
    for (int i = Math.min(line, lines.length) - 2; i >= 0; i--) {
      String word = lines[i].strip();
      if (word.equals("then") || word.startsWith("then ")) {
        return DSLMappingEntry.CONSEQUENCE;
      }
      if (word.equals("when") || word.startsWith("when ")) {
        return DSLMappingEntry.CONDITION;
      }
    }
    return DSLMappingEntry.CONDITION;
  }

  private static String lineOf(String text, int line) {
    String[] lines = text.split("\n", -1);
    return line >= 1 && line <= lines.length ? lines[line - 1] : "";
  }

  private static int firstColumn(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (!Character.isWhitespace(line.charAt(i))) {
        return i + 1;
      }
    }
    return 1;
  }

  private static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
