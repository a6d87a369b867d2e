package org.amodel.rules.ruleset;

import static org.amodel.rules.ruleset.TempRuleSet.alwaysRule;
import static org.amodel.rules.ruleset.TempRuleSet.assertHasProblem;
import static org.amodel.rules.ruleset.TempRuleSet.assertProblem;
import static org.amodel.rules.ruleset.TempRuleSet.descriptor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.parameters.Parameters;
import org.amodel.rules.drl.TraceEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set that extends another: the chain of bases, and what a child may do to its bases' rules
 * (disable, replace) and parameters (override, unset). The base is a folder next to the child's.
 */
class InheritanceTest {
  static final String BASE_RULE = "Reports every community";

  @TempDir Path root;

  /** A base rule set with the station rule and a rule reporting BASE_NOTICE on every community. */
  private TempRuleSet base() {
    return TempRuleSet.valid(root, "base-set").write("rules/notice.drl", alwaysRule("base_set", BASE_RULE, "BASE_NOTICE"));
  }

  /**
   * A rule set extending base-set (extends on line 11, {@code more} from line 12), with a rule that
   * reports CHILD_NOTICE and no station rule of its own.
   */
  private TempRuleSet child(String more) {
    return TempRuleSet.valid(root, "child-set")
        .write("ruleset.yaml", descriptor("child-set") + "extends: base-set\n" + more)
        .delete("rules/station.drl")
        .write("rules/child.drl", alwaysRule("child_set", "Child reports", "CHILD_NOTICE"));
  }

  private static List<String> firedRuleIds(RuleSet set) {
    return set.evaluate(SeedFixture.community(), SeedFixture.AS_OF).findings().stream()
        .map(f -> f.ruleId().value()).sorted().toList();
  }

  @Test
  void aChildRunsItsOwnRulesAndThoseOfItsBase() {
    base();
    RuleSet set = child("").load();
    assertEquals(List.of("BASE_NOTICE", "CHILD_NOTICE"), firedRuleIds(set));
    assertEquals(List.of("child-set", "base-set"), set.lineage().stream().map(RuleSetDescriptor::id).toList());
  }

  @Test
  void twoRuleSetsExtendingEachOtherAreACircle() {
    TempRuleSet a = TempRuleSet.valid(root, "a-set").write("ruleset.yaml", descriptor("a-set") + "extends: b-set\n");
    TempRuleSet.valid(root, "b-set").write("ruleset.yaml", descriptor("b-set") + "extends: a-set\n");
    RuleSetProblem p = a.onlyProblem();
    assertProblem(p, "b-set/ruleset.yaml", 11, 10, "'extends: a-set' makes a circle", "a-set → b-set → a-set",
        "cannot extend itself");
  }

  @Test
  void aRuleSetExtendingItselfIsACircle() {
    RuleSetProblem p = TempRuleSet.valid(root, "a-set").write("ruleset.yaml", descriptor("a-set") + "extends: a-set\n")
        .onlyProblem();
    assertProblem(p, "ruleset.yaml", 11, 10, "makes a circle", "a-set → a-set");
  }

  @Test
  void anUnknownBaseIsReportedAtExtends() {
    RuleSetProblem p = TempRuleSet.valid(root, "child-set")
        .write("ruleset.yaml", "# this set extends the national rules\n" + descriptor("child-set") + "extends: natonal-2018\n")
        .onlyProblem();
    assertProblem(p, "ruleset.yaml", 12, 10, "'extends: natonal-2018' names no rule set that can be found",
        "spelling");
  }

  @Test
  void aMistakeInTheBaseIsShownUnderTheBasesFolder() {
    base().write("parameters.yaml", TempRuleSet.PARAMETERS.replace("value: 4", "value: four"));
    RuleSetProblem p = child("").onlyProblem();
    assertProblem(p, "base-set/parameters.yaml", 7, 12, "takes a whole number", "'four'");
  }

  @Test
  void aBaseRuleFileThatIsNotUtf8IsShownUnderTheBasesFolder() {
    base().writeBytes("rules/notice.drl", "rule \"编制\"".getBytes(Charset.forName("GBK")));
    RuleSetProblem p = child("").onlyProblem();
    assertProblem(p, "base-set/rules/notice.drl", 0, 0, "not UTF-8");
  }

  @Test
  void disablingARuleNoBaseHasIsReported() {
    base();
    RuleSetProblem p = child("disable:\n  - No such rule\n").onlyProblem();
    assertProblem(p, "ruleset.yaml", 13, 5, "'disable' names \"No such rule\"",
        "no rule set this one extends has a rule of that name");
  }

  @Test
  void replacingARuleNoBaseHasIsReported() {
    base();
    RuleSetProblem p = child("replace:\n  - No such rule\n").onlyProblem();
    assertProblem(p, "ruleset.yaml", 13, 5, "'replace' names \"No such rule\"",
        "no rule set this one extends has a rule of that name");
  }

  @Test
  void aDisabledNameMentionedInACommentFirstIsStillFoundOnItsOwnLine() {
    base();
    RuleSetProblem p = child("# No such rule: we asked the office\ndisable:\n  - No such rule\n").onlyProblem();
    assertProblem(p, "ruleset.yaml", 14, 5, "'disable' names \"No such rule\"");
  }

  @Test
  void replacingWithoutARuleOfThatNameInTheChildIsReported() {
    base();
    RuleSetProblem p = child("replace:\n  - " + BASE_RULE + "\n").onlyProblem();
    assertProblem(p, "ruleset.yaml", 13, 5, "'replace' names \"" + BASE_RULE + "\"",
        "this rule set has no rule of that name", "'disable'");
  }

  @Test
  void aChildRuleNamedLikeABaseRuleNeedsReplaceAndNamesBothPlaces() {
    base();
    RuleSetProblem p = child("").write("rules/child.drl", alwaysRule("child_set", BASE_RULE, "CHILD_NOTICE"))
        .onlyProblem();
    assertProblem(p, "rules/child.drl", 9, 7, "a rule called \"" + BASE_RULE + "\" already exists",
        "base-set/rules/notice.drl:9", "'replace'", "rename");
  }

  @Test
  void disableRemovesTheBaseRule() {
    base();
    RuleSet set = child("disable:\n  - " + BASE_RULE + "\n").load();
    assertEquals(List.of("CHILD_NOTICE"), firedRuleIds(set));
    assertTrue(set.ruleNames().stream().noneMatch(n -> n.endsWith(BASE_RULE)), set.ruleNames()::toString);
    assertTrue(set.ruleNames().contains("base_set.Station has too few or too many people"),
        set.ruleNames()::toString);
  }

  @Test
  void replacePutsTheChildsRuleInPlaceOfTheBases() {
    base();
    RuleSet set = child("replace:\n  - " + BASE_RULE + "\n")
        .write("rules/child.drl", alwaysRule("child_set", BASE_RULE, "CHILD_NOTICE")).load();
    assertEquals(List.of("CHILD_NOTICE"), firedRuleIds(set));
    List<TraceEntry> trace = set.evaluate(SeedFixture.community(), SeedFixture.AS_OF).trace();
    assertEquals(List.of("child_set"), trace.stream().map(TraceEntry::packageName).toList());
    assertTrue(set.ruleNames().contains("child_set." + BASE_RULE), set.ruleNames()::toString);
    assertTrue(!set.ruleNames().contains("base_set." + BASE_RULE), set.ruleNames()::toString);
  }

  @Test
  void aGrandchildCanDisableARuleOfTheBaseOfItsBase() {
    base();
    child("");
    RuleSet set = TempRuleSet.valid(root, "grandchild-set")
        .write("ruleset.yaml", descriptor("grandchild-set") + "extends: child-set\ndisable:\n  - " + BASE_RULE + "\n")
        .delete("rules/station.drl").load();
    assertEquals(List.of("CHILD_NOTICE"), firedRuleIds(set));
  }

  @Test
  void aChildOverridesAndUnsetsParametersOfTheBundledNationalSet() {
    RuleSet set = TempRuleSet.valid(root, "child-set")
        .write("ruleset.yaml", descriptor("child-set") + "extends: national-2018\n")
        .write("parameters.yaml", TempRuleSet.PARAMETERS + """
            committee.term.years:
              - from: 2005-05-01
                value: 4
                source: "a district notice"
            concurrent.encouraged: unset
            """).load();
    var parameters = set.parameters();
    assertEquals("test-district", parameters.districtId());
    assertEquals(Optional.of(4), parameters.find(Parameters.COMMITTEE_TERM_YEARS, LocalDate.of(2020, 1, 1)),
        "the child's series replaces the base's whole series");
    assertEquals(Optional.empty(), parameters.find(Parameters.COMMITTEE_TERM_YEARS, LocalDate.of(2000, 1, 1)));
    assertEquals("a district notice",
        parameters.findValue(Parameters.COMMITTEE_TERM_YEARS, LocalDate.of(2020, 1, 1)).orElseThrow().source());
    assertEquals(Optional.empty(), parameters.find(Parameters.CONCURRENT_ENCOURAGED, LocalDate.of(2020, 1, 1)));
    assertEquals(Optional.of(100), parameters.find(Parameters.HOUSEHOLDS_MIN, LocalDate.of(2020, 1, 1)),
        "a value the child does not touch is inherited");
    assertEquals(Optional.of(4), parameters.find(Parameters.STATION_SIZE_MAX, LocalDate.of(2020, 1, 1)));
    assertEquals(List.of("child-set", "national-2018"), set.lineage().stream().map(RuleSetDescriptor::id).toList());
  }

  @Test
  void unsetOfAParameterTheBaseGivesRemovesIt() {
    base();
    RuleSet set = child("").write("parameters.yaml", "station.size.max: unset\n").load();
    assertEquals(Optional.empty(), set.parameters().find(Parameters.STATION_SIZE_MAX, LocalDate.of(2020, 1, 1)));
    assertEquals(Optional.of(3), set.parameters().find(Parameters.STATION_SIZE_MIN, LocalDate.of(2020, 1, 1)));
  }

  @Test
  void everyOverrideMistakeIsReportedAtOnce() {
    base();
    RuleSetException e = child("disable:\n  - No such rule\nreplace:\n  - Nor this one\n").refused();
    assertEquals(2, e.problems().size(), e::getMessage);
    assertHasProblem(e, "ruleset.yaml", 13, 5, "No such rule");
    assertHasProblem(e, "ruleset.yaml", 15, 5, "Nor this one");
  }
}
