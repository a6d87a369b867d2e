package org.amodel.core.check;

import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.parameters.Parameters;

/**
 * COMMITTEE_TERM: a committee's term lasts exactly the number of years in force on the day the term
 * began (3 under the 1989 law, 5 from 2018-12-29): a term elected in 2015 stays a three-year term.
 */
final class CommitteeTermRule implements CommunityRule {
  @Override
  public RuleId id() {
    return RuleId.COMMITTEE_TERM;
  }

  @Override
  public void check(CheckContext c) {
    for (ResidentsCommittee rc : c.community().residentsCommittees()) {
      c.paramOn(Parameters.COMMITTEE_TERM_YEARS, rc.term().start())
          .filter(years -> !rc.term().lastsYears(years))
          .ifPresent(years -> c.report(id(), Subject.of(c.communityId(), SubjectKind.RESIDENTS_COMMITTEE, rc.id()),
              "居委会任期" + rc.term() + ",应为" + years + "年(自" + rc.term().start() + "起至"
                  + rc.term().start().plusYears(years) + ")",
              "committee term " + rc.term() + " should last " + years + " years (" + rc.term().start() + "–"
                  + rc.term().start().plusYears(years) + ")"));
    }
  }
}
