package org.amodel.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amodel.core.generators.Breakers;
import org.amodel.core.generators.CommunityGenerators;
import org.amodel.core.generators.Samples;
import org.amodel.core.generators.Scenario;
import org.amodel.core.model.Community;
import org.amodel.core.model.District;
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.core.parameters.Parameters;

/**
 * A district of 66 generated communities (the seed's count after its scale adjustment), two in three
 * valid and one in three broken several times over, all checked as of one date.
 */
final class BenchmarkDistrict {
  static final LocalDate AS_OF = LocalDate.of(2006, 6, 1);
  static final int COMMUNITIES = 66;

  private BenchmarkDistrict() {}

  static District build() {
    var parameters = Parameters.jinanShizhong2005();
    List<Scenario> valid = Samples.of(CommunityGenerators.valid(parameters), 44, 20051130L);
    List<Scenario> broken = Samples.of(Breakers.mixture(parameters), 22, 20051201L).stream()
        .map(m -> m.scenario()).toList();
    List<Community> communities = new ArrayList<>();
    Set<SubdistrictOffice> offices = new LinkedHashSet<>();
    int i = 0;
    for (Scenario s : concat(valid, broken)) {
      // ids must be unique in a district, and the generators draw them at random
      communities.add(s.community().withId("c" + i));
      offices.add(s.community().subdistrictOffice());
      i++;
    }
    return District.of("jinan-shizhong", "济南市市中区", List.copyOf(offices), communities);
  }

  private static List<Scenario> concat(List<Scenario> a, List<Scenario> b) {
    List<Scenario> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
