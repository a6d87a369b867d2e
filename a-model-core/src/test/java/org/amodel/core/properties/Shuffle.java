package org.amodel.core.properties;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Community;
import org.amodel.core.model.Forum;
import org.amodel.core.model.Household;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.ResidentsCommittee;

/**
 * Reorders every collection of a community whose order carries no meaning (a recruitment record's
 * stages keep theirs: their order is what RECRUIT_PROCESS checks).
 */
final class Shuffle {
  private Shuffle() {}

  static Community community(Community c, Random random) {
    return c.toBuilder()
        .people(shuffled(c.people(), random, Function.identity()))
        .households(shuffled(c.households(), random, h -> Household.of(h.id(), h.address(), h.representativeId(),
            ImmutableSet.copyOf(shuffled(List.copyOf(h.memberIds()), random, Function.identity())))))
        .partyOrganisations(shuffled(c.partyOrganisations(), random, p -> PartyOrganisation.of(p.id(), p.kind(),
            p.secretary(), shuffled(p.gridBranches(), random, Function.identity()))))
        .residentsCommittees(shuffled(c.residentsCommittees(), random,
            rc -> ResidentsCommittee.of(rc.id(), rc.term(), shuffled(rc.seats(), random, Function.identity()))))
        .serviceStations(shuffled(c.serviceStations(), random,
            s -> s.withAppointments(shuffled(s.appointments(), random, Function.identity()))))
        .assemblies(shuffled(c.assemblies(), random, a -> RepresentativeAssembly.of(a.id(),
            shuffled(a.representatives(), random, Function.identity()))))
        .recruitments(shuffled(c.recruitments(), random, r -> r.withApplicants(
            shuffled(r.applicants(), random, Function.<ApplicantRecord>identity()))))
        .assessments(shuffled(c.assessments(), random, Function.identity()))
        .matters(shuffled(c.matters(), random, Function.identity()))
        .forums(shuffled(c.forums(), random, f -> Forum.of(f.id(), f.kind(), f.held(), f.topic(), f.participants(),
            shuffled(f.suggestions(), random, Function.identity()))))
        .unitResources(shuffled(c.unitResources(), random, Function.identity()))
        .build();
  }

  private static <T> List<T> shuffled(List<T> items, Random random, Function<T, T> inner) {
    List<T> copy = new ArrayList<>();
    items.forEach(i -> copy.add(inner.apply(i)));
    Collections.shuffle(copy, random);
    return copy;
  }

}
