package org.amodel.rules.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small rule set folder written into a test's temporary directory, as a policy officer would
 * write one: a valid starting point (one station-size rule) that each test then breaks in one way.
 */
final class TempRuleSet {
  static final RuleSetLoader LOADER =
      RuleSetLoader.with(RuleSetCompiler.of(RuleSetCompiler.BuildMode.CLASSIC, List.of()));

  /** The descriptor of {@code id}, 10 lines: id on 1, name on 3-5, effective on 7-8, sources on 9-10. */
  static String descriptor(String id) {
    return """
        id: %s
        version: 1.0.0
        name:
          zh: 测试规则集
          en: Test rule set
        district: test-district
        effective:
          from: 2005-05-01
        sources:
          - "seed §二(四): 社区服务站由3-4人组成"
        """.formatted(id);
  }

  /** The parameters the station rule reads: station.size.min on lines 1-4, station.size.max on 5-8. */
  static final String PARAMETERS = """
      station.size.min:
        - from: 2005-05-01
          value: 3
          source: "seed §二(四): 社区服务站由3-4人组成"
      station.size.max:
        - from: 2005-05-01
          value: 4
          source: "seed §二(四): 社区服务站由3-4人组成"
      """;

  /** The header of a rule file of package {@code pkg}: package on line 1, the globals on lines 6-7. */
  static String header(String pkg) {
    return """
        package %s;

        import org.amodel.core.model.*;
        import org.amodel.rules.drl.*;

        global RuleParameters params;
        global FindingCollector findings;
        """.formatted(pkg);
  }

  /**
   * The station-size rule of the seed (as in jinan-shizhong-2005), in package {@code pkg}: the rule
   * starts on line 9, its @id on 10, @severity on 11, @basis on 12, the pattern on line 14.
   */
  static String stationRule(String pkg) {
    return header(pkg) + """

        rule "Station has too few or too many people"
          @id(STATION_SIZE)
          @severity(VIOLATION)
          @basis("seed §二(四): 社区服务站由3-4人组成")
        when
          $s : ServiceStation( ( params.has("station.size.min") && size() < params.integer("station.size.min") )
                               || ( params.has("station.size.max") && size() > params.integer("station.size.max") ) )
        then
          findings.station(drools, $s, "服务站人数不符", "station size is wrong");
        end
        """;
  }

  /**
   * A rule that reports on every community, in package {@code pkg}, named {@code name}, with rule id
   * {@code ruleId}: the rule starts on line 9.
   */
  static String alwaysRule(String pkg, String name, String ruleId) {
    return header(pkg) + """

        rule "%s"
          @id(%s)
          @severity(NOTICE)
          @basis("a test")
        when
          $c : Community()
        then
          findings.community(drools, "%s", "%s");
        end
        """.formatted(name, ruleId, ruleId, ruleId);
  }

  private final Path folder;

  private TempRuleSet(Path folder) {
    this.folder = folder;
  }

  /** Writes a valid rule set {@code id} into {@code root}/{@code id}: descriptor, parameters, station rule. */
  static TempRuleSet valid(Path root, String id) {
    TempRuleSet set = new TempRuleSet(root.resolve(id));
    return set.write(DescriptorReader.FILE, descriptor(id))
        .write(ParametersReader.FILE, PARAMETERS)
        .write("rules/station.drl", stationRule(id.replace('-', '_')));
  }

  Path folder() {
    return folder;
  }

  /** Writes {@code text} as UTF-8 into {@code file} of the folder. */
  TempRuleSet write(String file, String text) {
    return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
  }

  TempRuleSet writeBytes(String file, byte[] bytes) {
    try {
      Path path = folder.resolve(file);
      Files.createDirectories(path.getParent());
      Files.write(path, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TempRuleSet delete(String file) {
    try {
      Files.delete(folder.resolve(file));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RuleSet load() {
    return LOADER.folder(folder);
  }

  /** Loads the rule set, expecting it refused; returns why. */
  RuleSetException refused() {
    return assertThrows(RuleSetException.class, this::load, "the rule set should have been refused");
  }

  /** Loads the rule set, expecting it refused for exactly one problem; returns it. */
  RuleSetProblem onlyProblem() {
    RuleSetException e = refused();
    assertEquals(1, e.problems().size(), () -> "expected one problem, got:\n" + e.getMessage());
    return e.problems().get(0);
  }

  /** Asserts that {@code p} stands at {@code file}:{@code line}:{@code column} and says each of {@code words}. */
  static void assertProblem(RuleSetProblem p, String file, int line, int column, String... words) {
    assertEquals(file + ":" + line + ":" + column, p.file() + ":" + p.line() + ":" + p.column(),
        () -> "where the problem stands: " + p);
    for (String word : words) {
      assertTrue(p.message().contains(word), () -> "the message should say '" + word + "': " + p);
    }
    assertTrue(!p.message().contains("Exception") && !p.message().contains("\tat "),
        () -> "the message should not read like a stack trace: " + p);
  }

  /** Asserts that {@code e} holds a problem at {@code file}:{@code line}:{@code column} saying each of {@code words}. */
  static void assertHasProblem(RuleSetException e, String file, int line, int column, String... words) {
    List<RuleSetProblem> here = e.problems().stream()
        .filter(p -> p.file().equals(file) && p.line() == line && p.column() == column).toList();
    if (here.isEmpty()) {
      fail("no problem at " + file + ":" + line + ":" + column + "; the problems are:\n" + e.problems().stream()
          .map(RuleSetProblem::toString).collect(Collectors.joining("\n")));
    }
    assertEquals(1, here.size(), () -> "one problem expected there: " + here);
    assertProblem(here.get(0), file, line, column, words);
  }
}
