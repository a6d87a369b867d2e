package org.amodel.rules.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.Forum;
import org.amodel.core.model.ForumKind;
import org.amodel.core.model.Suggestion;
import org.amodel.core.model.UnitResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What {@link RuleSet#facts} gives the rules about a community that records forums and unit resources. */
@DisplayName("The facts of a community with forums and unit resources")
class FactsTest {
  private static final Community PLAIN = SeedFixture.community();
  private static final Community ACTIVE = PLAIN.toBuilder()
      .forums(List.of(Forum.of("forum-1", ForumKind.COMMUNITY_DIALOGUE, LocalDate.of(2005, 10, 12), "小区停车难", 40,
          List.of(Suggestion.solvedOn("s1", "施划停车位", LocalDate.of(2005, 11, 2))))))
      .unitResources(List.of(new UnitResource("res-1", "济南市某小学", "操场", LocalDate.of(2005, 11, 1))))
      .build();

  @Test
  @DisplayName("are the community itself and the same records as without them; forums are not facts of their own")
  void forumsAreNotFacts() {
    List<Object> plain = RuleSet.facts(PLAIN);
    List<Object> active = RuleSet.facts(ACTIVE);
    assertEquals(ACTIVE, active.get(0));
    // People and StationMember are views of the community without equals of their own: compared as written.
    assertEquals(plain.subList(1, plain.size()).stream().map(String::valueOf).toList(),
        active.subList(1, active.size()).stream().map(String::valueOf).toList());
    assertTrue(active.stream().noneMatch(f -> f instanceof Forum || f instanceof UnitResource), active::toString);
  }

  @Test
  @DisplayName("draw the same findings from the seed's rule set as the community without them")
  void sameFindings() {
    RuleSet rs = RuleSetLoader.with(RuleSetCompiler.of(RuleSetCompiler.BuildMode.CLASSIC, List.of()))
        .bundled("jinan-shizhong-2005");
    assertEquals(rs.evaluate(PLAIN, SeedFixture.AS_OF).findings(), rs.evaluate(ACTIVE, SeedFixture.AS_OF).findings());
  }
}
