package org.amodel.core.check;

import java.util.Optional;
import org.amodel.core.finding.Problems;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StationPost;
import org.amodel.core.parameters.ParameterKey;
import org.amodel.core.parameters.Parameters;

/**
 * STATION_POSTS: 1 head, 1 deputy head and 1–2 staff in the seed. That a person holds one post
 * only is a structural truth of {@link ServiceStation}.
 */
final class StationPostsRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.STATION_POSTS;
  }

  @Override
  public void check(CheckContext c) {
    for (ServiceStation s : c.community().serviceStations()) {
      Problems problems = new Problems();
      post(c, s, StationPost.HEAD, Parameters.STATION_HEADS_MIN, Parameters.STATION_HEADS_MAX, problems);
      post(c, s, StationPost.DEPUTY_HEAD, Parameters.STATION_DEPUTY_HEADS_MIN, Parameters.STATION_DEPUTY_HEADS_MAX,
          problems);
      post(c, s, StationPost.STAFF, Parameters.STATION_STAFF_MIN, Parameters.STATION_STAFF_MAX, problems);
      c.reportAll(id(), Subject.of(c.communityId(), SubjectKind.SERVICE_STATION, s.id()), problems);
    }
  }

  private static void post(CheckContext c, ServiceStation s, StationPost post,
      ParameterKey<Integer> minKey, ParameterKey<Integer> maxKey, Problems problems) {
    Optional<Bounds> bounds = Bounds.of(c, minKey, maxKey);
    int n = s.appointments(post).size();
    bounds.filter(b -> !b.contains(n)).ifPresent(b -> problems.add(
        post.post().nameZh() + "现有" + n + "人,应为" + b.zh() + "人",
        "station has " + n + " " + post.post().nameEn() + (n == 1 || post == StationPost.STAFF ? "" : "s") + "; " + b.en() + " required"));
  }
}
