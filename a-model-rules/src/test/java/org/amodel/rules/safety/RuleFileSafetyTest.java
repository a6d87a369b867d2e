package org.amodel.rules.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amodel.rules.ruleset.RuleSetProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleFileSafetyTest {
  private static final Pattern EXPECT = Pattern.compile("^// expect: (\\d+) (.+)$");

  private static final String HEADER = """
      package org.amodel.rules.seed;

      import org.amodel.core.model.ServiceStation;
      import org.amodel.core.model.StationAppointment;
      global org.amodel.rules.drl.FindingCollector findings;
      """;

  static Stream<Path> hostileFiles() throws IOException, URISyntaxException {
    return drlFiles("hostile");
  }

  static Stream<Path> safeFiles() throws IOException, URISyntaxException {
    return drlFiles("safe");
  }

  private static Stream<Path> drlFiles(String folder) throws IOException, URISyntaxException {
    Path dir = Path.of(RuleFileSafetyTest.class.getClassLoader().getResource(folder).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".drl")).sorted().collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFiles")
  @DisplayName("every hostile file is refused at the line of its offence, naming it")
  void hostileFileIsRefusedAtTheExpectedLine(Path path) throws IOException {
    String text = Files.readString(path, StandardCharsets.UTF_8);
    Matcher expect = EXPECT.matcher(text.lines().findFirst().orElse(""));
    assertTrue(expect.matches(), path + " must start with // expect: LINE NAME");
    int line = Integer.parseInt(expect.group(1));
    String name = expect.group(2).strip();
    String file = "hostile/" + path.getFileName();

    List<RuleSetProblem> problems = RuleFileSafety.check(file, text);

    assertFalse(problems.isEmpty(), path + " was not refused");
    assertTrue(problems.stream().allMatch(p -> p.file().equals(file)), () -> "problems name the file: " + problems);
    assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.column() > 0 && p.message().contains(name)),
        () -> "expected a problem at line " + line + " naming " + name + ", got:\n" + join(problems));
  }

  @Test
  void hostileFolderHoldsAFileForEveryRefusedConstruct() throws Exception {
    List<String> names = hostileFiles().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.size() >= 21, "hostile files: " + names);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("safeFiles")
  @DisplayName("realistic rule files pass with no problem")
  void safeFilePasses(Path path) throws IOException {
    List<RuleSetProblem> problems = RuleFileSafety.check("safe/" + path.getFileName(), Files.readString(path));
    assertEquals(List.of(), problems, () -> join(problems));
  }

  @Test
  void messageNamesTheRuleTheCallAndWhatIsAllowed() {
    String drl = HEADER + """

        rule "Exit"
        when
          $s : ServiceStation()
        then
            System.exit(1);
        end
        """;
    List<RuleSetProblem> problems = RuleFileSafety.check("rules/x.drl", drl);
    assertEquals(List.of("rules/x.drl:11:5: the rule \"Exit\" calls System.exit, which rule files may not use; "
        + "rule files may only use the community model, the findings API, java.time, java.util collections and "
        + "plain values"), problems.stream().map(RuleSetProblem::toString).toList());
  }

  @Test
  void problemInsideAConsequencePointsAtItsOwnLineNotAtTheRule() {
    String drl = HEADER + """

        rule "Late offence"
        when
          $s : ServiceStation()
        then
          findings.station(drools, $s, "a",
              "b");

          // a comment
          String x = "java.lang.System.exit(0)";
          java.lang.Runtime.getRuntime();
        end
        """;
    List<RuleSetProblem> problems = RuleFileSafety.check("r.drl", drl);
    assertEquals(1, problems.size(), () -> join(problems));
    assertEquals(16, problems.get(0).line());
    assertEquals(3, problems.get(0).column());
  }

  @Test
  void lineIsKeptWhenTheParserRewritesALiteralInTheConsequence() {
    // The DRL parser hands the consequence over with '\'' rewritten as "\'".
    String drl = HEADER + "\nrule \"Rewritten\"\nwhen\n  $s : ServiceStation()\nthen\n"
        + "  char c = '\\'';\n  String d = \"x\";\n  Runtime.getRuntime();\nend\n";
    List<RuleSetProblem> problems = RuleFileSafety.check("r.drl", drl);
    assertEquals(1, problems.size(), () -> join(problems));
    assertEquals(13, problems.get(0).line());
    assertEquals(3, problems.get(0).column());
  }

  @Test
  void problemInsideAFunctionPointsAtItsLine() {
    String drl = HEADER + """

        function int twice(int x) {
          int y = x * 2;
          Thread.sleep(10);
          return y;
        }
        """;
    List<RuleSetProblem> problems = RuleFileSafety.check("r.drl", drl);
    assertEquals(1, problems.size(), () -> join(problems));
    assertEquals(9, problems.get(0).line());
    assertTrue(problems.get(0).message().startsWith("the function \"twice\" calls Thread.sleep"));
  }

  @Test
  void droolsMayBeReadForItsRuleAndMatchAndPassedToGlobalsAndFunctions() {
    String drl = HEADER + """

        function void report(Object helper, String text) {
        }

        rule "Allowed uses of drools"
        when
          $s : ServiceStation()
        then
          String name = drools.getRule().getName();
          int facts = kcontext.getMatch().getObjects().size();
          findings.station(drools, $s, name, "x" + facts);
          report(kcontext, name);
        end
        """;
    assertEquals(List.of(), RuleFileSafety.check("r.drl", drl));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Object helper = drools;",
      "var helper = kcontext;",
      "java.util.function.Supplier<Object> s = () -> drools;",
      "drools.insert($s);",
      "kcontext.getKieRuntime();",
      "String.valueOf(drools);"})
  void droolsMayNotEscape(String statement) {
    String drl = HEADER + "\nrule \"Escape\"\nwhen\n  $s : ServiceStation()\nthen\n  " + statement + "\nend\n";
    List<RuleSetProblem> problems = RuleFileSafety.check("r.drl", drl);
    assertTrue(problems.stream().anyMatch(p -> p.line() == 11
        && (p.message().contains("drools") || p.message().contains("kcontext"))), () -> statement + " -> " + join(problems));
  }

  @Test
  void functionStyleAccumulatesEntryPointsAndQueriesAreAllowed() {
    String drl = HEADER + """
        import java.util.List;

        query "big stations" (int $min)
          ServiceStation( size >= $min )
        end

        rule "Accumulate functions"
        when
          $s : ServiceStation() from entry-point "stations"
          accumulate( StationAppointment( $id : personId ) from $s.appointments();
                      $count : count(),
                      $ids : collectList( $id ),
                      $distinct : collectSet( $id );
                      $count > 1 )
          $total : Number() from accumulate( $a : StationAppointment() from $s.appointments(), sum( 1 ) )
          exists ServiceStation( size > 0 )
          forall( StationAppointment( personId != null ) from $s.appointments() )
        then
          findings.station(drools, $s, "a", "" + $count + $ids + $distinct + $total);
        end
        """;
    List<RuleSetProblem> problems = RuleFileSafety.check("r.drl", drl);
    assertEquals(List.of(), problems, () -> join(problems));
  }

  @Test
  void droolsMayGoToACallChainedOnAGlobal() {
    String drl = HEADER + """
        rule "R"
        when
          $s : ServiceStation()
        then
          findings.citingOn(java.time.LocalDate.of(2005, 1, 1)).station(drools, $s, "a", "b");
        end
        """;
    List<RuleSetProblem> problems = RuleFileSafety.check("r.drl", drl);
    assertEquals(List.of(), problems, () -> join(problems));
  }

  @Test
  void droolsMayNotGoToACallChainedOnAnythingElse() {
    String drl = HEADER + """
        rule "R"
        when
          $s : ServiceStation()
        then
          java.util.List.of($s).add(drools);
        end
        """;
    List<RuleSetProblem> problems = RuleFileSafety.check("r.drl", drl);
    assertEquals(1, problems.size(), () -> join(problems));
    assertEquals(10, problems.get(0).line(), () -> join(problems));
    assertTrue(problems.get(0).message().contains("drools"), problems.get(0)::message);
  }

  @Test
  void wildcardImportsOfAllowedPackagesResolveTheirRealClasses() {
    String drl = """
        package p;
        import org.amodel.core.model.*;
        import org.amodel.rules.drl.*;
        import java.time.*;
        global FindingCollector findings;
        rule "R"
        when
          $s : ServiceStation( size() > 3 )
          $p : Person( birthDate.isBefore(LocalDate.of(1970, 1, 1)) )
        then
          findings.station(drools, $s, "a" + Period.between($p.birthDate(), LocalDate.of(2005, 1, 1)), "b");
        end
        """;
    List<RuleSetProblem> problems = RuleFileSafety.check("r.drl", drl);
    assertEquals(List.of(), problems, () -> join(problems));
  }

  @Test
  void aWildcardImportOpensNoNameOutsideItsPackage() {
    String drl = """
        package p;
        import org.amodel.core.model.*;
        import java.time.*;
        rule "R"
        when
          $s : ServiceStation()
        then
          System.exit(1);
          Files.delete(null);
        end
        """;
    List<RuleSetProblem> problems = RuleFileSafety.check("r.drl", drl);
    assertEquals(2, problems.size(), () -> join(problems));
    assertEquals(8, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("System.exit"), problems.get(0)::message);
    assertEquals(9, problems.get(1).line());
    assertTrue(problems.get(1).message().contains("Files"), problems.get(1)::message);
  }

  @Test
  void unimportedTypeIsRefusedWithAHint() {
    String drl = HEADER + "\nrule \"R\"\nwhen\n  $p : Person()\nthen\nend\n";
    List<RuleSetProblem> problems = RuleFileSafety.check("r.drl", drl);
    assertEquals(1, problems.size(), () -> join(problems));
    assertTrue(problems.get(0).message().contains("import org.amodel.core.model.Person;"));
  }

  @Test
  void unreadableConsequenceIsRefused() {
    String drl = HEADER + "\nrule \"R\"\nwhen\n  $s : ServiceStation()\nthen\n  findings.station(drools, $s;\nend\n";
    List<RuleSetProblem> problems = RuleFileSafety.check("r.drl", drl);
    assertTrue(problems.stream().anyMatch(p -> p.line() == 11 && p.message().contains("cannot be read as Java")),
        () -> join(problems));
  }

  @Test
  void neverThrowsForArbitraryText() {
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 120))
        .checkAssert(text -> RuleFileSafety.check("r.drl", text));
    qt().withExamples(300).forAll(strings().ascii().ofLengthBetween(0, 200))
        .checkAssert(text -> RuleFileSafety.check("r.drl", "package p;\nrule \"R\" when then " + text + "\nend\n"));
  }

  @Test
  void neverThrowsForAnyPrefixOfARealisticFile() throws Exception {
    for (Path path : safeFiles().toList()) {
      String text = Files.readString(path);
      for (int end = 0; end <= text.length(); end += 5) {
        String prefix = text.substring(0, end);
        List<RuleSetProblem> problems = RuleFileSafety.check("r.drl", prefix);
        assertTrue(problems.stream().allMatch(p -> p.line() >= 0 && p.column() >= 0));
      }
    }
  }

  @Test
  void allowlistIsExported() {
    List<String> allowed = RuleFileSafety.allowedPackagesAndTypes();
    assertTrue(allowed.contains("org.amodel.core.model.*"));
    assertTrue(allowed.contains("org.amodel.core.finding.*"));
    assertTrue(allowed.contains("org.amodel.rules.drl.*"));
    assertTrue(allowed.contains("java.time.*"));
    assertTrue(allowed.contains("java.math.BigDecimal"));
    assertTrue(allowed.contains("java.util.List"));
    assertTrue(allowed.stream().noneMatch(a -> a.startsWith("java.io") || a.startsWith("java.lang.System")
        || a.startsWith("java.lang.reflect") || a.startsWith("java.util.concurrent")));
  }

  private static String join(List<RuleSetProblem> problems) {
    return problems.stream().map(RuleSetProblem::toString).collect(Collectors.joining("\n"));
  }
}
