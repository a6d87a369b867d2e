package org.amodel.core.check;

import static org.amodel.core.fixtures.SeedFixture.CHAIR;
import static org.amodel.core.fixtures.SeedFixture.COMMITTEE_TERM;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.amodel.core.fixtures.SeedFixture.MEMBER_1;
import static org.amodel.core.fixtures.SeedFixture.MEMBER_2;
import static org.amodel.core.fixtures.SeedFixture.MEMBER_3;
import static org.amodel.core.fixtures.SeedFixture.MEMBER_4;
import static org.amodel.core.fixtures.SeedFixture.VICE_CHAIR_1;
import static org.amodel.core.fixtures.SeedFixture.VICE_CHAIR_2;
import static org.amodel.core.fixtures.SeedFixture.residentId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.amodel.core.election.Ballot;
import org.amodel.core.election.Candidate;
import org.amodel.core.election.Election;
import org.amodel.core.election.ElectionCount;
import org.amodel.core.election.ElectionResult;
import org.amodel.core.election.ElectionThresholds;
import org.amodel.core.election.Nomination;
import org.amodel.core.election.SeatPlan;
import org.amodel.core.finding.Subject;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.Community;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.model.PartyMembership;
import org.amodel.core.model.Post;
import org.amodel.core.model.ResidentsCommittee;

/**
 * The seed fixture's sixth committee election (2005-08-20) and the committee it forms for {@link
 * SeedFixture#COMMITTEE_TERM}: 王秀英 ({@link SeedFixture#CHAIR}, a full Party member since 1981, never
 * assessed) chair with 105 votes, two vice-chairs with 100, four members with 90; 刘建国 is secretary.
 * The concurrent appointment is asked about on {@link #DATE}.
 */
final class ConcurrentPostsFixture {
  private ConcurrentPostsFixture() {}

  static final LocalDate ELECTION_DAY = LocalDate.of(2005, 8, 20);
  /** The day the concurrent appointment is asked about, five weeks into the new term. */
  static final LocalDate DATE = LocalDate.of(2005, 10, 8);

  static final Subject CHAIR_AS_CHAIR = Subject.person(COMMUNITY_ID, CHAIR, Post.COMMITTEE_CHAIR);
  static final Subject CHAIR_AS_SECRETARY = Subject.person(COMMUNITY_ID, CHAIR, Post.PARTY_SECRETARY);

  /** Returns the count of the election: 150 of 200 households vote, nine candidates for seven seats. */
  static ElectionResult result() {
    List<String> slate = List.of(CHAIR, VICE_CHAIR_1, VICE_CHAIR_2, MEMBER_1, MEMBER_2, MEMBER_3, MEMBER_4);
    List<String> others = List.of(residentId(5, 1), residentId(6, 1));
    List<Candidate> candidates = Stream.concat(slate.stream(), others.stream())
        .map(id -> Candidate.of(id, new Nomination.ByVoters(10))).toList();
    List<Ballot> ballots = new ArrayList<>();
    ballots.addAll(Collections.nCopies(90, Ballot.marking(slate.toArray(String[]::new))));
    ballots.addAll(Collections.nCopies(10, Ballot.marking(CHAIR, VICE_CHAIR_1, VICE_CHAIR_2)));
    ballots.addAll(Collections.nCopies(5, Ballot.marking(CHAIR)));
    ballots.addAll(Collections.nCopies(45, Ballot.marking(others.toArray(String[]::new))));
    Election e = Election.of("e6", COMMUNITY_ID, ELECTION_DAY, SeatPlan.of(1, 2, 4),
        ElectorateKind.HOUSEHOLD_REPRESENTATIVES, 200, candidates, 150, ballots);
    return ElectionCount.of(e, ElectionThresholds.JINAN_SHIZHONG_2005);
  }

  /** Returns the newly elected committee {@code rc-6}, chaired by 王秀英, every seat from 2005-09-01. */
  static ResidentsCommittee elected() {
    return result().committee("rc-6", COMMITTEE_TERM);
  }

  /** Returns the fixture with a passed assessment of the chair dated {@code date}. */
  static Community chairAssessedOn(LocalDate date) {
    return SeedFixture.withAssessment(SeedFixture.community(), SeedFixture.passedAssessment(CHAIR, date));
  }

  /** Returns {@code community} with the chair admitted to the Party in 2004, a full member from {@code fullFrom}. */
  static Community chairFullFrom(Community community, LocalDate fullFrom) {
    return community.withPerson(SeedFixture.person(CHAIR)
        .withPartyMembership(PartyMembership.full(LocalDate.of(2004, 9, 1), fullFrom)));
  }
}
