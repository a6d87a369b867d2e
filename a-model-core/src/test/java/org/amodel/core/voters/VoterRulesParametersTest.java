package org.amodel.core.voters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.parameters.DistrictParameters;
import org.amodel.core.parameters.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Voter rules are read from a district's dated parameters")
class VoterRulesParametersTest {
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();

  @Test
  @DisplayName("from the reform on, the seed relaxes registration: 18+, one year's tie, unit and police, households vote")
  void seedFromTheReform() {
    VoterRules rules = VoterRules.from(SEED, Parameters.SEED_REFORM);
    assertEquals(VoterRules.JINAN_SHIZHONG_2005, rules);
    assertEquals(18, rules.minimumAge());
    assertTrue(rules.relaxed());
    assertEquals(1, rules.minimumTieYears());
    assertEquals(Set.of(RepresentativeCategory.UNIT, RepresentativeCategory.COMMUNITY_POLICE_OFFICER),
        rules.admittedCategories());
    assertEquals(ElectorateKind.HOUSEHOLD_REPRESENTATIVES, rules.electorate());
    assertTrue(rules.basis().contains("第八条") && rules.basis().contains("§三(二)2") && rules.basis().contains("§二(二)"),
        rules.basis());
  }

  @Test
  @DisplayName("relaxation off admits nobody beyond the statute, whatever the categories say")
  void relaxationOff() {
    DistrictParameters statutory = SEED.toBuilder().unset(Parameters.VOTERS_RELAXED)
        .set(Parameters.VOTERS_RELAXED, Parameters.ORGANIC_LAW_1989, false, "statute only")
        .build();
    VoterRules rules = VoterRules.from(statutory, LocalDate.of(2006, 1, 1));
    assertFalse(rules.relaxed());
    assertEquals(0, rules.minimumTieYears());
    assertTrue(rules.admittedCategories().isEmpty());
    assertFalse(rules.admits(RepresentativeCategory.UNIT));
  }

  @Test
  @DisplayName("a day before the reform the seed has no electorate: from() names the district, the date and the key")
  void beforeTheReform() {
    LocalDate before = Parameters.SEED_REFORM.minusDays(1);
    assertTrue(VoterRules.find(SEED, before).isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VoterRules.from(SEED, before));
    assertTrue(e.getMessage().contains("jinan-shizhong-2005") && e.getMessage().contains(before.toString())
        && e.getMessage().contains("election.electorate"), e.getMessage());
    assertFalse(e.getMessage().contains("voters.tie.yearsMin"), "not relaxed then, so the tie is not needed: "
        + e.getMessage());
  }
}
