package org.amodel.examples.district;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Person;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StageResult;

/**
 * The days of a station's open recruitment after its committee's election: announced, the reference
 * date of the age limit, then the four stages, then the appointment; and the applicants' records
 * those days give.
 */
record RecruitmentSchedule(LocalDate announced, LocalDate reference, LocalDate reviewed, LocalDate examined,
    LocalDate interviewed, LocalDate assessed, LocalDate appointed) {

  /** The most days from the election to the appointment: 15 + 4 + 12 + 8 + 9 + 7 + 6. */
  static final int MAX_DAYS = 61;

  /** Returns a schedule drawn from {@code r}, starting 5–15 days after {@code election}. */
  static RecruitmentSchedule after(SplittableRandom r, LocalDate election) {
    LocalDate announced = election.plusDays(5 + r.nextInt(11));
    LocalDate reference = announced.plusDays(4);
    LocalDate reviewed = reference.plusDays(5 + r.nextInt(8));
    LocalDate examined = reviewed.plusDays(4 + r.nextInt(5));
    LocalDate interviewed = examined.plusDays(5 + r.nextInt(5));
    LocalDate assessed = interviewed.plusDays(3 + r.nextInt(5));
    LocalDate appointed = assessed.plusDays(2 + r.nextInt(5));
    return new RecruitmentSchedule(announced, reference, reviewed, examined, interviewed, assessed, appointed);
  }

  /** The four stages, each passed on its day, with the written and interview scores. */
  List<StageResult> passedAll(BigDecimal written, BigDecimal interview) {
    return List.of(
        StageResult.passed(RecruitmentStage.QUALIFICATION_REVIEW, reviewed),
        StageResult.scored(RecruitmentStage.WRITTEN_EXAM, examined, StageOutcome.PASSED, written),
        StageResult.scored(RecruitmentStage.INTERVIEW, interviewed, StageOutcome.PASSED, interview),
        StageResult.passed(RecruitmentStage.ORGANISATIONAL_ASSESSMENT, assessed));
  }

  /**
   * Applicants who were not appointed, added to {@code people} with ids from {@code newPersonId}:
   * refused at the qualification review (over 40, or without college education), failed the written
   * exam or the interview, withdrew, or passed every stage and ranked below the openings (whose
   * appointees score at least 75.0 in each). They live and work elsewhere.
   */
  List<ApplicantRecord> unsuccessful(SplittableRandom r, int count, Supplier<String> newPersonId, List<Person> people) {
    List<ApplicantRecord> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int kind = r.nextInt(6);
      boolean tooOld = kind == 0 && r.nextBoolean();
      int age = tooOld ? Draws.between(r, 41, 48) : Draws.recruitAge(r);
      LocalDate birth = Draws.birthForAge(r, reference, age);
      EducationLevel education = kind == 0 && !tooOld ? EducationLevel.SENIOR_SECONDARY : Draws.recruitEducation(r);
      Person p = Person.of(newPersonId.get(), Invented.name(r, birth.getYear()), birth, education);
      people.add(p);
      List<StageResult> stages = new ArrayList<>();
      switch (kind) {
        case 0 -> stages.add(new StageResult(RecruitmentStage.QUALIFICATION_REVIEW, reviewed, StageOutcome.FAILED,
            Optional.empty()));
        case 1 -> {
          stages.add(StageResult.passed(RecruitmentStage.QUALIFICATION_REVIEW, reviewed));
          stages.add(StageResult.scored(RecruitmentStage.WRITTEN_EXAM, examined, StageOutcome.FAILED,
              Draws.score(r, 350, 595)));
        }
        case 2, 3 -> {
          stages.add(StageResult.passed(RecruitmentStage.QUALIFICATION_REVIEW, reviewed));
          stages.add(StageResult.scored(RecruitmentStage.WRITTEN_EXAM, examined, StageOutcome.PASSED,
              Draws.score(r, 600, 900)));
          stages.add(kind == 2
              ? new StageResult(RecruitmentStage.INTERVIEW, interviewed, StageOutcome.WITHDREW, Optional.empty())
              : StageResult.scored(RecruitmentStage.INTERVIEW, interviewed, StageOutcome.FAILED,
                  Draws.score(r, 400, 595)));
        }
        default -> stages.addAll(passedAll(Draws.score(r, 600, 745), Draws.score(r, 600, 745)));
      }
      records.add(ApplicantRecord.of(p.id(), stages));
    }
    return records;
  }

  /**
   * Returns the indexes of {@code appointees} in the order {@code RecruitmentProcess} ranks them:
   * written plus interview score ({@code scores.get(i)[0]} and {@code [1]}) highest first, then the
   * interview, then the id. The first take the first posts.
   */
  static List<Integer> ranked(List<Person> appointees, List<BigDecimal[]> scores) {
    List<Integer> rank = new ArrayList<>();
    for (int i = 0; i < appointees.size(); i++) {
      rank.add(i);
    }
    rank.sort(Comparator.<Integer, BigDecimal>comparing(i -> scores.get(i)[0].add(scores.get(i)[1])).reversed()
        .thenComparing(Comparator.<Integer, BigDecimal>comparing(i -> scores.get(i)[1]).reversed())
        .thenComparing(i -> appointees.get(i).id()));
    return rank;
  }
}
