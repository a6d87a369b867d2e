package org.amodel.core.check;

import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.PartyStatus;
import org.amodel.core.model.Person;
import org.amodel.core.model.Post;

/** SECRETARY_MEMBERSHIP: the Party secretary is a full (not probationary) Party member on the as-of date. */
final class SecretaryMembershipRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.SECRETARY_MEMBERSHIP;
  }

  @Override
  public void check(CheckContext c) {
    for (PartyOrganisation org : c.community().partyOrganisations()) {
      Person p = c.person(org.secretary().personId());
      PartyStatus status = p.partyStatusOn(c.asOf());
      if (status != PartyStatus.FULL) {
        c.report(id(), Subject.person(c.communityId(), p.id(), Post.PARTY_SECRETARY),
            "书记" + p.name() + "在" + c.asOf() + "为" + status.nameZh() + ",应为正式党员",
            "secretary " + p.name() + " is " + (status == PartyStatus.NOT_A_MEMBER ? "" : "a ") + status.nameEn() + " on " + c.asOf() + "; a full Party member required");
      }
    }
  }
}
