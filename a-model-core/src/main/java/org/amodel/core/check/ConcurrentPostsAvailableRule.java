package org.amodel.core.check;

import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Person;
import org.amodel.core.model.Post;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.parameters.Parameters;

/**
 * CONCURRENT_POSTS_AVAILABLE (a notice): the committee chair is a full Party member with a passed
 * working-committee assessment dated before the as-of date, yet someone else is secretary. The
 * conditions are those CONCURRENT_POSTS would ask of an appointment on the as-of date (the same
 * judgement, {@link ConcurrentPostsRule#disqualifications}), so the notice never suggests an
 * appointment that rule would refuse. The notice names the assessment, so it asks for one even where
 * the district does not require it for the appointment ({@code concurrent.assessmentRequired} off).
 */
final class ConcurrentPostsAvailableRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.CONCURRENT_POSTS_AVAILABLE;
  }

  @Override
  public void check(CheckContext c) {
    if (!c.enabled(Parameters.CONCURRENT_ENCOURAGED) || c.community().partyOrganisations().isEmpty()) {
      return;
    }
    for (ResidentsCommittee rc : c.community().residentsCommittees()) {
      for (CommitteeSeat chair : rc.seats(CommitteePost.CHAIR)) {
        Person p = c.person(chair.personId());
        boolean secretary = c.community().partyOrganisations().stream()
            .map(PartyOrganisation::secretary)
            .anyMatch(s -> s.personId().equals(p.id()));
        if (secretary || !ConcurrentPostsRule.disqualifications(c, p, c.asOf()).isEmpty()) {
          continue;
        }
        ConcurrentPostsRule.passedAssessmentBefore(c, p.id(), c.asOf()).ifPresent(a ->
            c.report(id(), Subject.person(c.communityId(), p.id(), Post.COMMITTEE_CHAIR),
                "主任" + p.name() + "是正式党员,已于" + a.date() + "通过党工委考察,可兼任书记(一肩挑),现由他人任书记",
                "chair " + p.name() + " is a full Party member who passed the working committee's assessment on "
                    + a.date() + " and could also be secretary; someone else is secretary"));
      }
    }
  }
}
