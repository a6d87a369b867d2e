package org.amodel.core.check;

import org.amodel.core.finding.Problems;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.ServiceStation;

/**
 * STATION_REPORTING: the station is managed by the community's own subdistrict office and evaluated
 * by the community's representative assembly.
 */
final class StationReportingRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.STATION_REPORTING;
  }

  @Override
  public void check(CheckContext c) {
    String office = c.community().subdistrictOffice().id();
    for (ServiceStation s : c.community().serviceStations()) {
      Problems problems = new Problems();
      if (!s.managingOfficeId().equals(office)) {
        problems.add("服务站由" + s.managingOfficeId() + "管理,应由本社区所属街道办事处" + office + "管理",
            "station is managed by " + s.managingOfficeId() + "; it must be managed by the community's subdistrict"
                + " office " + office);
      }
      if (s.evaluatingAssemblyId().isEmpty()) {
        problems.add("服务站未接受社区成员代表会议评议",
            "station is not evaluated by a representative assembly");
      } else {
        String assembly = s.evaluatingAssemblyId().get();
        boolean own = c.community().assemblies().stream().map(RepresentativeAssembly::id).anyMatch(assembly::equals);
        if (!own) {
          problems.add("服务站由" + assembly + "评议,该代表会议不属于本社区",
              "station is evaluated by assembly " + assembly + ", which is not this community's");
        }
      }
      c.reportAll(id(), Subject.of(c.communityId(), SubjectKind.SERVICE_STATION, s.id()), problems);
    }
  }
}
