package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * The community residents' committee (社区居民委员会): the elected deliberation layer, one leg of the
 * "A". A person holds at most one seat; how many seats of each post is a district's rule.
 */
public record ResidentsCommittee(String id, Term term, ImmutableList<CommitteeSeat> seats) {
  public ResidentsCommittee {
    Checks.id(id, "id");
    requireNonNull(term, "term");
    seats = ImmutableList.copyOf(seats);
    Checks.unique(seats, CommitteeSeat::personId, "seats of committee " + id);
  }

  public static ResidentsCommittee of(String id, Term term, List<CommitteeSeat> seats) {
    return new ResidentsCommittee(id, term, ImmutableList.copyOf(seats));
  }

  public ResidentsCommittee withSeats(List<CommitteeSeat> newSeats) {
    return new ResidentsCommittee(id, term, ImmutableList.copyOf(newSeats));
  }

  public ResidentsCommittee withTerm(Term newTerm) {
    return new ResidentsCommittee(id, newTerm, seats);
  }

  /** Returns the seats holding {@code post}. */
  public ImmutableList<CommitteeSeat> seats(CommitteePost post) {
    return seats.stream().filter(s -> s.post() == post).collect(ImmutableList.toImmutableList());
  }

  /** Returns the chair's seat if there is exactly one chair. */
  public Optional<CommitteeSeat> chair() {
    ImmutableList<CommitteeSeat> chairs = seats(CommitteePost.CHAIR);
    return chairs.size() == 1 ? Optional.of(chairs.get(0)) : Optional.empty();
  }
}
