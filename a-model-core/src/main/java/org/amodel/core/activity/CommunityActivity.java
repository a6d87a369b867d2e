package org.amodel.core.activity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amodel.core.model.Community;
import org.amodel.core.model.Forum;
import org.amodel.core.model.UnitResource;

/**
 * How residents took part in community affairs across a district, as of a date: the figures the seed
 * gives in §三(三)1 — Party members and residents taking part in community forums, community
 * dialogues and public-sentiment meetings (社区论坛、社区对话、民情恳谈会) "3万余人", reasonable suggestions
 * raised "1000余条", practical problems solved "800余个" — and in §三(三)3, resources of units in the
 * communities opened to them (社区单位资源公开向社区开放) "300余处".
 *
 * <p>{@link #participants()} adds up each forum's participants, so a resident who took part in three
 * forums counts three times, as attendance figures do.
 *
 * <pre>{@code
 * CommunityActivity a = CommunityActivity.of(communities, LocalDate.of(2005, 12, 31));
 * a.participants();        // 3万余人
 * a.suggestionsRaised();   // 1000余条
 * a.problemsSolved();      // 800余个
 * a.unitResourcesOpen();   // 300余处
 * }</pre>
 *
 * @param forumsHeld the forums, dialogues and public-sentiment meetings held
 * @param participants the people who took part in them, summed over the forums
 * @param suggestionsRaised the suggestions raised at them
 * @param problemsSolved the suggestions among those whose problem has been solved
 * @param unitResourcesOpen the unit resources opened to the communities
 */
public record CommunityActivity(
    int forumsHeld, long participants, int suggestionsRaised, int problemsSolved, int unitResourcesOpen) {

  /** No activity at all: what {@link #of} gives for no communities. */
  public static final CommunityActivity NONE = new CommunityActivity(0, 0, 0, 0, 0);

  public CommunityActivity {
    checkArgument(forumsHeld >= 0, "forumsHeld must not be negative, was %s", forumsHeld);
    checkArgument(participants >= forumsHeld,
        "participants must be at least forumsHeld (one a forum), was %s for %s forums", participants, forumsHeld);
    checkArgument(suggestionsRaised >= 0, "suggestionsRaised must not be negative, was %s", suggestionsRaised);
    checkArgument(problemsSolved >= 0, "problemsSolved must not be negative, was %s", problemsSolved);
    checkArgument(problemsSolved <= suggestionsRaised,
        "problemsSolved %s is more than suggestionsRaised %s", problemsSolved, suggestionsRaised);
    checkArgument(unitResourcesOpen >= 0, "unitResourcesOpen must not be negative, was %s", unitResourcesOpen);
  }

  /**
   * Returns the activity of {@code communities} as of {@code asOf}: the forums held on or before
   * {@code asOf}, their participants and suggestions, those of their suggestions solved on or before
   * {@code asOf}, and the unit resources opened on or before {@code asOf}. Later records are not
   * counted, so a report as of a past day gives the figures known on that day.
   *
   * @throws IllegalArgumentException if two of {@code communities} have the same id: the community
   *     would be counted twice
   */
  public static CommunityActivity of(List<Community> communities, LocalDate asOf) {
    requireNonNull(communities, "communities");
    requireNonNull(asOf, "asOf");
    Map<String, Integer> positionOf = new HashMap<>();
    int forums = 0;
    long participants = 0;
    int raised = 0;
    int solved = 0;
    int resources = 0;
    for (int i = 0; i < communities.size(); i++) {
      Community c = requireNonNull(communities.get(i), "communities[" + i + "]");
      Integer earlier = positionOf.putIfAbsent(c.id(), i);
      checkArgument(earlier == null,
          "community %s is given more than once, as communities[%s] and communities[%s]; it would be counted twice",
          c.id(), earlier, i);
      for (Forum f : c.forums()) {
        if (f.isHeldBy(asOf)) {
          forums++;
          participants += f.participants();
          raised += f.suggestions().size();
          solved += f.solvedBy(asOf);
        }
      }
      for (UnitResource r : c.unitResources()) {
        if (r.isOpenOn(asOf)) {
          resources++;
        }
      }
    }
    return new CommunityActivity(forums, participants, raised, solved, resources);
  }
}
