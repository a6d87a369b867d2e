package org.amodel.core.check;

import java.util.Comparator;
import java.util.stream.Collectors;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.OutsidePost;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Person;
import org.amodel.core.model.Post;
import org.amodel.core.parameters.Parameters;

/** SECRETARY_FULL_TIME: the Party secretary holds no post outside the community on the as-of date. */
final class SecretaryFullTimeRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.SECRETARY_FULL_TIME;
  }

  @Override
  public void check(CheckContext c) {
    if (!c.enabled(Parameters.SECRETARY_FULL_TIME)) {
      return;
    }
    for (PartyOrganisation org : c.community().partyOrganisations()) {
      Person p = c.person(org.secretary().personId());
      var outside = p.outsidePostsOn(c.asOf());
      if (!outside.isEmpty()) {
        String posts = outside.stream()
            .sorted(Comparator.comparing((OutsidePost o) -> o.period().from())
                .thenComparing(OutsidePost::employer).thenComparing(OutsidePost::title))
            .map(o -> o.employer() + " " + o.title())
            .collect(Collectors.joining(", "));
        c.report(id(), Subject.person(c.communityId(), p.id(), Post.PARTY_SECRETARY),
            "书记" + p.name() + "在社区外兼职(" + posts + "),应为专职",
            "secretary " + p.name() + " also holds " + outside.size() + " post" + (outside.size() == 1 ? "" : "s")
                + " outside the community (" + posts + "); the post is full-time");
      }
    }
  }

}
