package org.amodel.core.check;

import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.parameters.Parameters;

/** STATION_SIZE: a station has 3–4 people in the seed. */
final class StationSizeRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.STATION_SIZE;
  }

  @Override
  public void check(CheckContext c) {
    Bounds.of(c, Parameters.STATION_SIZE_MIN, Parameters.STATION_SIZE_MAX).ifPresent(bounds -> {
      for (ServiceStation s : c.community().serviceStations()) {
        if (!bounds.contains(s.size())) {
          c.report(id(), Subject.of(c.communityId(), SubjectKind.SERVICE_STATION, s.id()),
              "服务站现有" + s.size() + "人,应为" + bounds.zh() + "人",
              "station has " + s.size() + " people; " + bounds.en() + " required");
        }
      }
    });
  }
}
