package org.amodel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  /** The example community: a station of three, a chair who could also be secretary. */
  static final String EXAMPLE =
      Path.of("..", "a-model-rules", "src", "test", "resources", "org", "amodel", "rules", "input",
          "example-community.yaml").toString();

  @TempDir Path tmp;

  /** Runs {@code amodel explain} under the seed's rules as of 2005-12-01 on {@code file} with {@code options}. */
  private static Cli explain(String file, String... options) {
    List<String> args = new ArrayList<>(List.of("explain", "--rule-set", "jinan-shizhong-2005", "--as-of", "2005-12-01"));
    args.addAll(List.of(options));
    args.add(file);
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  @DisplayName("Why not: a station of three under the seed's rules names the failing condition and both values")
  void whyNotNamesTheFailingConditionAndTheValues() {
    Cli cli = explain(EXAMPLE, "--rule", "STATION_SIZE", "--subject", "station:station-1");

    assertEquals(0, cli.exitCode(), cli::err);
    assertTrue(cli.out().contains("结果 Result: 没有发现 no finding"), cli::out);
    assertTrue(cli.out().contains("DRL 规则 rule \"Station has more people than the maximum\" (rules/station.drl)"),
        cli::out);
    assertTrue(cli.out().contains("ServiceStation station-1: 不成立 failed — size() > params.integer(\"station.size.max\")"),
        cli::out);
    assertTrue(cli.out().contains("size() = 3"), cli::out);
    assertTrue(cli.out().contains("params.integer(\"station.size.max\") = 4 (station.size.max 自 from 2005-05-01: seed §二(四)"),
        cli::out);
  }

  @Test
  @DisplayName("A finding that fired: the finding, the rule's basis, its parameters with sources, the facts it matched")
  void firedFindingShowsRuleBasisParametersAndFacts() {
    Cli cli = explain(EXAMPLE, "--rule", "CONCURRENT_POSTS_AVAILABLE", "--subject", "person:chair");

    assertEquals(0, cli.exitCode(), cli::err);
    assertTrue(cli.out().contains("结果 Result: 1 条发现 finding"), cli::out);
    assertTrue(cli.out().contains("[NOTICE] CONCURRENT_POSTS_AVAILABLE c-luoyuan/person:chair(COMMITTEE_CHAIR)"), cli::out);
    assertTrue(cli.out().contains("依据 Basis: seed §二(三)"), cli::out);
    assertTrue(cli.out().contains("触发 Fired: 1 次 time"), cli::out);
    assertTrue(cli.out().contains("← 匹配的事实 matched facts:"), cli::out);
    assertTrue(cli.out().contains("参数 Parameters:"), cli::out);
  }

  @Test
  @DisplayName("An unknown rule id exits 1 with the nearest id")
  void unknownRuleExitsOneWithSuggestion() {
    Cli cli = explain(EXAMPLE, "--rule", "STATION_SIZ");

    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().contains("did you mean STATION_SIZE?"), cli::err);
  }

  @Test
  @DisplayName("A subject the community does not have exits 1 and names those it has")
  void missingSubjectExitsOne() {
    Cli cli = explain(EXAMPLE, "--rule", "STATION_SIZE", "--subject", "station:station-9");

    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().contains("has no service station 'station-9'"), cli::err);
    assertTrue(cli.err().contains("station-1"), cli::err);
  }

  @Test
  @DisplayName("An unreadable community file exits 1 with file:line:col")
  void unreadableCommunityFileExitsOneWithPlace() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "id: c-1\nname: [unclosed\n");

    Cli cli = explain(bad.toString(), "--rule", "STATION_SIZE");

    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().matches("(?s).*bad\\.yaml:\\d+:\\d+: .*"), cli::err);
  }

  @Test
  @DisplayName("A wrong command line exits 2: no --rule, or a --subject that is not kind:id")
  void usageMistakesExitTwo() {
    assertEquals(2, explain(EXAMPLE).exitCode());
    Cli cli = explain(EXAMPLE, "--rule", "STATION_SIZE", "--subject", "station-1");
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().contains("not <kind>:<id>"), cli::err);
  }
}
