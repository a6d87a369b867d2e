package org.amodel.core.check;

import java.time.LocalDate;
import java.util.Optional;
import org.amodel.core.finding.Problems;
import org.amodel.core.finding.RuleId;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.RecruitmentMethod;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StageResult;
import org.amodel.core.model.StationAppointment;
import org.amodel.core.parameters.Parameters;

/**
 * RECRUIT_PROCESS: each station member came through a recruitment of the required method (open, in
 * the seed, by the rules in force on the recruitment's reference date) and passed its four stages in
 * order: each stage recorded once, in the order of {@link
 * RecruitmentStage}, passed, dated no earlier than the announcement or the stage before it, and all
 * before the appointment began.
 */
final class RecruitProcessRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.RECRUIT_PROCESS;
  }

  @Override
  public void check(CheckContext c) {
    for (StationMember member : c.stationMembers()) {
      Optional<RecruitmentMethod> method = c.paramOn(Parameters.RECRUIT_METHOD, member.recruitedOn());
      boolean stagesRequired = c.paramOn(Parameters.RECRUIT_STAGES_REQUIRED, member.recruitedOn()).orElse(false);
      if (method.isEmpty() && !stagesRequired) {
        continue;
      }
      StationAppointment a = member.appointment();
      Person p = member.person();
      Problems problems = new Problems();
      Optional<Recruitment> recruitment = member.recruitment();
      if (recruitment.isEmpty()) {
        problems.add(p.name() + "没有招聘记录", p.name() + " has no recruitment record");
      } else {
        Recruitment r = recruitment.get();
        method.filter(m -> m != r.method()).ifPresent(m -> problems.add(
            "招聘" + r.id() + "的方式为" + r.method().nameZh() + ",应为" + m.nameZh(),
            "recruitment " + r.id() + " was " + r.method().nameEn() + "; " + m.nameEn() + " required"));
        if (stagesRequired) {
          stages(p, r, a, problems);
        }
      }
      c.reportAll(id(), member.subject(c.communityId()), problems);
    }
  }

  private static void stages(Person p, Recruitment r, StationAppointment a, Problems problems) {
    Optional<ApplicantRecord> record = r.applicant(p.id());
    if (record.isEmpty()) {
      problems.add(p.name() + "不在招聘" + r.id() + "的报名记录中",
          p.name() + " is not among the applicants of recruitment " + r.id());
      return;
    }
    RecruitmentStage[] required = RecruitmentStage.values();
    var stages = record.get().stages();
    LocalDate previous = r.announced();
    String previousZh = "招聘公告";
    String previousEn = "the announcement";
    for (int i = 0; i < required.length; i++) {
      RecruitmentStage stage = required[i];
      if (i >= stages.size() || stages.get(i).stage() != stage) {
        problems.add("第" + (i + 1) + "个程序应为" + stage.nameZh() + ",记录为"
                + (i < stages.size() ? stages.get(i).stage().nameZh() : "无"),
            "stage " + (i + 1) + " should be the " + stage.nameEn() + " but the record has "
                + (i < stages.size() ? "the " + stages.get(i).stage().nameEn() : "nothing"));
        return;
      }
      StageResult result = stages.get(i);
      if (result.outcome() != StageOutcome.PASSED) {
        problems.add(stage.nameZh() + "未通过(" + result.outcome() + ")",
            "did not pass the " + stage.nameEn() + " (" + result.outcome() + ")");
      }
      if (result.date().isBefore(previous)) {
        problems.add(stage.nameZh() + "日期" + result.date() + "早于" + previousZh + "(" + previous + ")",
            "the " + stage.nameEn() + " on " + result.date() + " is dated before " + previousEn + " (" + previous + ")");
      }
      previous = result.date();
      previousZh = stage.nameZh();
      previousEn = "the " + stage.nameEn();
    }
    if (stages.size() > required.length) {
      problems.add("记录中有多余的程序" + stages.get(required.length).stage().nameZh(),
          "the record has an extra stage after the last one: " + stages.get(required.length).stage().nameEn());
    }
    if (a.term().start().isBefore(previous)) {
      problems.add("聘任之日" + a.term().start() + "早于" + previousZh + "(" + previous + ")",
          "appointed on " + a.term().start() + ", before " + previousEn + " (" + previous + ")");
    }
  }
}
