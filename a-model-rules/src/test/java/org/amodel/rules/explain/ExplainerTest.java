package org.amodel.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.StationPost;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExplainerTest {
  private static final RuleSet SEED = RuleSetLoaders.standard().bundled("jinan-shizhong-2005");
  private static final String MORE_THAN_MAX = "Station has more people than the maximum";
  private static final String OVER_AGE = "Station member was over the age limit on the recruitment's reference date";

  private static RuleExplanation rule(Explanation e, String name) {
    return e.rules().stream().filter(r -> r.ruleName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no rule " + name + " in " + e.rules()));
  }

  private static ConditionCheck condition(FactCheck f, String text) {
    return f.conditions().stream().filter(c -> c.condition().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no condition " + text + " in " + f.conditions()));
  }

  private static String value(ConditionCheck c, String expression) {
    return c.values().stream().filter(v -> v.expression().equals(expression)).map(ConditionCheck.Value::value)
        .findFirst().orElseThrow(() -> new AssertionError("no value of " + expression + " in " + c.values()));
  }

  @Test
  @DisplayName("A station of five under the seed's rules: STATION_SIZE fired, with its basis, station.size.max = 4 and"
      + " its source, and the station it matched")
  void stationOfFiveExplainsTheFindingThatFired() {
    Community five = SeedFixture.withRecruit(SeedFixture.community(),
        SeedFixture.candidate("staff-3", "钱七"), StationPost.STAFF);
    Explanation e = Explainer.explain(SEED, five, SeedFixture.AS_OF, RuleId.of("STATION_SIZE"),
        Optional.of(SubjectSelector.parse("station:" + SeedFixture.STATION_ID)));

    assertTrue(e.fired());
    Finding finding = e.findings().get(0);
    RuleExplanation r = rule(e, MORE_THAN_MAX);
    assertEquals("rules/station.drl", r.file());
    assertEquals(finding.basis(), r.basis());
    assertEquals(1, r.fired().size());
    assertEquals(finding.subject(), r.fired().get(0).subject());
    assertTrue(r.fired().get(0).facts().contains("ServiceStation " + SeedFixture.STATION_ID), r.fired()::toString);
    ParameterReading max = r.parameters().stream().filter(p -> p.name().equals("station.size.max")).findFirst()
        .orElseThrow();
    assertEquals(4, max.value().orElseThrow().value());
    assertTrue(max.value().get().source().startsWith("seed §二(四)"), max::toString);
    assertEquals(SeedFixture.AS_OF, max.day());
    FactCheck station = r.patterns().get(0).facts().get(0);
    assertTrue(station.matched());
    assertEquals("5", value(condition(station, "size() > params.integer(\"station.size.max\")"), "size()"));
    // the other rule of the id did not fire, and says so
    assertTrue(rule(e, "Station has fewer people than the minimum").fired().isEmpty());
  }

  @Test
  @DisplayName("A station of four under the seed's rules: STATION_SIZE did not fire, because size() > max is false"
      + " with size() = 4 and station.size.max = 4")
  void stationOfFourSaysWhichConditionFailed() {
    Explanation e = Explainer.explain(SEED, SeedFixture.community(), SeedFixture.AS_OF, RuleId.of("STATION_SIZE"),
        Optional.empty());

    assertFalse(e.fired());
    RuleExplanation r = rule(e, MORE_THAN_MAX);
    assertTrue(r.fired().isEmpty());
    PatternCheck failed = r.firstFailed().orElseThrow();
    assertTrue(failed.pattern().startsWith("$s : ServiceStation("), failed::pattern);
    FactCheck station = failed.facts().get(0);
    assertEquals("ServiceStation " + SeedFixture.STATION_ID, station.fact());
    assertFalse(station.matched());
    assertEquals(Outcome.HELD, condition(station, "params.has(\"station.size.max\")").outcome());
    ConditionCheck size = condition(station, "size() > params.integer(\"station.size.max\")");
    assertEquals(Outcome.FAILED, size.outcome());
    assertEquals("4", value(size, "size()"));
    String max = value(size, "params.integer(\"station.size.max\")");
    assertTrue(max.startsWith("4 (station.size.max") && max.contains("seed §二(四)"), max);
  }

  @Test
  @DisplayName("Shenzhen unsets recruit.age.max: RECRUIT_AGE did not fire because the parameter is not in force on"
      + " the recruitment's reference date")
  void unsetParameterIsNotInForce() {
    RuleSet shenzhen = RuleSetLoaders.standard().bundled("shenzhen-2006");
    Explanation e = Explainer.explain(shenzhen, SeedFixture.community(), SeedFixture.AS_OF, RuleId.of("RECRUIT_AGE"),
        Optional.of(SubjectSelector.parse("person:" + SeedFixture.HEAD)));

    assertFalse(e.fired());
    RuleExplanation r = rule(e, OVER_AGE);
    ParameterReading age = r.parameters().stream().filter(p -> p.name().equals("recruit.age.max")
        && p.day().equals(SeedFixture.REFERENCE_DATE)).findFirst().orElseThrow(() -> new AssertionError(r.parameters()));
    assertFalse(age.inForce());
    assertEquals(Optional.of("recruitedOn()"), age.dayExpression());
    FactCheck head = r.firstFailed().orElseThrow().facts().get(0);
    assertTrue(head.fact().contains(SeedFixture.HEAD), head::fact);
    assertEquals(1, r.firstFailed().get().facts().size(), "only the head, the subject asked about");
    ConditionCheck has = head.firstFailed().orElseThrow();
    assertEquals(Outcome.FAILED, condition(head, "params.hasOn(\"recruit.age.max\", recruitedOn())").outcome());
    assertEquals(SeedFixture.REFERENCE_DATE.toString(), value(condition(head,
        "params.hasOn(\"recruit.age.max\", recruitedOn())"), "recruitedOn()"));
    assertTrue(value(condition(head, "params.hasOn(\"recruit.age.max\", recruitedOn())"),
        "params.hasOn(\"recruit.age.max\", recruitedOn())").contains("not in force on " + SeedFixture.REFERENCE_DATE),
        has::toString);
  }

  @Test
  @DisplayName("A rule written in sentences (.dslr) is explained through the DRL its sentence reads as")
  void sentencesAreExplainedAsTheirDrl() throws URISyntaxException {
    RuleSet sentences = RuleSetLoaders.standard().folder(Path.of(
        getClass().getResource("/org/amodel/rules/formats/sentences-zh/ruleset.yaml").toURI()).getParent());
    Explanation e = Explainer.explain(sentences, SeedFixture.community(), SeedFixture.AS_OF,
        RuleId.of("STATION_SIZE"), Optional.empty());

    assertFalse(e.fired());
    RuleExplanation r = rule(e, "服务站人数不在3至4人之间");
    assertEquals("rules/station.dslr", r.file());
    assertEquals("seed §二(四): 社区服务站由3-4人组成", r.basis());
    FactCheck station = r.firstFailed().orElseThrow().facts().get(0);
    ConditionCheck either = condition(station, "size() < 3 || size() > 4");
    assertEquals(Outcome.FAILED, either.outcome());
    ConditionCheck over = condition(station, "size() > 4");
    assertEquals(Outcome.FAILED, over.outcome());
    assertEquals("4", value(over, "size()"));
  }

  @Test
  @DisplayName("An unknown rule id is refused with the nearest one; a subject the community lacks, with those it has")
  void unknownRuleAndSubjectAreRefused() {
    IllegalArgumentException rule = assertThrows(IllegalArgumentException.class, () -> Explainer.explain(SEED,
        SeedFixture.community(), SeedFixture.AS_OF, RuleId.of("STATION_SIZ"), Optional.empty()));
    assertTrue(rule.getMessage().contains("did you mean STATION_SIZE?"), rule::getMessage);
    IllegalArgumentException subject = assertThrows(IllegalArgumentException.class, () -> Explainer.explain(SEED,
        SeedFixture.community(), SeedFixture.AS_OF, RuleId.of("STATION_SIZE"),
        Optional.of(SubjectSelector.parse("station:station-9"))));
    assertTrue(subject.getMessage().contains(SeedFixture.STATION_ID), subject::getMessage);
  }
}
