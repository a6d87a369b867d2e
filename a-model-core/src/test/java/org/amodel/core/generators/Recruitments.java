package org.amodel.core.generators;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.RecruitmentMethod;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StageResult;
import org.amodel.core.model.StationPost;
import org.amodel.core.model.Term;
import org.quicktheories.core.Gen;

/**
 * Generators of recorded station recruitments for property tests of the recruitment process.
 *
 * <p>{@link #any()} gives zero to eight applicants aged 30 to 45 on the reference date (40 and 41
 * often, birthdays on the reference date now and then, and now and then born after it), of every
 * education level (college, the seed's minimum, most often); records that end early, skip or repeat a
 * stage, go on after the fourth, date a stage before the previous one, on the same day or after the
 * appointment day, fail or withdraw; scores from a small range so that ties are common, and now and
 * then missing; now and then an applicant the people list does not know; zero to four openings.
 *
 * <pre>{@code
 * qt().forAll(Recruitments.any()).checkAssert(c -> {
 *   RecruitmentOutcome o = RecruitmentProcess.run(c.recruitment(), c.people(), params, c.openings(), c.committeeTerm());
 *   assertEquals(c.recruitment().applicants().size(), o.applicants().size());
 * });
 * }</pre>
 */
public final class Recruitments {
  private Recruitments() {}

  /** A recruitment with the people, openings and committee term to run it, and a seed for shuffling. */
  public record Case(
      Recruitment recruitment, ImmutableList<Person> people, org.amodel.core.recruitment.Openings openings,
      Term committeeTerm, long shuffleSeed) {}

  private static final LocalDate EARLIEST = LocalDate.of(2005, 6, 1);
  private static final LocalDate LATEST = LocalDate.of(2016, 12, 31);
  private static final List<StationPost> POSTS = List.of(StationPost.HEAD, StationPost.DEPUTY_HEAD, StationPost.STAFF);

  /** Returns recruitments of every shape the model admits, with the context to run them. */
  public static Gen<Case> any() {
    return source -> any(new Draw(source));
  }

  static Case any(Draw d) {
    LocalDate reference = d.date(EARLIEST, LATEST);
    LocalDate announced = reference.minusDays(d.between(0, 30));
    LocalDate appointedOn = reference.plusDays(d.between(20, 60));
    int n = d.between(0, 8);
    List<Person> people = new ArrayList<>();
    List<ApplicantRecord> applicants = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "p" + i;
      int age = d.oneIn(3) ? d.pick(List.of(40, 41)) : d.between(30, 45);
      // now and then born after the reference date (a data-entry slip): no age to exceed
      LocalDate born = d.oneIn(40) ? reference.plusDays(d.between(1, 400)) : d.birthDateForAge(reference, age);
      EducationLevel education = d.oneIn(4) ? d.pick(List.of(EducationLevel.values())) : EducationLevel.COLLEGE;
      if (!d.oneIn(12)) {
        people.add(Person.of(id, "申请人" + i, born, education));
      }
      applicants.add(ApplicantRecord.of(id, stages(d, reference)));
    }
    List<StationPost> posts = new ArrayList<>();
    int openings = d.between(0, 4);
    for (int i = 0; i < openings; i++) {
      posts.add(d.pick(POSTS));
    }
    LocalDate committeeStart = appointedOn.minusDays(d.between(0, 400));
    Term committee = Term.of(committeeStart, committeeStart.plusYears(d.between(3, 5)));
    if (!committee.covers(appointedOn)) {
      committee = Term.of(committeeStart, appointedOn.plusYears(1));
    }
    Recruitment r = Recruitment.of("R" + d.between(1, 9), d.oneIn(8) ? RecruitmentMethod.INTERNAL : RecruitmentMethod.OPEN,
        announced, reference, applicants);
    return new Case(r, ImmutableList.copyOf(people),
        org.amodel.core.recruitment.Openings.of(appointedOn, posts), committee, d.seed());
  }

  private static List<StageResult> stages(Draw d, LocalDate reference) {
    List<StageResult> stages = new ArrayList<>();
    int count = d.oneIn(4) ? d.between(0, 5) : 4;
    LocalDate date = reference.plusDays(d.between(0, 5));
    for (int i = 0; i < count; i++) {
      RecruitmentStage stage = i < 4 && !d.oneIn(20)
          ? RecruitmentStage.values()[i] : d.pick(List.of(RecruitmentStage.values()));
      date = d.oneIn(15) ? date.minusDays(d.between(1, 5)) : date.plusDays(d.between(0, 9));
      StageOutcome outcome = d.oneIn(8) ? d.pick(List.of(StageOutcome.FAILED, StageOutcome.WITHDREW)) : StageOutcome.PASSED;
      boolean scored = stage == RecruitmentStage.WRITTEN_EXAM || stage == RecruitmentStage.INTERVIEW;
      Optional<BigDecimal> score = scored && !d.oneIn(15)
          ? Optional.of(BigDecimal.valueOf(d.between(60, 64)).add(BigDecimal.valueOf(d.between(0, 1) * 5, 1)))
          : Optional.empty();
      stages.add(new StageResult(stage, date, outcome, score));
    }
    return stages;
  }
}
