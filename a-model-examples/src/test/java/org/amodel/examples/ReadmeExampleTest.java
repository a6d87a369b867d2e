package org.amodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.election.Ballot;
import org.amodel.core.election.Candidate;
import org.amodel.core.election.Election;
import org.amodel.core.election.ElectionChecker;
import org.amodel.core.election.ElectionCount;
import org.amodel.core.election.ElectionResult;
import org.amodel.core.election.ElectionStatus;
import org.amodel.core.election.ElectionThresholds;
import org.amodel.core.election.Nomination;
import org.amodel.core.election.SeatPlan;
import org.amodel.core.election.Winner;
import org.amodel.core.model.Community;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.core.model.SubdistrictPartyWorkingCommittee;
import org.amodel.examples.pilot.PilotCommunity;
import org.amodel.rules.engine.Evaluation;
import org.amodel.rules.engine.ReloadResult;
import org.amodel.rules.engine.RuleEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run; its text must match the README's code block. */
class ReadmeExampleTest {
  private static final String BEGIN = "// README example begins";
  private static final String END = "// README example ends";

  /** The README's example, verbatim between the markers. */
  static void readmeExample() {
    // README example begins
    SubdistrictOffice office = new SubdistrictOffice("ganshiqiao", "杆石桥街道办事处",
        new SubdistrictPartyWorkingCommittee("ganshiqiao-pwc", "杆石桥街道党工委"));
    Community community = Community.builder("c1", "新建社区", CommunityType.GEOGRAPHIC, office).build();
    List<Finding> findings = ReferenceChecker.seed().check(community, LocalDate.of(2005, 12, 1));
    for (Finding f : findings) {
      System.out.println(f.severity() + " " + f.ruleId() + " " + f.subject());
      System.out.println("  " + f.messageZh() + " / " + f.messageEn());
    }
    // README example ends
  }

  @Test
  @DisplayName("the README example reports that an empty community lacks the three organisations, households and an assembly")
  void exampleRuns() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      readmeExample();
    } finally {
      System.setOut(original);
    }
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(output.contains("VIOLATION STRUCTURE_TRINITY c1/community:c1"), output);
    assertTrue(output.contains("社区党组织现有0个,应为1个"), output);
    assertTrue(output.contains("WARNING COMMUNITY_HOUSEHOLDS c1/community:c1"), output);
    assertTrue(output.contains("VIOLATION ASSEMBLY_COMPOSITION c1/community:c1"), output);
    assertEquals(3, output.lines().filter(l -> !l.startsWith("  ")).count(), output);
  }

  /** The README's second example: the engine with the bundled rule sets, verbatim between the markers. */
  static Evaluation engineExample(Community community) {
    // README example begins
    RuleEngine engine = RuleEngine.withBundledRuleSets();   // hold one for the application's life
    Evaluation e = engine.evaluate("jinan-shizhong", community, LocalDate.of(2005, 12, 1));
    System.out.println(e.ruleSetId() + " " + e.ruleSetVersion() + ": " + e.findings().size() + " findings");
    ReloadResult r = engine.reload(Path.of("my-rules/jinan-shizhong-2005"));   // a folder policy staff edit
    if (r instanceof ReloadResult.Refused refused) {
      refused.problems().forEach(p -> System.out.println(p));   // file:line:column: message
    }
    // README example ends
    return e;
  }

  @Test
  @DisplayName("the README's engine example checks a community by the seed's rule set, and a missing folder is refused")
  void engineExampleRuns() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    Evaluation e;
    try {
      e = engineExample(PilotCommunity.build());
    } finally {
      System.setOut(original);
    }
    String output = bytes.toString(StandardCharsets.UTF_8);
    assertEquals("jinan-shizhong-2005", e.ruleSetId());
    assertTrue(output.startsWith("jinan-shizhong-2005 1.0.0: " + e.findings().size() + " findings"), output);
    assertEquals(ReferenceChecker.seed().check(PilotCommunity.build(), LocalDate.of(2005, 12, 1)).stream()
        .map(Finding::key).toList(), e.findings().stream().map(Finding::key).toList());
    assertTrue(output.contains("my-rules") && output.contains("is not a folder holding a rule set"), output);
  }

  /** The README's third example: counting a direct election, verbatim between the markers. */
  static ElectionResult electionExample() {
    // README example begins
    List<Candidate> candidates = Stream.of("a", "b", "c", "d", "e", "f", "g")
        .map(id -> Candidate.of(id, new Nomination.ByResidentsGroup("group-1"))).toList();
    List<Ballot> ballots = new ArrayList<>(Collections.nCopies(60, Ballot.marking("a", "b", "c", "d", "e")));
    ballots.add(Ballot.blank());   // counted, as invalid: no ballot is ever dropped
    Election election = Election.of("e-2005", "c1", LocalDate.of(2005, 9, 18), SeatPlan.of(1, 1, 3),
        ElectorateKind.HOUSEHOLD_REPRESENTATIVES, 100, candidates, 70, ballots);
    ElectionResult result = ElectionCount.of(election, ElectionThresholds.JINAN_SHIZHONG_2005);
    System.out.println(result.status() + ", turnout " + result.statistics().turnout().percent(1));
    RuleEngine.withBundledRuleSets().evaluate("jinan-shizhong", election, LocalDate.of(2005, 9, 18))
        .findings().forEach(System.out::println);   // the district's DRL rules: none broken here
    // README example ends
    return result;
  }

  @Test
  @DisplayName("the README's election example elects five of seven candidates with 61 of 100 households voting")
  void electionExampleRuns() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    ElectionResult result;
    try {
      result = electionExample();
    } finally {
      System.setOut(original);
    }
    assertEquals(ElectionStatus.ELECTED, result.status());
    assertEquals(List.of("a", "b", "c", "d", "e"), result.winners().stream().map(Winner::personId).sorted().toList());
    assertEquals(61, result.statistics().ballotsReturned());
    assertEquals("ELECTED, turnout 61.0%", bytes.toString(StandardCharsets.UTF_8).strip());
    assertEquals(List.of(), ElectionChecker.seed().check(result, LocalDate.of(2005, 9, 18)));
  }

  @Test
  @DisplayName("the README shows these tests' examples, line for line and in order")
  void readmeShowsTheseExamples() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
    List<String> blocks = new ArrayList<>();
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (block.find()) {
      blocks.add(unindent(block.group(1)));
    }
    List<String> examples = new ArrayList<>(marked(
        Path.of("src", "test", "java", "org", "amodel", "examples", "ReadmeExampleTest.java")));
    // the whole program of the embedding example comes right after the first snippet
    examples.addAll(1, marked(Path.of("src", "main", "java", "org", "amodel", "examples", "EmbeddingExample.java")));
    assertEquals(examples, blocks);
  }

  /** Returns the code between the README markers in {@code file}, in order, unindented. */
  private static List<String> marked(Path file) throws IOException {
    String source = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    List<String> examples = new ArrayList<>();
    int from = 0;
    while (source.indexOf(BEGIN + "\n", from) >= 0) {
      int start = source.indexOf(BEGIN + "\n", from) + BEGIN.length() + 1;
      int end = source.indexOf("    " + END, start);
      examples.add(unindent(source.substring(start, end)));
      from = end + END.length();
    }
    return examples;
  }

  @Test
  @DisplayName("the embedding program prints the example community's findings by the seed district's rules")
  void embeddingProgramRuns() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      EmbeddingExample.main(new String[] {Path.of("..", "docs", "examples", "luoyuan.yaml").toString()});
    } finally {
      System.setOut(original);
    }
    assertEquals(List.of(
            "WARNING COMMUNITY_HOUSEHOLDS c-luoyuan/community:c-luoyuan: community has 2 households; normally at least 100",
            "NOTICE CONCURRENT_POSTS_AVAILABLE c-luoyuan/person:chair(COMMITTEE_CHAIR): chair 王秀英 is a full Party member"
                + " who passed the working committee's assessment on 2005-08-20 and could also be secretary; someone else"
                + " is secretary"),
        bytes.toString(StandardCharsets.UTF_8).lines().toList());
  }

  private static String unindent(String code) {
    List<String> lines = code.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n")).strip();
  }
}
