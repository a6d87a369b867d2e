package org.amodel.rules.ruleset;

import static org.amodel.rules.ruleset.TempRuleSet.PARAMETERS;
import static org.amodel.rules.ruleset.TempRuleSet.assertHasProblem;
import static org.amodel.rules.ruleset.TempRuleSet.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.parameters.RepresentativeCategories;
import org.amodel.core.parameters.Share;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a policy officer is told about each mistake in a rule set's parameters.yaml; nothing is loaded. */
class ParametersMistakesTest {
  @TempDir Path root;

  private TempRuleSet withParameters(String text) {
    return TempRuleSet.valid(root, "mini-set").write("parameters.yaml", text);
  }

  /** A parameter with one value, its name on line {@code n}, 'from' on n+1, value on n+2, source on n+3. */
  private static String one(String name, String value) {
    return name + ":\n  - from: 2005-05-01\n    value: " + value + "\n    source: \"seed §二(四)\"\n";
  }

  @Test
  void aMisspelledParameterSuggestsTheNearestName() {
    RuleSetProblem p = withParameters(PARAMETERS + one("station.size.mx", "4")).onlyProblem();
    assertProblem(p, "parameters.yaml", 9, 1, "there is no parameter called 'station.size.mx'",
        "did you mean 'station.size.max'?", "the parameters are:", "recruit.age.max");
  }

  @Test
  void aParameterNameFarFromAnyMakesNoSuggestion() {
    RuleSetProblem p = withParameters(PARAMETERS + one("budget.yuan", "4")).onlyProblem();
    assertProblem(p, "parameters.yaml", 9, 1, "there is no parameter called 'budget.yuan'", "the parameters are:");
    assertEquals(-1, p.message().indexOf("did you mean"), p::toString);
  }

  @Test
  void textWhereANumberIsNeededIsReportedAtTheValue() {
    RuleSetProblem p = withParameters(PARAMETERS + one("recruit.age.max", "forty")).onlyProblem();
    assertProblem(p, "parameters.yaml", 11, 12, "'recruit.age.max' takes a whole number", "'forty' is not one");
  }

  @Test
  void aNumberInQuotesIsToldToLoseTheQuotes() {
    RuleSetProblem p = withParameters(PARAMETERS + one("recruit.age.max", "\"40\"")).onlyProblem();
    assertProblem(p, "parameters.yaml", 11, 12, "'recruit.age.max' takes a whole number", "without quotes");
  }

  @Test
  void aFractionWhereAWholeNumberIsNeededIsReported() {
    RuleSetProblem p = withParameters(PARAMETERS + one("recruit.age.max", "40.5")).onlyProblem();
    assertProblem(p, "parameters.yaml", 11, 12, "takes a whole number", "'40.5' is not one");
  }

  @Test
  void yesForAFlagIsReported() {
    RuleSetProblem p = withParameters(PARAMETERS + one("secretary.fullTime", "yes")).onlyProblem();
    assertProblem(p, "parameters.yaml", 11, 12, "'secretary.fullTime' takes true or false", "'yes' is neither");
  }

  @Test
  void anUnknownEducationLevelListsTheLevels() {
    RuleSetProblem p = withParameters(PARAMETERS + one("recruit.education.min", "PHD")).onlyProblem();
    assertProblem(p, "parameters.yaml", 11, 12, "'recruit.education.min' takes an education level",
        "'PHD' is not one of", "COLLEGE (大专)", "DOCTORATE (博士研究生)");
  }

  @Test
  void anEducationLevelMayBeWrittenInChinese() {
    RuleSet set = withParameters(PARAMETERS + one("recruit.education.min", "大专")).load();
    assertEquals(org.amodel.core.model.EducationLevel.COLLEGE, set.parameters()
        .find(org.amodel.core.parameters.Parameters.RECRUIT_EDUCATION_MIN, java.time.LocalDate.of(2006, 1, 1))
        .orElseThrow());
  }

  @Test
  void aShareIsReadAsWrittenAndAMalformedOneIsReportedAtTheValue() {
    RuleSet set = withParameters(PARAMETERS + one("election.turnout", "at least 2/3")).load();
    assertEquals(Share.atLeast(2, 3),
        set.parameters().find(Parameters.ELECTION_TURNOUT, LocalDate.of(2006, 1, 1)).orElseThrow());
    RuleSetProblem p = withParameters(PARAMETERS + one("election.turnout", "half")).onlyProblem();
    assertProblem(p, "parameters.yaml", 11, 12, "'election.turnout' takes a share", "'more than N/D'",
        "'half' is not one");
    RuleSetProblem tooBig = withParameters(PARAMETERS + one("election.majority", "more than 3/2")).onlyProblem();
    assertProblem(tooBig, "parameters.yaml", 11, 12, "'election.majority' takes a share", "N no larger than D",
        "'more than 3/2' is not one");
  }

  @Test
  void anElectorateMayBeWrittenByNameOrInChineseAndAnUnknownOneListsThem() {
    RuleSet set = withParameters(PARAMETERS + one("election.electorate", "户代表")).load();
    assertEquals(ElectorateKind.HOUSEHOLD_REPRESENTATIVES,
        set.parameters().find(Parameters.ELECTION_ELECTORATE, LocalDate.of(2006, 1, 1)).orElseThrow());
    RuleSetProblem p = withParameters(PARAMETERS + one("election.electorate", "EVERYONE")).onlyProblem();
    assertProblem(p, "parameters.yaml", 11, 12, "'election.electorate' takes an electorate", "'EVERYONE' is not one of",
        "HOUSEHOLD_REPRESENTATIVES (户代表)", "INDIVIDUAL_VOTERS (选民)");
  }

  @Test
  void admittedCategoriesAreReadFromCommasAndEachUnknownOrRepeatedNameIsReported() {
    RuleSet set = withParameters(PARAMETERS + one("voters.admittedCategories", "UNIT, 社区民警")).load();
    assertEquals(RepresentativeCategories.of(RepresentativeCategory.UNIT, RepresentativeCategory.COMMUNITY_POLICE_OFFICER),
        set.parameters().find(Parameters.VOTERS_ADMITTED_CATEGORIES, LocalDate.of(2006, 1, 1)).orElseThrow());
    RuleSet none = withParameters(PARAMETERS + one("voters.admittedCategories", "none")).load();
    assertEquals(RepresentativeCategories.of(),
        none.parameters().find(Parameters.VOTERS_ADMITTED_CATEGORIES, LocalDate.of(2006, 1, 1)).orElseThrow());
    RuleSetProblem unknown = withParameters(PARAMETERS + one("voters.admittedCategories", "UNIT, MAYOR")).onlyProblem();
    assertProblem(unknown, "parameters.yaml", 11, 12, "'voters.admittedCategories' takes categories",
        "'MAYOR' is not one of", "UNIT (驻区单位代表)");
    RuleSetProblem twice = withParameters(PARAMETERS + one("voters.admittedCategories", "UNIT, 驻区单位代表"))
        .onlyProblem();
    assertProblem(twice, "parameters.yaml", 11, 12, "'voters.admittedCategories' lists UNIT twice");
  }

  @Test
  void aListWhereOneValueIsNeededIsReported() {
    RuleSetProblem p = withParameters(PARAMETERS + one("recruit.age.max", "[40, 45]")).onlyProblem();
    assertProblem(p, "parameters.yaml", 11, 12, "'recruit.age.max' takes a whole number", "one value");
  }

  @Test
  void aMissingSourceIsReportedAtTheValue() {
    RuleSetProblem p = withParameters(PARAMETERS + "recruit.age.max:\n  - from: 2005-05-01\n    value: 40\n")
        .onlyProblem();
    assertProblem(p, "parameters.yaml", 10, 5, "this value of 'recruit.age.max' needs 'source'", "document");
  }

  @Test
  void aMissingFromIsReportedAtTheValue() {
    RuleSetProblem p = withParameters(PARAMETERS + "recruit.age.max:\n  - value: 40\n    source: \"seed\"\n")
        .onlyProblem();
    assertProblem(p, "parameters.yaml", 10, 5, "this value of 'recruit.age.max' needs 'from'",
        "the date it takes effect");
  }

  @Test
  void aMissingValueIsReported() {
    RuleSetProblem p = withParameters(PARAMETERS + "recruit.age.max:\n  - from: 2005-05-01\n    source: \"seed\"\n")
        .onlyProblem();
    assertProblem(p, "parameters.yaml", 10, 5, "needs 'value'");
  }

  @Test
  void aBadFromDateIsReported() {
    RuleSetProblem p = withParameters(PARAMETERS + one("recruit.age.max", "40").replace("2005-05-01", "2005.5.1"))
        .onlyProblem();
    assertProblem(p, "parameters.yaml", 10, 11, "'2005.5.1' is not a date", "YYYY-MM-DD");
  }

  @Test
  void twoValuesFromTheSameDateNameTheOtherLine() {
    RuleSetProblem p = withParameters(PARAMETERS + one("recruit.age.max", "40")
        + "  - from: 2005-05-01\n    value: 45\n    source: \"later notice\"\n").onlyProblem();
    assertProblem(p, "parameters.yaml", 13, 5, "'recruit.age.max' has two values from 2005-05-01",
        "the other is on line 10");
  }

  @Test
  void anUnknownKeyInAValueListsFromValueAndSource() {
    RuleSetProblem p = withParameters(PARAMETERS + one("recruit.age.max", "40") + "    note: see the notice\n")
        .onlyProblem();
    assertProblem(p, "parameters.yaml", 13, 5, "'note' is not something", "from, source, value");
  }

  @Test
  void unsetOfAParameterNoBaseGivesIsReportedAtItsName() {
    RuleSetProblem p = withParameters("# recruit.age.max is not limited here\n" + PARAMETERS
        + "recruit.age.max: unset\n").onlyProblem();
    assertProblem(p, "parameters.yaml", 10, 1, "'recruit.age.max: unset' removes nothing",
        "no rule set this one extends gives 'recruit.age.max' a value");
  }

  @Test
  void anEmptyListIsReported() {
    RuleSetProblem p = withParameters(PARAMETERS + "recruit.age.max: []\n").onlyProblem();
    assertProblem(p, "parameters.yaml", 9, 1, "'recruit.age.max' needs a list of values", "'from', 'value' and 'source'",
        "'unset'");
  }

  @Test
  void aNameWithNothingAfterItIsReported() {
    RuleSetProblem p = withParameters(PARAMETERS + "recruit.age.max:\n").onlyProblem();
    assertProblem(p, "parameters.yaml", 9, 1, "'recruit.age.max' needs a list of values");
  }

  @Test
  void everyMistakeInTheFileIsReportedAtOnce() {
    RuleSetException e = withParameters(PARAMETERS + one("station.size.mx", "4") + one("recruit.age.max", "forty"))
        .refused();
    assertEquals(2, e.problems().size(), e::getMessage);
    assertHasProblem(e, "parameters.yaml", 9, 1, "station.size.mx");
    assertHasProblem(e, "parameters.yaml", 15, 12, "forty");
  }

  @Test
  void parametersThatAreNotYamlAreReported() {
    RuleSetProblem p = withParameters(PARAMETERS.replace("    value: 4", "\tvalue: 4")).onlyProblem();
    assertProblem(p, "parameters.yaml", 7, 1, "not valid YAML", "a tab is used here to indent");
  }
}
