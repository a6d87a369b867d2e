package org.amodel.core.voters;

import static org.amodel.core.voters.VoterFixture.COMMUNITY_ID;
import static org.amodel.core.voters.VoterFixture.OTHER_COMMUNITY_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VOTER_UNIQUE, registry: a person registers in one community only")
class RegistryTest {
  private static final Registration IN_C1 = Registration.of(COMMUNITY_ID, "p7", LocalDate.of(2005, 8, 1));
  private static final Registration IN_C2 = Registration.of(OTHER_COMMUNITY_ID, "p7", LocalDate.of(2005, 8, 10));

  @Test
  @DisplayName("the first registration is accepted and the new registry holds it; the old one does not")
  void firstAccepted() {
    Registry empty = Registry.empty();
    RegistrationOutcome outcome = empty.register(IN_C1);
    assertTrue(outcome.accepted());
    assertEquals(Optional.of(IN_C1), outcome.registry().registrationOf("p7"));
    assertEquals(List.of(IN_C1), outcome.registry().registrations(COMMUNITY_ID));
    assertEquals(Optional.empty(), empty.registrationOf("p7"));
  }

  @Test
  @DisplayName("a second registration in another community is refused, naming the first community")
  void secondInAnotherCommunityRefused() {
    Registry registry = Registry.empty().register(IN_C1).registry();
    RegistrationOutcome outcome = registry.register(IN_C2);
    RegistrationOutcome.Refused refused = assertInstanceOf(RegistrationOutcome.Refused.class, outcome);
    assertEquals(IN_C1, refused.existing());
    assertEquals(COMMUNITY_ID, refused.existing().communityId());
    assertEquals(registry, refused.registry());
    assertEquals("p7已于2005-08-01在社区c1登记为选民,不能再在社区c2登记", refused.messageZh());
    assertEquals("p7 registered in community c1 on 2005-08-01; cannot also register in community c2",
        refused.messageEn());
    assertEquals(List.of(), refused.registry().registrations(OTHER_COMMUNITY_ID));
  }

  @Test
  @DisplayName("a second registration in the same community is refused too")
  void secondInSameCommunityRefused() {
    Registry registry = Registry.empty().register(IN_C1).registry();
    Registration again = Registration.of(COMMUNITY_ID, "p7", LocalDate.of(2005, 8, 5));
    RegistrationOutcome.Refused refused =
        assertInstanceOf(RegistrationOutcome.Refused.class, registry.register(again));
    assertEquals("p7已于2005-08-01在社区c1登记为选民,不重复登记", refused.messageZh());
    assertEquals(1, refused.registry().registrations().size());
  }

  @Test
  @DisplayName("registerAll takes registrations in the order given: the first wins, the rest are refused")
  void registerAllInOrder() {
    Registration other = Registration.of(COMMUNITY_ID, "p8", LocalDate.of(2005, 8, 2));
    Registry.Batch batch = Registry.empty().registerAll(List.of(IN_C2, other, IN_C1));
    assertEquals(List.of(IN_C2, other), batch.accepted());
    assertEquals(1, batch.refused().size());
    assertEquals(IN_C1, batch.refused().get(0).registration());
    assertEquals(IN_C2, batch.refused().get(0).existing());
    assertEquals(List.of(other), batch.registry().registrations(COMMUNITY_ID));
    assertEquals(List.of(IN_C2), batch.registry().registrations(OTHER_COMMUNITY_ID));
    assertEquals(batch.registry(), batch.refused().get(0).registry());
  }

  @Test
  @DisplayName("a refused registration never reaches the other community's registrations")
  void refusedNeverListed() {
    Registry registry = Registry.empty().registerAll(List.of(IN_C1, IN_C2)).registry();
    assertFalse(registry.registrations(OTHER_COMMUNITY_ID).stream().anyMatch(r -> r.personId().equals("p7")));
  }
}
