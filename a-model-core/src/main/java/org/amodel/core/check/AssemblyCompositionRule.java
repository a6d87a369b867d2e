package org.amodel.core.check;

import java.util.Comparator;
import java.util.List;
import org.amodel.core.finding.Problems;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.model.AssemblyRepresentative;
import org.amodel.core.model.Person;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.parameters.Parameters;

/**
 * ASSEMBLY_COMPOSITION: the community has a representative assembly; it includes representatives
 * elected by residents' groups, and each of those lives in one of the community's households. Unit
 * representatives, deputies, CPPCC members and the police officer may sit in it too.
 */
final class AssemblyCompositionRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.ASSEMBLY_COMPOSITION;
  }

  @Override
  public void check(CheckContext c) {
    if (!c.enabled(Parameters.ASSEMBLY_RESIDENTS_GROUP_REQUIRED)) {
      return;
    }
    if (c.community().assemblies().isEmpty()) {
      c.report(id(), Subject.community(c.communityId()),
          "社区没有社区成员代表会议", "community has no representative assembly");
      return;
    }
    for (RepresentativeAssembly assembly : c.community().assemblies()) {
      Problems problems = new Problems();
      if (assembly.count(RepresentativeCategory.RESIDENTS_GROUP) == 0) {
        problems.add("代表会议没有居民小组推选的居民代表",
            "assembly has no representatives elected by residents' groups");
      }
      // in id order, so the message never depends on the order the representatives were listed in
      List<AssemblyRepresentative> byPerson = assembly.representatives().stream()
          .sorted(Comparator.comparing(AssemblyRepresentative::personId)).toList();
      for (AssemblyRepresentative r : byPerson) {
        if (r.category() == RepresentativeCategory.RESIDENTS_GROUP && !c.isHouseholdMember(r.personId())) {
          Person p = c.person(r.personId());
          problems.add("居民代表" + p.name() + "(" + r.constituency() + ")不是本社区住户",
              "residents' representative " + p.name() + " (" + r.constituency() + ") lives in none of the community's"
                  + " households");
        }
      }
      c.reportAll(id(), Subject.of(c.communityId(), SubjectKind.ASSEMBLY, assembly.id()), problems);
    }
  }
}
