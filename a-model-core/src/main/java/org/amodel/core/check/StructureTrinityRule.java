package org.amodel.core.check;

import org.amodel.core.finding.Problems;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.parameters.ParameterKey;
import org.amodel.core.parameters.Parameters;

/** STRUCTURE_TRINITY: one Party organisation, one residents' committee, one service station. */
final class StructureTrinityRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.STRUCTURE_TRINITY;
  }

  @Override
  public void check(CheckContext c) {
    Problems problems = new Problems();
    count(c, problems, Parameters.STRUCTURE_PARTY_ORGANISATIONS, c.community().partyOrganisations().size(),
        "社区党组织", "Party organisations");
    count(c, problems, Parameters.STRUCTURE_RESIDENTS_COMMITTEES, c.community().residentsCommittees().size(),
        "居委会", "residents' committees");
    count(c, problems, Parameters.STRUCTURE_SERVICE_STATIONS, c.community().serviceStations().size(),
        "服务站", "service stations");
    c.reportAll(id(), Subject.community(c.communityId()), problems);
  }

  private static void count(
      CheckContext c, Problems problems, ParameterKey<Integer> key, int actual, String zh, String en) {
    c.param(key).filter(required -> required != actual).ifPresent(required ->
        problems.add(zh + "现有" + actual + "个,应为" + required + "个",
            "community has " + actual + " " + en + "; " + required + " required"));
  }
}
