package org.amodel.core.check;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.amodel.core.check.Disqualification.Kind;
import org.amodel.core.finding.Problems;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.Appointment;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.PartyStatus;
import org.amodel.core.model.Person;
import org.amodel.core.model.Post;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.parameters.Parameters;

/**
 * CONCURRENT_POSTS: one person may be both Party secretary and committee chair (一肩挑) only if, on
 * the day they came to hold both, they were a full Party member and had passed an assessment by
 * their subdistrict's Party working committee dated strictly before that day (where the district
 * requires the assessment: {@code concurrent.assessmentRequired}).
 */
final class ConcurrentPostsRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.CONCURRENT_POSTS;
  }

  @Override
  public void check(CheckContext c) {
    for (PartyOrganisation org : c.community().partyOrganisations()) {
      for (ResidentsCommittee rc : c.community().residentsCommittees()) {
        for (CommitteeSeat chair : rc.seats(CommitteePost.CHAIR)) {
          if (chair.personId().equals(org.secretary().personId())) {
            check(c, org, chair);
          }
        }
      }
    }
  }

  private void check(CheckContext c, PartyOrganisation org, CommitteeSeat chair) {
    Person p = c.person(chair.personId());
    Problems problems = new Problems();
    disqualifications(c, p, bothSince(org.secretary(), chair))
        .forEach(d -> problems.add(d.messageZh(), d.messageEn()));
    c.reportAll(id(), Subject.person(c.communityId(), p.id(), Post.PARTY_SECRETARY), problems);
  }

  /** Returns the day a person who is both secretary and chair came to hold both: the later appointment. */
  static LocalDate bothSince(Appointment secretary, CommitteeSeat chair) {
    return later(secretary.since(), chair.since());
  }

  /**
   * Returns every reason why {@code p} may not hold both posts from {@code since}, judged with the
   * parameters in force on the context's as-of date; empty if they may. The one judgement of
   * CONCURRENT_POSTS, shared by CONCURRENT_POSTS_AVAILABLE and {@link ConcurrentPosts}.
   */
  static ImmutableList<Disqualification> disqualifications(CheckContext c, Person p, LocalDate since) {
    ImmutableList.Builder<Disqualification> reasons = ImmutableList.builder();
    PartyStatus status = p.partyStatusOn(since);
    if (status != PartyStatus.FULL) {
      reasons.add(new Disqualification(
          status == PartyStatus.NOT_A_MEMBER ? Kind.NOT_A_PARTY_MEMBER : Kind.PROBATIONARY_MEMBER, p.id(), since,
          p.name() + "在" + since + "兼任书记、主任时为" + status.nameZh() + ",应为正式党员",
          p.name() + " was " + (status == PartyStatus.NOT_A_MEMBER ? "" : "a ") + status.nameEn()
              + " on " + since + " when taking both posts; a full Party member required"));
    }
    if (c.enabled(Parameters.CONCURRENT_ASSESSMENT_REQUIRED) && passedAssessmentBefore(c, p.id(), since).isEmpty()) {
      String committee = c.community().subdistrictOffice().workingCommittee().id();
      reasons.add(new Disqualification(Kind.NO_PASSED_ASSESSMENT, p.id(), since,
          p.name() + "在" + since + "兼任书记、主任前没有通过党工委" + committee + "的考察",
          p.name() + " had no passed assessment by working committee " + committee + " dated before " + since
              + ", when taking both posts"));
    }
    return reasons.build();
  }

  /**
   * Returns the latest passed assessment of {@code personId} by the community's working committee
   * dated before {@code day} (the latest by date, then by id, so the answer never depends on the
   * order of the community's assessments).
   */
  static Optional<Assessment> passedAssessmentBefore(CheckContext c, String personId, LocalDate day) {
    String committee = c.community().subdistrictOffice().workingCommittee().id();
    return c.community().assessments().stream()
        .filter(a -> a.personId().equals(personId))
        .filter(a -> a.outcome() == AssessmentOutcome.PASSED)
        .filter(a -> a.workingCommitteeId().equals(committee))
        .filter(a -> a.date().isBefore(day))
        .max(Comparator.comparing(Assessment::date).thenComparing(Assessment::id));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
