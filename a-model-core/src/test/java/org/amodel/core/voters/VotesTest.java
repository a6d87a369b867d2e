package org.amodel.core.voters;

import org.amodel.core.model.ElectorateKind;
import static org.amodel.core.fixtures.FindingAssertions.assertNoFindings;
import static org.amodel.core.voters.VoterFixture.AS_OF;
import static org.amodel.core.voters.VoterFixture.CHILD;
import static org.amodel.core.voters.VoterFixture.H1;
import static org.amodel.core.voters.VoterFixture.H1_ADULT;
import static org.amodel.core.voters.VoterFixture.H1_REP;
import static org.amodel.core.voters.VoterFixture.H2;
import static org.amodel.core.voters.VoterFixture.H2_REP;
import static org.amodel.core.voters.VoterFixture.POLICE;
import static org.amodel.core.voters.VoterFixture.TENANT;
import static org.amodel.core.voters.VoterFixture.UNIT_REP;
import static org.amodel.core.voters.VoterFixture.WANG_WU;
import static org.amodel.core.voters.VoterFixture.WORKER;
import static org.amodel.core.voters.VoterFixture.registrations;
import static org.amodel.core.voters.VoterFixture.standing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.amodel.core.model.TieKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("How the roll votes: one vote per household through its representative, or one per voter")
class VotesTest {
  private static final VoterRules SEED = VoterRules.JINAN_SHIZHONG_2005;

  private static Vote vote(VoterRoll roll, String personId) {
    return roll.entry(personId).orElseThrow().vote();
  }

  @Test
  @DisplayName("household mode: each representative casts the household's vote, members vote through them")
  void householdRepresentativesVote() {
    VoterRoll roll = VoterRoll.build(VoterFixture.community(), registrations(), AS_OF, SEED);
    assertEquals(new Vote.ForHousehold(H1), vote(roll, H1_REP));
    assertEquals(new Vote.ThroughRepresentative(H1, H1_REP), vote(roll, H1_ADULT));
    assertEquals(new Vote.NoVote(), vote(roll, CHILD));
    assertEquals(new Vote.ForHousehold(H2), vote(roll, H2_REP));
    assertEquals(new Vote.ThroughRepresentative(H2, H2_REP), vote(roll, WANG_WU));
  }

  @Test
  @DisplayName("household mode: voters outside every household vote in person; 2 households + 4 outsiders = 6 votes")
  void outsidersVoteInPerson() {
    VoterRoll roll = VoterRoll.build(VoterFixture.community(), registrations(), AS_OF, SEED);
    for (String outsider : List.of(TENANT, WORKER, UNIT_REP, POLICE)) {
      assertEquals(new Vote.Individual(), vote(roll, outsider), outsider);
    }
    assertEquals(6, roll.votes());
    assertEquals(8, roll.onRoll().size());
  }

  @Test
  @DisplayName("individual mode: every one of the 8 voters on the roll votes once")
  void individualsVote() {
    VoterRoll roll = VoterRoll.build(VoterFixture.community(), registrations(), AS_OF,
        SEED.withElectorate(ElectorateKind.INDIVIDUAL_VOTERS));
    assertEquals(8, roll.votes());
    roll.onRoll().forEach(e -> assertEquals(new Vote.Individual(), e.vote(), e.personId()));
  }

  @Test
  @DisplayName("a household whose representative is not on the roll casts no vote; its members are told why")
  void unrepresentedHouseholdCastsNoVote() {
    List<Registration> withoutRep = registrations().stream().filter(r -> !r.personId().equals(H1_REP)).toList();
    VoterRoll roll = VoterRoll.build(VoterFixture.community(), withoutRep, AS_OF, SEED);
    assertEquals(new Standing.Unregistered(new Ground.RegisteredResident(H1)), standing(roll, H1_REP));
    assertEquals(new Vote.NoVote(), vote(roll, H1_REP));
    assertEquals(new Vote.HouseholdUnrepresented(H1, H1_REP), vote(roll, H1_ADULT));
    assertEquals(5, roll.votes());
    assertNoFindings(VoterRollChecker.check(roll));
  }

  @Test
  @DisplayName("an eligible person who did not register is listed as eligible, off the roll, without a vote")
  void eligibleButUnregistered() {
    List<Registration> withoutTenant = registrations().stream().filter(r -> !r.personId().equals(TENANT)).toList();
    VoterRoll roll = VoterRoll.build(VoterFixture.community(), withoutTenant, AS_OF, SEED);
    assertEquals(new Standing.Unregistered(new Ground.LivedOrWorked(
        ImmutableSet.of(TieKind.RESIDENCE), AS_OF.minusYears(1))), standing(roll, TENANT));
    assertEquals(new Vote.NoVote(), vote(roll, TENANT));
    assertEquals(5, roll.votes());
  }
}
