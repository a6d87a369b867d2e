package org.amodel.core.check;

import static org.amodel.core.check.ConcurrentPostsFixture.DATE;
import static org.amodel.core.check.ConcurrentPostsFixture.elected;
import static org.amodel.core.fixtures.SeedFixture.CHAIR;
import static org.amodel.core.fixtures.SeedFixture.COMMITTEE_TERM;
import static org.amodel.core.fixtures.SeedFixture.COMMUNITY_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amodel.core.fixtures.SeedFixture;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.ResidentsCommittee;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@DisplayName("ConcurrentPosts rejects programmer mistakes with IllegalArgumentException naming the value")
class ConcurrentPostsInputTest {
  private static final ConcurrentPosts SEED = ConcurrentPosts.seed();

  /** Asserts that both outcome and appoint throw IllegalArgumentException mentioning every part. */
  private static void assertBoth(Community c, ResidentsCommittee rc, LocalDate date, String... parts) {
    assertIllegal(() -> SEED.outcome(c, rc, date), parts);
    assertIllegal(() -> SEED.appoint(c, rc, date), parts);
  }

  private static void assertIllegal(Executable call, String... parts) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), () -> "'" + e.getMessage() + "' should mention '" + part + "'");
    }
  }

  private static void assertNull(String field, Executable call) {
    assertEquals(field, assertThrows(NullPointerException.class, call).getMessage());
  }

  private static ResidentsCommittee electedWith(CommitteeSeat replaced, CommitteeSeat by) {
    List<CommitteeSeat> seats = new ArrayList<>(elected().seats());
    seats.set(seats.indexOf(replaced), by);
    return elected().withSeats(seats);
  }

  @Test
  @DisplayName("a committee naming someone the community does not know is another community's")
  void committeeOfAnotherCommunity() {
    CommitteeSeat member = elected().seats(CommitteePost.MEMBER).get(0);
    ResidentsCommittee foreign = electedWith(member, CommitteeSeat.of("c2-p7", CommitteePost.MEMBER, member.since()));
    assertBoth(SeedFixture.community(), foreign, DATE, "c2-p7", "rc-6", COMMUNITY_ID, "another community");
    assertIllegal(() -> ConcurrentPosts.withElectedCommittee(SeedFixture.community(), foreign), "c2-p7");
  }

  @Test
  @DisplayName("an unknown chair is named")
  void unknownChair() {
    CommitteeSeat chair = elected().chair().orElseThrow();
    ResidentsCommittee rc = electedWith(chair, CommitteeSeat.of("nobody", CommitteePost.CHAIR, chair.since()));
    assertBoth(SeedFixture.community(), rc, DATE, "chair nobody of committee rc-6", COMMUNITY_ID);
  }

  @Test
  @DisplayName("a committee without a chair, or with two, is named with its chairs")
  void notExactlyOneChair() {
    CommitteeSeat chair = elected().chair().orElseThrow();
    assertBoth(SeedFixture.community(), electedWith(chair, CommitteeSeat.of(CHAIR, CommitteePost.MEMBER, chair.since())),
        DATE, "committee rc-6 has 0 chairs");
    CommitteeSeat vice = elected().seats(CommitteePost.VICE_CHAIR).get(0);
    assertBoth(SeedFixture.community(),
        electedWith(vice, CommitteeSeat.of(vice.personId(), CommitteePost.CHAIR, vice.since())), DATE,
        "committee rc-6 has 2 chairs");
  }

  @Test
  @DisplayName("a community without a Party organisation is named")
  void noPartyOrganisation() {
    Community c = SeedFixture.community().toBuilder().partyOrganisations(List.of()).build();
    assertBoth(c, elected(), DATE, "community " + COMMUNITY_ID + " has no Party organisation");
  }

  @Test
  @DisplayName("a date before the committee's term, or on or after its end, is named with the term; the term's first day is accepted")
  void dateOutsideTheTerm() {
    LocalDate before = COMMITTEE_TERM.start().minusDays(1);
    assertBoth(SeedFixture.community(), elected(), before, "date 2005-08-31 is before the term", "rc-6");
    assertBoth(SeedFixture.community(), elected(), COMMITTEE_TERM.end(), "date 2008-09-01 is after the term");
    SEED.outcome(SeedFixture.community(), elected(), COMMITTEE_TERM.start());
  }

  @Test
  @DisplayName("a date before the chair took her seat is named")
  void dateBeforeTheChairsSeat() {
    CommitteeSeat chair = elected().chair().orElseThrow();
    LocalDate seated = LocalDate.of(2005, 11, 1);
    ResidentsCommittee rc = electedWith(chair, CommitteeSeat.of(CHAIR, CommitteePost.CHAIR, seated));
    assertBoth(SeedFixture.community(), rc, DATE, "date 2005-10-08 is before chair chair took their seat", "2005-11-01");
  }

  @Test
  @DisplayName("null arguments are named")
  void nulls() {
    assertNull("community", () -> SEED.outcome(null, elected(), DATE));
    assertNull("elected", () -> SEED.appoint(SeedFixture.community(), null, DATE));
    assertNull("date", () -> SEED.appoint(SeedFixture.community(), elected(), null));
    assertNull("parameters", () -> ConcurrentPosts.of(null));
  }
}
