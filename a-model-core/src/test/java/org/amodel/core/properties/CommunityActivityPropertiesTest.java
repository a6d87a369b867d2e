package org.amodel.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.activity.CommunityActivity;
import org.amodel.core.generators.CommunityGenerators;
import org.amodel.core.generators.Samples;
import org.amodel.core.generators.Scenario;
import org.amodel.core.model.Community;
import org.amodel.core.model.Forum;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The district's activity figures add up over communities and only grow as the as-of day moves on. */
class CommunityActivityPropertiesTest {
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();

  private static CommunityActivity sum(CommunityActivity a, CommunityActivity b) {
    return new CommunityActivity(a.forumsHeld() + b.forumsHeld(), a.participants() + b.participants(),
        a.suggestionsRaised() + b.suggestionsRaised(), a.problemsSolved() + b.problemsSolved(),
        a.unitResourcesOpen() + b.unitResourcesOpen());
  }

  @Test
  @DisplayName("the activity of two communities is the sum of each one's, and no figure falls from one day to the next")
  void addsUpAndNeverFalls() {
    Examples.qt()
        .forAll(CommunityGenerators.valid(SEED, "ca"), CommunityGenerators.valid(SEED, "cb"),
            integers().between(-400, 30))
        .checkAssert((a, b, shift) -> {
          LocalDate day = a.asOf().plusDays(shift);
          CommunityActivity both = CommunityActivity.of(List.of(a.community(), b.community()), day);
          assertEquals(sum(CommunityActivity.of(List.of(a.community()), day),
              CommunityActivity.of(List.of(b.community()), day)), both);
          CommunityActivity next = CommunityActivity.of(List.of(a.community(), b.community()), day.plusDays(1));
          assertTrue(next.forumsHeld() >= both.forumsHeld() && next.participants() >= both.participants()
              && next.suggestionsRaised() >= both.suggestionsRaised() && next.problemsSolved() >= both.problemsSolved()
              && next.unitResourcesOpen() >= both.unitResourcesOpen(), () -> both + " on " + day + ", then " + next);
        });
  }

  @Test
  @DisplayName("200 fixed generated communities reach forums, unit resources and their boundaries")
  void generatorReachesForumsAndResources() {
    List<Scenario> sample = Samples.of(CommunityGenerators.valid(SEED), 200, 20051201L);
    assertTrue(sample.stream().anyMatch(s -> s.community().forums().isEmpty()), "a community without forums");
    assertTrue(sample.stream().anyMatch(s -> s.community().unitResources().isEmpty()), "one without resources");
    assertTrue(sample.stream().anyMatch(s -> !s.community().unitResources().isEmpty()), "one with resources");
    List<Forum> forums = sample.stream().flatMap(s -> s.community().forums().stream()).toList();
    assertTrue(forums.stream().anyMatch(f -> f.participants() == 1), "a forum of one participant");
    assertTrue(sample.stream().anyMatch(s -> s.community().forums().stream().anyMatch(f -> f.held().equals(s.asOf()))),
        "a forum held on the as-of date");
    assertTrue(forums.stream().anyMatch(f -> f.suggestions().stream().anyMatch(x -> x.solved().isEmpty())),
        "an unsolved suggestion");
    assertTrue(forums.stream().anyMatch(f -> f.suggestions().stream()
            .anyMatch(x -> x.solved().filter(f.held()::equals).isPresent())),
        "a problem solved the day its forum was held");
    for (Scenario s : sample) {
      Community c = s.community();
      CommunityActivity a = CommunityActivity.of(List.of(c), s.asOf());
      assertEquals(c.forums().size(), a.forumsHeld(), "every generated forum is held by the as-of date");
      assertEquals(c.unitResources().size(), a.unitResourcesOpen(), "every generated resource is open by then");
    }
  }
}
