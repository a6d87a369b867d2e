package org.amodel.core.voters;

import org.amodel.core.model.ElectorateKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.amodel.core.model.RepresentativeCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VoterRules: a district's choices about the roll")
class VoterRulesTest {
  private static final VoterRules SEED = VoterRules.JINAN_SHIZHONG_2005;

  @Test
  @DisplayName("the seed's rules: 18, relaxed for one year's tie, units and the police officer, household votes")
  void seedValues() {
    assertEquals(18, SEED.minimumAge());
    assertTrue(SEED.relaxed());
    assertEquals(1, SEED.minimumTieYears());
    assertEquals(Set.of(RepresentativeCategory.UNIT, RepresentativeCategory.COMMUNITY_POLICE_OFFICER),
        SEED.admittedCategories());
    assertEquals(ElectorateKind.HOUSEHOLD_REPRESENTATIVES, SEED.electorate());
    assertTrue(SEED.basis().contains("seed §三(二)2") && SEED.basis().contains("居住或工作一年以上"), SEED.basis());
    assertTrue(SEED.basis().contains("seed §二(二)") && SEED.basis().contains("由户代表投票"), SEED.basis());
    assertTrue(SEED.basis().contains("第八条"), SEED.basis());
  }

  @Test
  @DisplayName("a category is admitted only while the relaxation is on")
  void admitsOnlyWhenRelaxed() {
    assertTrue(SEED.admits(RepresentativeCategory.COMMUNITY_POLICE_OFFICER));
    assertFalse(SEED.admits(RepresentativeCategory.CPPCC_MEMBER));
    assertFalse(SEED.withRelaxed(false).admits(RepresentativeCategory.COMMUNITY_POLICE_OFFICER));
  }

  @Test
  @DisplayName("negative ages and tie lengths and a blank basis are rejected, naming the field")
  void badValuesRejected() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SEED.withMinimumAge(-1))
        .getMessage().contains("minimumAge"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SEED.withMinimumTieYears(-1))
        .getMessage().contains("minimumTieYears"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SEED.withBasis(" "))
        .getMessage().contains("basis"));
    assertEquals("electorate", assertThrows(NullPointerException.class, () -> SEED.withElectorate(null)).getMessage());
  }

  @Test
  @DisplayName("copies change one value and keep the rest")
  void copies() {
    VoterRules individuals = SEED.withElectorate(ElectorateKind.INDIVIDUAL_VOTERS);
    assertEquals(ElectorateKind.INDIVIDUAL_VOTERS, individuals.electorate());
    assertEquals(SEED, individuals.withElectorate(ElectorateKind.HOUSEHOLD_REPRESENTATIVES));
    assertEquals(Set.of(), SEED.withAdmittedCategories(Set.of()).admittedCategories());
  }
}
