package org.amodel.rules.ruleset;

import static org.amodel.rules.ruleset.TempRuleSet.assertHasProblem;
import static org.amodel.rules.ruleset.TempRuleSet.assertProblem;
import static org.amodel.rules.ruleset.TempRuleSet.descriptor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a policy officer is told about each mistake in a rule set's ruleset.yaml; nothing is loaded. */
class RuleSetDescriptorMistakesTest {
  @TempDir Path root;

  private TempRuleSet withDescriptor(String text) {
    return TempRuleSet.valid(root, "mini-set").write("ruleset.yaml", text);
  }

  @Test
  void theStartingPointLoads() {
    RuleSet set = TempRuleSet.valid(root, "mini-set").load();
    assertEquals("mini-set", set.id());
    assertEquals(1, set.ruleNames().size());
  }

  @Test
  void aTabUsedForIndentingIsNotYamlAndIsShownWhereItStands() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("  zh:", "\tzh:")).onlyProblem();
    assertProblem(p, "ruleset.yaml", 4, 1, "not valid YAML", "a tab is used here to indent", "only spaces");
  }

  @Test
  void anUnclosedBracketIsNotYaml() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("district: test-district",
        "district: [test-district")).onlyProblem();
    assertProblem(p, "ruleset.yaml", 7, 10, "not valid YAML", "']'");
  }

  @Test
  void aLineIndentedByOneSpaceTooFewIsNotYaml() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("  en: Test", " en: Test")).onlyProblem();
    assertProblem(p, "ruleset.yaml", 5, 2, "not valid YAML", "indent");
  }

  @Test
  void aKeyGivenTwiceNamesTheFirstLine() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set") + "district: another-district\n").onlyProblem();
    assertProblem(p, "ruleset.yaml", 11, 1, "'district' is given twice", "first on line 6");
  }

  @Test
  void anUnknownKeyListsTheKeysAllowed() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set") + "distrcit: test-district\n").onlyProblem();
    assertProblem(p, "ruleset.yaml", 11, 1, "'distrcit' is not something ruleset.yaml can say",
        "disable, district, effective, extends, id, name, replace, sources, version");
  }

  @Test
  void aMisspelledKeyIsReportedAndSoIsTheKeyItMeantToGive() {
    RuleSetException e = withDescriptor(descriptor("mini-set").replace("district:", "distrcit:")).refused();
    assertEquals(2, e.problems().size(), e::getMessage);
    assertHasProblem(e, "ruleset.yaml", 6, 1, "'distrcit' is not something ruleset.yaml can say");
    assertHasProblem(e, "ruleset.yaml", 1, 1, "needs 'district'");
  }

  @Test
  void anUnknownKeyUnderNameListsZhAndEn() {
    RuleSetException e = withDescriptor(descriptor("mini-set").replace("  en:", "  fr:")).refused();
    assertEquals(2, e.problems().size(), e::getMessage);
    assertHasProblem(e, "ruleset.yaml", 5, 3, "'fr' is not something 'name' can say", "en, zh");
    assertHasProblem(e, "ruleset.yaml", 4, 3, "'name' needs 'en'");
  }

  @Test
  void aMissingIdIsReported() {
    RuleSetException e = withDescriptor(descriptor("mini-set").replace("id: mini-set\n", "")).refused();
    assertHasProblem(e, "ruleset.yaml", 1, 1, "needs 'id'");
  }

  @Test
  void aMissingVersionIsReported() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("version: 1.0.0\n", "")).onlyProblem();
    assertProblem(p, "ruleset.yaml", 1, 1, "needs 'version'");
  }

  @Test
  void aMissingNameIsReported() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("name:\n  zh: 测试规则集\n  en: Test rule set\n",
        "")).onlyProblem();
    assertProblem(p, "ruleset.yaml", 1, 1, "needs 'name'", "'zh'", "'en'");
  }

  @Test
  void aMissingEnglishNameIsReportedUnderName() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("  en: Test rule set\n", "")).onlyProblem();
    assertProblem(p, "ruleset.yaml", 4, 3, "'name' needs 'en'");
  }

  @Test
  void aMissingDistrictIsReported() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("district: test-district\n", "")).onlyProblem();
    assertProblem(p, "ruleset.yaml", 1, 1, "needs 'district'");
  }

  @Test
  void aMissingEffectiveIsReported() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("effective:\n  from: 2005-05-01\n", ""))
        .onlyProblem();
    assertProblem(p, "ruleset.yaml", 1, 1, "needs 'effective'", "'from' date");
  }

  @Test
  void anEffectiveWithoutFromIsReported() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("  from: 2005-05-01", "  until: 2010-01-01"))
        .onlyProblem();
    assertProblem(p, "ruleset.yaml", 8, 3, "'effective' needs a 'from' date");
  }

  @Test
  void missingSourcesAreReported() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("sources:\n  - \"seed §二(四): 社区服务站由3-4人组成\"\n",
        "")).onlyProblem();
    assertProblem(p, "ruleset.yaml", 1, 1, "needs 'sources'", "documents");
  }

  @Test
  void anEmptyListOfSourcesIsReported() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("sources:\n  - \"seed §二(四): 社区服务站由3-4人组成\"\n",
        "sources: []\n")).onlyProblem();
    assertProblem(p, "ruleset.yaml", 1, 1, "needs 'sources'");
  }

  @Test
  void everyMissingKeyIsReportedAtOnce() {
    RuleSetException e = withDescriptor("id: mini-set\n").refused();
    assertEquals(5, e.problems().size(), e::getMessage);
    for (String key : new String[] {"version", "name", "district", "effective", "sources"}) {
      assertHasProblemSaying(e, "needs '" + key + "'");
    }
  }

  private static void assertHasProblemSaying(RuleSetException e, String words) {
    assertEquals(1, e.problems().stream().filter(p -> p.message().contains(words)).count(),
        () -> "one problem should say " + words + ":\n" + e.getMessage());
  }

  @Test
  void aDateNotWrittenYearMonthDayIsReported() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("from: 2005-05-01", "from: 2005/5/1"))
        .onlyProblem();
    assertProblem(p, "ruleset.yaml", 8, 9, "'2005/5/1' is not a date", "YYYY-MM-DD");
  }

  @Test
  void aDateThatDoesNotExistIsReported() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("from: 2005-05-01", "from: 2005-02-30"))
        .onlyProblem();
    assertProblem(p, "ruleset.yaml", 8, 9, "'2005-02-30' is not a date");
  }

  @Test
  void untilBeforeFromIsReportedAtUntil() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set").replace("  from: 2005-05-01",
        "  from: 2005-05-01\n  until: 2004-12-31")).onlyProblem();
    assertProblem(p, "ruleset.yaml", 9, 10, "'until' 2004-12-31 is before 'from' 2005-05-01");
  }

  @Test
  void anIdThatIsNotTheFolderNameIsReported() {
    RuleSetProblem p = withDescriptor(descriptor("mini-sets")).onlyProblem();
    assertProblem(p, "ruleset.yaml", 1, 5, "'mini-sets'", "must match the rule set's folder name 'mini-set'");
  }

  @Test
  void anIdWithCapitalsIsReported() {
    TempRuleSet set = TempRuleSet.valid(root, "Mini-Set");
    RuleSetProblem p = set.onlyProblem();
    assertProblem(p, "ruleset.yaml", 1, 5, "'Mini-Set'", "lower-case");
  }

  @Test
  void disableWithoutExtendsIsReported() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set") + "disable:\n  - Station has too few or too many people\n")
        .onlyProblem();
    assertProblem(p, "ruleset.yaml", 11, 1, "'disable' only makes sense in a rule set that 'extends' another");
  }

  @Test
  void replaceWithoutExtendsIsReported() {
    RuleSetProblem p = withDescriptor(descriptor("mini-set") + "replace: [Station has too few or too many people]\n")
        .onlyProblem();
    assertProblem(p, "ruleset.yaml", 11, 1, "'replace' only makes sense");
  }

  @Test
  void aMissingRulesetYamlIsReported() {
    RuleSetProblem p = TempRuleSet.valid(root, "mini-set").delete("ruleset.yaml").onlyProblem();
    assertProblem(p, "ruleset.yaml", 0, 0, "is missing", "every rule set folder needs a ruleset.yaml");
  }

  @Test
  void anEmptyRulesetYamlIsReported() {
    RuleSetProblem p = withDescriptor("").onlyProblem();
    assertProblem(p, "ruleset.yaml", 1, 1, "ruleset.yaml is empty", "'id'", "'sources'");
  }

  @Test
  void aRulesetYamlSavedWithAByteOrderMarkLoads() {
    withDescriptor("\uFEFF" + descriptor("mini-set")).load();
  }
}
