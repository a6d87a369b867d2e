package org.amodel.rules.ruleset;

import static org.amodel.rules.ruleset.TempRuleSet.assertHasProblem;
import static org.amodel.rules.ruleset.TempRuleSet.assertProblem;
import static org.amodel.rules.ruleset.TempRuleSet.header;
import static org.amodel.rules.ruleset.TempRuleSet.stationRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a policy officer is told about each mistake in a rule set's rule files; nothing is loaded. */
class RuleFileMistakesTest {
  static final String STATION = "rules/station.drl";
  static final String RULE_NAME = "Station has too few or too many people";

  @TempDir Path root;

  private TempRuleSet withStationRule(String text) {
    return TempRuleSet.valid(root, "mini-set").write(STATION, text);
  }

  private static String rule() {
    return stationRule("mini_set");
  }

  /** The 1-based column of {@code needle} on line {@code line} of {@code text}. */
  private static int columnOf(String text, int line, String needle) {
    String l = text.lines().skip(line - 1).findFirst().orElseThrow();
    int at = l.indexOf(needle);
    assertTrue(at >= 0, () -> "line " + line + " has no " + needle + ": " + l);
    return at + 1;
  }

  @Test
  void aWrongPackageNamesTheOneExpected() {
    RuleSetProblem p = withStationRule(stationRule("jinan_shizhong_2005")).onlyProblem();
    assertProblem(p, STATION, 1, 9, "the package is 'jinan_shizhong_2005' but must be 'mini_set'",
        "the rule set's id with '_' for '-'");
  }

  @Test
  void aWrongPackageAfterACommentIsFoundOnItsLine() {
    RuleSetProblem p = withStationRule("// 服务站规则\n\n" + stationRule("mini-set")).onlyProblem();
    assertProblem(p, STATION, 3, 9, "the package is 'mini' but must be 'mini_set'");
  }

  @Test
  void aMissingPackageLineIsReported() {
    RuleSetProblem p = withStationRule(rule().replace("package mini_set;\n", "// package mini_set;\n")).onlyProblem();
    assertProblem(p, STATION, 1, 1, "must start with 'package mini_set;'");
  }

  @Test
  void anUnknownParameterNameIsShownWhereItIsWritten() {
    String text = rule().replace("size() < params.integer(\"station.size.min\")",
        "size() < params.integer(\"station.size.mn\")");
    RuleSetProblem p = withStationRule(text).onlyProblem();
    assertProblem(p, STATION, 14, columnOf(text, 14, "station.size.mn"),
        "there is no parameter called 'station.size.mn'", "did you mean 'station.size.min'?");
  }

  @Test
  void twoRulesWithTheSameNameInTwoFilesNameTheFirst() {
    RuleSetProblem p = TempRuleSet.valid(root, "mini-set").write("rules/more.drl", rule()).onlyProblem();
    assertProblem(p, STATION, 9, 7, "a rule called \"" + RULE_NAME + "\" already exists", "(rules/more.drl:9)",
        "its own name");
  }

  @Test
  void twoRulesWithTheSameNameInOneFileNameTheFirst() {
    String text = rule() + rule().substring(header("mini_set").length());
    RuleSetProblem p = withStationRule(text).onlyProblem();
    assertProblem(p, STATION, 20, 7, "already exists", "(rules/station.drl:9)");
  }

  @Test
  void aRuleWithoutIdIsReportedAtTheRule() {
    RuleSetProblem p = withStationRule(rule().replace("  @id(STATION_SIZE)\n", "")).onlyProblem();
    assertProblem(p, STATION, 9, 7, "rule \"" + RULE_NAME + "\" has no @id", "@id, @severity and @basis");
  }

  @Test
  void aRuleWithoutSeverityIsReportedAtTheRule() {
    RuleSetProblem p = withStationRule(rule().replace("  @severity(VIOLATION)\n", "")).onlyProblem();
    assertProblem(p, STATION, 9, 7, "has no @severity");
  }

  @Test
  void aRuleWithoutBasisIsReportedAtTheRule() {
    RuleSetProblem p = withStationRule(rule().replace("  @basis(\"seed §二(四): 社区服务站由3-4人组成\")\n", ""))
        .onlyProblem();
    assertProblem(p, STATION, 9, 7, "has no @basis");
  }

  @Test
  void anUnknownSeverityListsTheSeverities() {
    RuleSetProblem p = withStationRule(rule().replace("@severity(VIOLATION)", "@severity(SEVERE)")).onlyProblem();
    assertProblem(p, STATION, 9, 7, "SEVERE", "VIOLATION, WARNING, NOTICE");
    assertFalse(p.message().contains("enum"), p::toString);
  }

  @Test
  void aLowerCaseRuleIdIsReported() {
    RuleSetProblem p = withStationRule(rule().replace("@id(STATION_SIZE)", "@id(station_size)")).onlyProblem();
    assertProblem(p, STATION, 9, 7, "station_size", "upper-case");
    assertFalse(p.message().contains("severity"), p::toString);
  }

  @Test
  void aConstraintOnAFieldThatDoesNotExistIsADroolsErrorAtItsLine() {
    RuleSetProblem p = withStationRule(rule().replace("size() <", "sizee <")).onlyProblem();
    assertProblem(p, STATION, 14, 2, "sizee");
    assertTrue(p.message().startsWith("Drools cannot compile this"), p::toString);
  }

  @Test
  void aMissingParenthesisIsADroolsErrorWhereTheParserStopped() {
    RuleSetProblem p = withStationRule(rule().replace("params.integer(\"station.size.max\") ) )",
        "params.integer(\"station.size.max\") )")).onlyProblem();
    assertProblem(p, STATION, 16, 0, "mismatched input 'then'", RULE_NAME);
    assertTrue(p.message().startsWith("Drools cannot compile this"), p::toString);
  }

  @Test
  void aMistakeInTheConsequenceIsADroolsErrorAtTheRule() {
    RuleSetProblem p = withStationRule(rule().replace("findings.station(", "findings.statoin(")).onlyProblem();
    assertProblem(p, STATION, 9, 0, "statoin");
    assertTrue(p.message().startsWith("Drools cannot compile this"), p::toString);
  }

  @Test
  void aSetWithNoRuleFilesIsReported() {
    RuleSetProblem p = TempRuleSet.valid(root, "mini-set").delete(STATION).onlyProblem();
    assertProblem(p, "rules", 0, 0, "holds no rule files", "*.drl");
  }

  @Test
  void aFileInTheRulesFolderNotEndingInDrlIsReportedNotSkipped() {
    RuleSetProblem p = TempRuleSet.valid(root, "mini-set").write("rules/extra.drl.txt", rule()).onlyProblem();
    assertProblem(p, "rules/extra.drl.txt", 0, 0, "is not read", "end in .drl");
  }

  @Test
  void hiddenFilesInTheRulesFolderAreLeftAlone() {
    assertEquals("mini-set", TempRuleSet.valid(root, "mini-set").write("rules/.DS_Store", "x").load().id());
  }

  @Test
  void aRuleFileThatIsNotUtf8IsReported() {
    RuleSetProblem p = TempRuleSet.valid(root, "mini-set")
        .writeBytes(STATION, rule().getBytes(Charset.forName("GBK"))).onlyProblem();
    assertProblem(p, STATION, 0, 0, "is not UTF-8", "save it as UTF-8");
  }

  @Test
  void aRuleFileSavedWithAByteOrderMarkLoads() {
    assertEquals(1, withStationRule("\uFEFF" + rule()).load().ruleNames().size());
  }

  @Test
  void noFileDeclaringTheGlobalFindingsIsReported() {
    String text = rule().replace("global FindingCollector findings;\n", "")
        .replace("  findings.station(drools, $s, \"服务站人数不符\", \"station size is wrong\");\n", "");
    RuleSetProblem p = withStationRule(text).onlyProblem();
    assertProblem(p, "rules", 0, 0, "no rule file declares the global 'findings'",
        "global org.amodel.rules.drl.FindingCollector findings;");
  }

  @Test
  void usingFindingsWithoutDeclaringItSaysWhatToDeclare() {
    RuleSetProblem p = withStationRule(rule().replace("global FindingCollector findings;\n", "")).onlyProblem();
    assertProblem(p, STATION, 16, 3, "this file uses 'findings' but does not declare it",
        "add 'global org.amodel.rules.drl.FindingCollector findings;' under the package line");
  }

  @Test
  void usingParamsWithoutDeclaringItSaysWhatToDeclare() {
    RuleSetProblem p = withStationRule(rule().replace("global RuleParameters params;\n", "")).onlyProblem();
    assertProblem(p, STATION, 13, 26, "this file uses 'params' but does not declare it",
        "global org.amodel.rules.drl.RuleParameters params;");
  }

  @Test
  void whatIsWrittenInCommentsIsNotChecked() {
    String text = rule().replace("when\n", "when\n  // was: params.integer(\"station.size.mn\")\n  /* rule \""
        + RULE_NAME + "\" */\n");
    assertEquals(1, withStationRule("// package old_name;\n" + text).load().ruleNames().size());
  }

  @Test
  void everyMistakeInTheFilesIsReportedAtOnce() {
    String text = stationRule("wrong_package").replace("size() < params.integer(\"station.size.min\")",
        "size() < params.integer(\"station.size.mn\")");
    RuleSetException e = TempRuleSet.valid(root, "mini-set").write(STATION, text)
        .write("rules/more.drl", rule()).refused();
    assertEquals(3, e.problems().size(), e::getMessage);
    assertHasProblem(e, STATION, 9, 7, "already exists", "rules/more.drl:9");
    assertHasProblem(e, STATION, 1, 9, "wrong_package");
    assertHasProblem(e, STATION, 14, columnOf(text, 14, "station.size.mn"), "station.size.mn");
  }
}
