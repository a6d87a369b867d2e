package org.amodel.examples.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.amodel.core.model.Community;
import org.amodel.examples.district.SyntheticDistrict.Options;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SyntheticDistrictDeterminismTest {

  @Test
  @DisplayName("the same options give the same district, written out the same")
  void sameOptionsSameDistrict() {
    Options options = Options.of(60, 20051130L);

    SyntheticDistrict first = SyntheticDistrict.generate(options);
    SyntheticDistrict second = SyntheticDistrict.generate(options);

    assertEquals(first.district(), second.district());
    assertEquals(first.district().toString(), second.district().toString());
    assertEquals(first.flaws(), second.flaws());
    assertEquals(first.pilotCommunityIds(), second.pilotCommunityIds());
  }

  @Test
  @DisplayName("ten communities from seed 1 are written out the same on every JVM and machine")
  void fingerprint() throws NoSuchAlgorithmException {
    String written = SyntheticDistrict.generate(Options.of(10, 1L)).district().toString();
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(written.getBytes(StandardCharsets.UTF_8));

    // A deliberate change to the generator changes this value: update it then, and say so in the commit.
    assertEquals("4e41d608c801afc44d481e1a41dbed5a86a451b68baee15721d39ac48120ccb0", HexFormat.of().formatHex(digest));
  }

  @Test
  @DisplayName("another seed gives other communities under the same ids")
  void otherSeedOtherDistrict() {
    SyntheticDistrict a = SyntheticDistrict.generate(Options.of(30, 1L));
    SyntheticDistrict b = SyntheticDistrict.generate(Options.of(30, 2L));

    assertEquals(a.district().communities().stream().map(Community::id).toList(),
        b.district().communities().stream().map(Community::id).toList());
    for (int i = 0; i < 30; i++) {
      assertNotEquals(a.district().communities().get(i), b.district().communities().get(i), "community " + i);
    }
  }

  @Test
  @DisplayName("changing one flaw's rate leaves the other flaws' draws alone")
  void oneRateChangesOneFlaw() {
    Options options = Options.of(300, 7L);
    SyntheticDistrict before = SyntheticDistrict.generate(options);
    SyntheticDistrict after = SyntheticDistrict.generate(options.withFlawRate(Flaw.COMMITTEE_TERM, 0.0));

    before.flaws().forEach((id, flaws) -> assertEquals(
        flaws.stream().filter(f -> f != Flaw.COMMITTEE_TERM).toList(), after.flaws().get(id).asList(), id));
  }

  @Test
  @DisplayName("options refuse an as-of date before every station can be appointed, and tiny communities")
  void optionsRefuseImpossibleDistricts() {
    Options options = Options.of(10, 1L);

    IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
        () -> options.withAsOf(LocalDate.of(2005, 10, 1)));
    assertTrue(early.getMessage().contains("asOf"), early.getMessage());
    assertThrows(IllegalArgumentException.class, () -> options.withHouseholds(20, 700));
    assertThrows(IllegalArgumentException.class, () -> options.withSubdistricts(11));
    assertThrows(IllegalArgumentException.class, () -> options.withFlawRate(Flaw.RECRUIT_AGE, 1.5));
    assertThrows(IllegalArgumentException.class, () -> options.withSecretaries(0.6, 0.6));
  }
}
