package org.amodel.core.recruitment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.amodel.core.model.StationAppointment;

/**
 * The outcome of a recruitment: every applicant exactly once, the ranked passers first in rank
 * order (appointed, then those with no opening), then those who stopped, by person id.
 */
public record RecruitmentOutcome(String recruitmentId, ImmutableList<ApplicantOutcome> applicants) {
  public RecruitmentOutcome {
    requireNonNull(recruitmentId, "recruitmentId");
    applicants = ImmutableList.copyOf(applicants);
    checkArgument(applicants.stream().map(ApplicantOutcome::personId).distinct().count() == applicants.size(),
        "outcome of %s lists an applicant more than once", recruitmentId);
  }

  static RecruitmentOutcome of(String recruitmentId, List<ApplicantOutcome> applicants) {
    return new RecruitmentOutcome(recruitmentId, ImmutableList.copyOf(applicants));
  }

  /** Returns the outcome of applicant {@code personId}, if they applied. */
  public Optional<ApplicantOutcome> outcomeOf(String personId) {
    return applicants.stream().filter(a -> a.personId().equals(personId)).findFirst();
  }

  /** Returns the appointed applicants, in rank order. */
  public ImmutableList<ApplicantOutcome.Appointed> appointed() {
    return only(ApplicantOutcome.Appointed.class);
  }

  /** Returns the appointments made, in rank order. */
  public ImmutableList<StationAppointment> appointments() {
    return appointed().stream().map(ApplicantOutcome.Appointed::appointment).collect(ImmutableList.toImmutableList());
  }

  /** Returns those who passed every stage but ranked below the last opening, in rank order. */
  public ImmutableList<ApplicantOutcome.NoOpening> noOpening() {
    return only(ApplicantOutcome.NoOpening.class);
  }

  /** Returns those who stopped at a stage, by person id. */
  public ImmutableList<ApplicantOutcome.Stopped> stopped() {
    return only(ApplicantOutcome.Stopped.class);
  }

  private <T extends ApplicantOutcome> ImmutableList<T> only(Class<T> type) {
    return applicants.stream().filter(type::isInstance).map(type::cast).collect(ImmutableList.toImmutableList());
  }
}
