package org.amodel.core.recruitment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StageResult;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.model.Term;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.amodel.core.recruitment.StopReason.Kind;

/**
 * Runs a recorded recruitment through its four stages (资格审查、笔试、面试、组织考核) and returns where
 * every applicant stopped, who ranks where, and the appointments made.
 *
 * <pre>{@code
 * RecruitmentOutcome outcome = RecruitmentProcess.run(recruitment, people,
 *     Parameters.jinanShizhong2005(), Openings.of(LocalDate.of(2005, 11, 1), StationPost.HEAD), committee.term());
 * outcome.appointments(); // the contract appointments, tied to the committee's term
 * }</pre>
 *
 * <p><b>Stages.</b> Each applicant goes through the stages in the order of {@link RecruitmentStage}
 * and stops at the first of them where one of these holds (all that hold there are reported):
 *
 * <ul>
 *   <li>qualification review only: the applicant is not among {@code people}; they are older than
 *       {@code recruit.age.max} in full years on the recruitment's reference date (40岁以下 includes
 *       40); their education is below {@code recruit.education.min} (大专以上 includes 大专). Both limits
 *       are read as in force on the reference date; a limit not in force does not apply, and an
 *       applicant born after the reference date has no age to exceed (as in {@code RECRUIT_AGE});
 *   <li>the record ends before the stage, or has another stage in its place;
 *   <li>the stage is dated before the stage before it (the qualification review: before the
 *       announcement), or after the day the appointments begin;
 *   <li>the stage was recorded as failed or withdrawn (the qualification review too: the data decide
 *       the criteria, the record says whether the review was passed);
 *   <li>the written exam or interview was passed with no score.
 * </ul>
 *
 * The criteria are judged before the record: an applicant who fails one stops at the qualification
 * review for the criteria alone, whatever the record says of that stage. An applicant who passed the
 * four stages but whose record goes on stops at the extra stage, as {@code RECRUIT_PROCESS} would
 * report it. Nothing here throws for bad data.
 *
 * <p>{@link #stops} is this judgement on its own, and {@link #rankAndAppoint} the ranking and
 * appointment on their own, for callers that judge the stops another way (the rule files of
 * a-model-rules); {@link #run} is the one after the other.
 *
 * <p><b>Score and ties.</b> Those who pass every stage are ranked by their score, the written exam's
 * score plus the interview's, highest first. Equal scores are ordered by the higher interview score,
 * then the earlier qualification-review date, then the person id (in {@link String#compareTo}
 * order), so the ranking never depends on the order applicants are listed in.
 *
 * <p><b>Appointment.</b> The first {@code openings.count()} in rank take the posts of {@code openings}
 * in order, by contract (聘任制), from {@code openings.appointedOn()}. The appointment ends when the
 * committee's term ends (聘期与居委会班子任期相同), but lasts at most {@code station.term.yearsMax}
 * years as in force on the day it begins; where that cap cuts it short it no longer ends with the
 * committee and {@code APPOINTMENT_TERM} will say so.
 */
public final class RecruitmentProcess {
  private RecruitmentProcess() {}

  /** Orders passers by score, then interview score, then qualification-review date, then person id. */
  static final Comparator<Passer> RANKING = Comparator.comparing(Passer::score).reversed()
      .thenComparing(Comparator.comparing(Passer::interview).reversed())
      .thenComparing(Passer::reviewed)
      .thenComparing(Passer::personId);

  /**
   * Returns the outcome of {@code recruitment}: every applicant exactly once.
   *
   * @param people the people the applicants' ids refer to; others may be listed too
   * @param parameters the district's parameters, read on the reference date and the appointment date
   * @param openings the posts to fill, in rank order, and the day the appointments begin
   * @param committeeTerm the residents' committee's term, which the appointments end with
   * @throws IllegalArgumentException if two people share an id, or {@code committeeTerm} does not
   *     cover {@code openings.appointedOn()}
   */
  public static RecruitmentOutcome run(
      Recruitment recruitment, Collection<Person> people, DistrictParameters parameters,
      Openings openings, Term committeeTerm) {
    requireNonNull(openings, "openings");
    return rankAndAppoint(recruitment, stops(recruitment, people, parameters, openings.appointedOn()),
        parameters, openings, committeeTerm);
  }

  /**
   * Returns where the applicants of {@code recruitment} stop, and why, by the criteria and stages
   * described above: one {@link ApplicantOutcome.Stopped} for each applicant who does not pass every
   * stage, by person id. Those not listed passed every stage.
   *
   * @param people the people the applicants' ids refer to; others may be listed too
   * @param parameters the district's parameters, read on the reference date
   * @param appointedOn the day the appointments begin, which no stage may be dated after
   * @throws IllegalArgumentException if two people share an id
   */
  public static ImmutableList<ApplicantOutcome.Stopped> stops(
      Recruitment recruitment, Collection<Person> people, DistrictParameters parameters, LocalDate appointedOn) {
    requireNonNull(recruitment, "recruitment");
    requireNonNull(parameters, "parameters");
    requireNonNull(appointedOn, "appointedOn");
    ImmutableMap<String, Person> byId = Maps.uniqueIndex(requireNonNull(people, "people"), Person::id);
    List<ApplicantOutcome.Stopped> stopped = new ArrayList<>();
    for (ApplicantRecord applicant : recruitment.applicants()) {
      stop(recruitment, applicant, byId.get(applicant.personId()), parameters, appointedOn).ifPresent(stopped::add);
    }
    stopped.sort(Comparator.comparing(ApplicantOutcome.Stopped::personId));
    return ImmutableList.copyOf(stopped);
  }

  /**
   * Returns the outcome of {@code recruitment} given who stopped where: every applicant not in
   * {@code stopped} is ranked by score (with the tie rule above) and the first {@code
   * openings.count()} are appointed by contract; every applicant appears exactly once. This is the
   * ranking and appointment of {@link #run}, for callers that decide the stops themselves (a
   * district's rule files, say):
   *
   * <pre>{@code
   * RecruitmentOutcome outcome = RecruitmentProcess.rankAndAppoint(recruitment, stopsFromMyRules,
   *     parameters, openings, committee.term());
   * }</pre>
   *
   * @param stopped the applicants who did not pass every stage, each at most once
   * @param parameters the district's parameters, read on the appointment date
   * @param openings the posts to fill, in rank order, and the day the appointments begin
   * @param committeeTerm the residents' committee's term, which the appointments end with
   * @throws IllegalArgumentException if a stop names someone who did not apply or names an applicant
   *     twice, if an applicant not stopped cannot be ranked (their record does not begin with the
   *     four stages in order, passed, with a written-exam and an interview score), or if {@code
   *     committeeTerm} does not cover {@code openings.appointedOn()}
   */
  public static RecruitmentOutcome rankAndAppoint(
      Recruitment recruitment, Collection<ApplicantOutcome.Stopped> stopped, DistrictParameters parameters,
      Openings openings, Term committeeTerm) {
    requireNonNull(recruitment, "recruitment");
    requireNonNull(stopped, "stopped");
    requireNonNull(parameters, "parameters");
    requireNonNull(openings, "openings");
    requireNonNull(committeeTerm, "committeeTerm");
    checkArgument(committeeTerm.covers(openings.appointedOn()),
        "appointments begin %s, outside the committee's term %s", openings.appointedOn(), committeeTerm);
    Map<String, ApplicantOutcome.Stopped> stops = new HashMap<>();
    for (ApplicantOutcome.Stopped s : stopped) {
      checkArgument(recruitment.applicant(s.personId()).isPresent(),
          "%s stopped at the %s but did not apply to recruitment %s", s.personId(), s.stage().nameEn(), recruitment.id());
      checkArgument(stops.put(s.personId(), s) == null, "%s is stopped more than once", s.personId());
    }

    List<Passer> passers = new ArrayList<>();
    for (ApplicantRecord applicant : recruitment.applicants()) {
      if (!stops.containsKey(applicant.personId())) {
        passers.add(Passer.of(applicant));
      }
    }
    passers.sort(RANKING);

    Term term = term(parameters, openings.appointedOn(), committeeTerm);
    List<ApplicantOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < passers.size(); i++) {
      Passer p = passers.get(i);
      int rank = i + 1;
      if (i < openings.count()) {
        outcomes.add(new ApplicantOutcome.Appointed(p.personId(), rank, p.score(),
            StationAppointment.recruited(p.personId(), openings.posts().get(i), term, recruitment.id())));
      } else {
        outcomes.add(new ApplicantOutcome.NoOpening(p.personId(), rank, p.score(), openings.count()));
      }
    }
    stops.values().stream().sorted(Comparator.comparing(ApplicantOutcome.Stopped::personId)).forEach(outcomes::add);
    return RecruitmentOutcome.of(recruitment.id(), outcomes);
  }

  /**
   * Returns the term of an appointment beginning {@code start}: to the end of {@code committeeTerm},
   * at most {@code station.term.yearsMax} years as in force on {@code start}.
   */
  public static Term term(DistrictParameters parameters, LocalDate start, Term committeeTerm) {
    LocalDate end = committeeTerm.end();
    Optional<Integer> years = parameters.find(Parameters.STATION_TERM_YEARS_MAX, start);
    if (years.isPresent() && end.isAfter(start.plusYears(years.get()))) {
      end = start.plusYears(years.get());
    }
    return Term.of(start, end);
  }

  private static Optional<ApplicantOutcome.Stopped> stop(
      Recruitment r, ApplicantRecord applicant, Person person, DistrictParameters parameters, LocalDate appointedOn) {
    String id = applicant.personId();
    List<StopReason> criteria = criteria(r, id, person, parameters);
    if (!criteria.isEmpty()) {
      return Optional.of(ApplicantOutcome.Stopped.of(id, RecruitmentStage.QUALIFICATION_REVIEW, criteria));
    }
    ImmutableList<StageResult> stages = applicant.stages();
    RecruitmentStage[] required = RecruitmentStage.values();
    LocalDate previous = r.announced();
    String previousZh = "招聘公告";
    String previousEn = "the announcement";
    for (int i = 0; i < required.length; i++) {
      RecruitmentStage stage = required[i];
      if (i >= stages.size()) {
        return stopped(id, stage, StopReason.of(Kind.MISSING_STAGE,
            "记录中没有" + stage.nameZh(), "the record ends before the " + stage.nameEn()));
      }
      StageResult result = stages.get(i);
      if (result.stage() != stage) {
        return stopped(id, stage, StopReason.of(Kind.WRONG_STAGE,
            "第" + stage.position() + "个程序应为" + stage.nameZh() + ",记录为" + result.stage().nameZh(),
            "stage " + stage.position() + " should be the " + stage.nameEn() + " but the record has the "
                + result.stage().nameEn()));
      }
      List<StopReason> reasons = new ArrayList<>();
      if (result.date().isBefore(previous)) {
        reasons.add(StopReason.of(Kind.DATED_BEFORE_PREVIOUS,
            stage.nameZh() + "日期" + result.date() + "早于" + previousZh + "(" + previous + ")",
            "the " + stage.nameEn() + " on " + result.date() + " is dated before " + previousEn + " (" + previous + ")"));
      }
      if (result.date().isAfter(appointedOn)) {
        reasons.add(StopReason.of(Kind.DATED_AFTER_APPOINTMENT,
            stage.nameZh() + "日期" + result.date() + "晚于聘任之日(" + appointedOn + ")",
            "the " + stage.nameEn() + " on " + result.date() + " is dated after the appointments begin (" + appointedOn + ")"));
      }
      switch (result.outcome()) {
        case PASSED -> {
          if (isScored(stage) && result.score().isEmpty()) {
            reasons.add(StopReason.of(Kind.NO_SCORE,
                stage.nameZh() + "通过但没有成绩", "passed the " + stage.nameEn() + " with no score recorded"));
          }
        }
        case FAILED -> reasons.add(StopReason.of(Kind.FAILED,
            stage.nameZh() + "未通过" + scoreZh(result), "failed the " + stage.nameEn() + scoreEn(result)));
        case WITHDREW -> reasons.add(StopReason.of(Kind.WITHDREW,
            "于" + result.date() + "在" + stage.nameZh() + "中退出", "withdrew at the " + stage.nameEn() + " on " + result.date()));
      }
      if (!reasons.isEmpty()) {
        return Optional.of(ApplicantOutcome.Stopped.of(id, stage, reasons));
      }
      previous = result.date();
      previousZh = stage.nameZh();
      previousEn = "the " + stage.nameEn();
    }
    if (stages.size() > required.length) {
      StageResult extra = stages.get(required.length);
      return stopped(id, extra.stage(), StopReason.of(Kind.EXTRA_STAGE,
          "四个程序之后记录中还有" + extra.stage().nameZh() + "(" + extra.date() + ")",
          "the record goes on after the four stages with the " + extra.stage().nameEn() + " (" + extra.date() + ")"));
    }
    return Optional.empty();
  }

  private static List<StopReason> criteria(Recruitment r, String id, Person person, DistrictParameters parameters) {
    if (person == null) {
      return List.of(StopReason.of(Kind.UNKNOWN_PERSON,
          "人员名单中没有" + id + ",无法进行资格审查", id + " is not among the people given; nothing to review"));
    }
    LocalDate reference = r.referenceDate();
    List<StopReason> reasons = new ArrayList<>();
    Optional<Integer> maxAge = parameters.find(Parameters.RECRUIT_AGE_MAX, reference);
    if (maxAge.isPresent() && !reference.isBefore(person.birthDate())) {
      int age = person.ageOn(reference);
      if (age > maxAge.get()) {
        reasons.add(StopReason.of(Kind.TOO_OLD,
            "于" + reference + "年满" + age + "周岁,超过" + maxAge.get() + "周岁",
            "aged " + age + " on " + reference + "; at most " + maxAge.get()));
      }
    }
    Optional<EducationLevel> minEducation = parameters.find(Parameters.RECRUIT_EDUCATION_MIN, reference);
    if (minEducation.isPresent() && !person.education().isAtLeast(minEducation.get())) {
      reasons.add(StopReason.of(Kind.EDUCATION_BELOW_MINIMUM,
          "文化程度为" + person.education().nameZh() + ",应为" + minEducation.get().nameZh() + "以上",
          "education " + person.education().nameEn() + "; " + minEducation.get().nameEn() + " or higher required"));
    }
    return reasons;
  }

  private static Optional<ApplicantOutcome.Stopped> stopped(String id, RecruitmentStage stage, StopReason reason) {
    return Optional.of(ApplicantOutcome.Stopped.of(id, stage, List.of(reason)));
  }

  private static boolean isScored(RecruitmentStage stage) {
    return stage == RecruitmentStage.WRITTEN_EXAM || stage == RecruitmentStage.INTERVIEW;
  }

  private static String scoreZh(StageResult result) {
    return result.score().map(s -> "(成绩" + s.toPlainString() + ")").orElse("");
  }

  private static String scoreEn(StageResult result) {
    return result.score().map(s -> " (score " + s.toPlainString() + ")").orElse("");
  }

  /** An applicant who passed every stage, with what the ranking reads. */
  record Passer(String personId, BigDecimal score, BigDecimal interview, LocalDate reviewed) {
    /** Returns the passer {@code a}, if their record can be ranked. */
    static Passer of(ApplicantRecord a) {
      checkArgument(a.hasEveryStageInOrder()
              && a.stagesInOrder().stream().allMatch(s -> s.outcome() == StageOutcome.PASSED),
          "%s is not stopped, but their record does not begin with the four stages in order, passed", a.personId());
      Optional<BigDecimal> written = a.stages().get(RecruitmentStage.WRITTEN_EXAM.ordinal()).score();
      Optional<BigDecimal> interview = a.stages().get(RecruitmentStage.INTERVIEW.ordinal()).score();
      checkArgument(written.isPresent() && interview.isPresent(),
          "%s is not stopped, but has no written-exam or no interview score to rank by", a.personId());
      return new Passer(a.personId(), written.get().add(interview.get()), interview.get(),
          a.stages().get(RecruitmentStage.QUALIFICATION_REVIEW.ordinal()).date());
    }
  }
}
