package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A contract appointment (聘任) to a station post for a term, and the recruitment it came from, if
 * any.
 */
public record StationAppointment(String personId, StationPost post, Term term, Optional<String> recruitmentId) {
  public StationAppointment {
    Checks.id(personId, "personId");
    requireNonNull(post, "post");
    requireNonNull(term, "term");
    requireNonNull(recruitmentId, "recruitmentId");
    recruitmentId.ifPresent(r -> Checks.id(r, "recruitmentId"));
  }

  public static StationAppointment recruited(String personId, StationPost post, Term term, String recruitmentId) {
    return new StationAppointment(personId, post, term, Optional.of(recruitmentId));
  }

  public static StationAppointment unrecruited(String personId, StationPost post, Term term) {
    return new StationAppointment(personId, post, term, Optional.empty());
  }

  public StationAppointment withPost(StationPost newPost) {
    return new StationAppointment(personId, newPost, term, recruitmentId);
  }

  public StationAppointment withTerm(Term newTerm) {
    return new StationAppointment(personId, post, newTerm, recruitmentId);
  }

  public StationAppointment withRecruitmentId(Optional<String> newRecruitmentId) {
    return new StationAppointment(personId, post, term, newRecruitmentId);
  }
}
