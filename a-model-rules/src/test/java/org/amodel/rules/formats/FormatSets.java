package org.amodel.rules.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Post;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetCompiler.BuildMode;
import org.amodel.rules.ruleset.RuleSetException;
import org.amodel.rules.ruleset.RuleSetProblem;

/** The test rule sets written in each format, under {@code org/amodel/rules/formats/}. */
final class FormatSets {
  private FormatSets() {
  }

  /** Returns the folder of the test rule set {@code id}. */
  static Path folder(String id) {
    URL url = FormatSets.class.getResource("/org/amodel/rules/formats/" + id + "/ruleset.yaml");
    if (url == null) {
      throw new IllegalArgumentException("no test rule set " + id);
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the test rule set {@code id}, compiled in {@code mode} with the safety check, as the engine does. */
  static RuleSet load(String id, BuildMode mode) {
    try {
      return RuleSetLoaders.standard(mode).folder(folder(id));
    } catch (RuleSetException e) {
      throw new AssertionError(id + " does not compile:\n" + e.problems().stream().map(Object::toString)
          .collect(Collectors.joining("\n")), e);
    }
  }

  /** Returns each finding as "RULE_ID subject", sorted. */
  static List<String> idsAndSubjects(List<Finding> findings) {
    return findings.stream().map(FormatSets::idAndSubject).sorted().toList();
  }

  /** Returns "RULE_ID subject" for a finding of {@code ruleId} about {@code subject}. */
  static String idAndSubject(String ruleId, Subject subject) {
    return ruleId + " " + subject;
  }

  private static String idAndSubject(Finding f) {
    return idAndSubject(f.ruleId().value(), f.subject());
  }

  /** Returns the subject "person {@code personId} in {@code post}" of the seed fixture's community. */
  static Subject person(String personId, Post post) {
    return Subject.person(SeedFixture.COMMUNITY_ID, personId, post);
  }

  /** Returns the problems of loading the rule set in {@code folder}, failing if it loads. */
  static List<RuleSetProblem> problems(Path folder, BuildMode mode) {
    try {
      RuleSet loaded = RuleSetLoaders.standard(mode).folder(folder);
      throw new AssertionError("expected problems, but " + loaded + " loaded");
    } catch (RuleSetException e) {
      return e.problems();
    }
  }

  /** Returns the one problem of loading the rule set in {@code folder}, failing unless there is exactly one. */
  static RuleSetProblem onlyProblem(Path folder) {
    List<RuleSetProblem> problems = problems(folder, BuildMode.CLASSIC);
    if (problems.size() != 1) {
      throw new AssertionError("expected one problem, got:\n" + problems.stream().map(Object::toString)
          .collect(Collectors.joining("\n")));
    }
    return problems.get(0);
  }

  /** Copies the test rule set {@code id} into {@code root}, under its own name, and returns the copy. */
  static Path copy(String id, Path root) throws IOException {
    Path from = folder(id);
    Path to = root.resolve(id);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  /** Asserts that {@code problem} is at {@code file}:{@code line}:{@code column} and says each of {@code words}. */
  static void assertProblem(RuleSetProblem problem, String file, int line, int column, String... words) {
    assertEquals(file + ":" + line + ":" + column, problem.file() + ":" + problem.line() + ":" + problem.column(),
        problem::toString);
    for (String word : words) {
      assertTrue(problem.message().contains(word), () -> "no '" + word + "' in " + problem);
    }
  }
}
