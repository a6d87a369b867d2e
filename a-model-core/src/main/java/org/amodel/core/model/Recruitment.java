package org.amodel.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A station recruitment (选聘): its method, its announcement, the reference date on which ages and
 * qualifications are judged, and every applicant's record.
 */
public record Recruitment(
    String id,
    RecruitmentMethod method,
    LocalDate announced,
    LocalDate referenceDate,
    ImmutableList<ApplicantRecord> applicants) {

  public Recruitment {
    Checks.id(id, "id");
    requireNonNull(method, "method");
    requireNonNull(announced, "announced");
    requireNonNull(referenceDate, "referenceDate");
    applicants = ImmutableList.copyOf(applicants);
    Checks.unique(applicants, ApplicantRecord::personId, "applicants of recruitment " + id);
  }

  public static Recruitment of(
      String id, RecruitmentMethod method, LocalDate announced, LocalDate referenceDate,
      List<ApplicantRecord> applicants) {
    return new Recruitment(id, method, announced, referenceDate, ImmutableList.copyOf(applicants));
  }

  public Recruitment withMethod(RecruitmentMethod newMethod) {
    return new Recruitment(id, newMethod, announced, referenceDate, applicants);
  }

  public Recruitment withApplicants(List<ApplicantRecord> newApplicants) {
    return new Recruitment(id, method, announced, referenceDate, ImmutableList.copyOf(newApplicants));
  }

  /** Returns the record of applicant {@code personId}, if they applied. */
  public Optional<ApplicantRecord> applicant(String personId) {
    return applicants.stream().filter(a -> a.personId().equals(personId)).findFirst();
  }
}
