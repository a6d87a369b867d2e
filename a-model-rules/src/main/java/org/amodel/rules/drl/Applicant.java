package org.amodel.rules.drl;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.StageResult;

/**
 * A fact for rule files: one applicant of a recruitment, with their record, the person the record
 * names (null when the people given do not include them), the recruitment, and the day the
 * appointments begin. The rules of {@code recruitment-process.drl} say where an applicant stops, and
 * why, through the global {@code stops} ({@link StopCollector}).
 */
public final class Applicant {
  private final Recruitment recruitment;
  private final ApplicantRecord record;
  private final Person person;
  private final LocalDate appointedOn;
  private final ImmutableList<RecordedStage> recordedStages;

  /**
   * Returns the applicant {@code record} of {@code recruitment}.
   *
   * @param person the person the record names, or null if the people given do not include them
   * @throws IllegalArgumentException if {@code record} is not one of the recruitment's, or {@code
   *     person} has another id
   */
  public Applicant(Recruitment recruitment, ApplicantRecord record, Person person, LocalDate appointedOn) {
    this.recruitment = requireNonNull(recruitment, "recruitment");
    this.record = requireNonNull(record, "record");
    this.person = person;
    this.appointedOn = requireNonNull(appointedOn, "appointedOn");
    checkArgument(recruitment.applicants().contains(record), "%s is not an applicant of recruitment %s",
        record.personId(), recruitment.id());
    checkArgument(person == null || person.id().equals(record.personId()), "record of %s given person %s",
        record.personId(), person == null ? null : person.id());
    this.recordedStages = recordedStages(recruitment, record);
  }

  public Recruitment recruitment() {
    return recruitment;
  }

  public ApplicantRecord record() {
    return record;
  }

  /**
   * Returns the results of the applicant's record, in the order they happened (the record's {@code
   * stages()}; rule files cannot say {@code record()}, a word the executable model's parser keeps).
   */
  public ImmutableList<StageResult> stages() {
    return record.stages();
  }

  /** Returns the person the record names, or null if the people given do not include them. */
  public Person person() {
    return person;
  }

  /** Returns the day the appointments begin. */
  public LocalDate appointedOn() {
    return appointedOn;
  }

  public String personId() {
    return record.personId();
  }

  /** Returns the recruitment's reference date, on which ages and qualifications are judged. */
  public LocalDate referenceDate() {
    return recruitment.referenceDate();
  }

  /**
   * Returns the record's first results, up to four, each with the stage that belongs in its place
   * and the date of what comes before it (the announcement for the first).
   */
  public ImmutableList<RecordedStage> recordedStages() {
    return recordedStages;
  }

  private static ImmutableList<RecordedStage> recordedStages(Recruitment recruitment, ApplicantRecord record) {
    RecruitmentStage[] required = RecruitmentStage.values();
    List<RecordedStage> stages = new ArrayList<>();
    for (int i = 0; i < required.length && i < record.stages().size(); i++) {
      stages.add(i == 0
          ? new RecordedStage(required[i], record.stages().get(i), recruitment.announced(), "招聘公告", "the announcement")
          : new RecordedStage(required[i], record.stages().get(i), record.stages().get(i - 1).date(),
              required[i - 1].nameZh(), "the " + required[i - 1].nameEn()));
    }
    return ImmutableList.copyOf(stages);
  }

  @Override
  public String toString() {
    return "Applicant " + personId() + " of " + recruitment.id();
  }
}
