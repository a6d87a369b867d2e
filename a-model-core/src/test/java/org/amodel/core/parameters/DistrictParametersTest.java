package org.amodel.core.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.RecruitmentMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("District parameters")
class DistrictParametersTest {
  private static final DistrictParameters SEED = Parameters.jinanShizhong2005();
  private static final LocalDate DAY = LocalDate.of(2005, 12, 1);

  @Test
  @DisplayName("of the seed give a three-year committee term up to 2018-12-28 and five years from 2018-12-29")
  void committeeTermAmendment() {
    assertEquals(3, SEED.valueOn(Parameters.COMMITTEE_TERM_YEARS, LocalDate.of(1990, 1, 1)));
    assertEquals(3, SEED.valueOn(Parameters.COMMITTEE_TERM_YEARS, LocalDate.of(2018, 12, 28)));
    assertEquals(5, SEED.valueOn(Parameters.COMMITTEE_TERM_YEARS, LocalDate.of(2018, 12, 29)));
    assertEquals(5, SEED.valueOn(Parameters.COMMITTEE_TERM_YEARS, LocalDate.of(2021, 6, 1)));
    assertEquals(Optional.empty(), SEED.find(Parameters.COMMITTEE_TERM_YEARS, LocalDate.of(1989, 12, 31)));
    assertTrue(SEED.findValue(Parameters.COMMITTEE_TERM_YEARS, LocalDate.of(2018, 12, 29)).orElseThrow()
        .source().contains("2018"));
  }

  @Test
  @DisplayName("of the seed give the station's term of 3 years, then 5 years with the committee's from 2018-12-29")
  void stationTermFollowsCommittee() {
    assertEquals(3, SEED.valueOn(Parameters.STATION_TERM_YEARS_MAX, LocalDate.of(2018, 12, 28)));
    assertEquals(5, SEED.valueOn(Parameters.STATION_TERM_YEARS_MAX, LocalDate.of(2018, 12, 29)));
  }

  @Test
  @DisplayName("of the seed give the report's numbers from the start of the reform, 2005-05-01")
  void seedValues() {
    assertEquals(3, SEED.valueOn(Parameters.STATION_SIZE_MIN, DAY));
    assertEquals(4, SEED.valueOn(Parameters.STATION_SIZE_MAX, DAY));
    assertEquals(40, SEED.valueOn(Parameters.RECRUIT_AGE_MAX, DAY));
    assertEquals(EducationLevel.COLLEGE, SEED.valueOn(Parameters.RECRUIT_EDUCATION_MIN, DAY));
    assertEquals(RecruitmentMethod.OPEN, SEED.valueOn(Parameters.RECRUIT_METHOD, DAY));
    assertEquals(100, SEED.valueOn(Parameters.HOUSEHOLDS_MIN, DAY));
    assertEquals(700, SEED.valueOn(Parameters.HOUSEHOLDS_MAX, DAY));
    assertEquals(Optional.empty(), SEED.find(Parameters.STATION_SIZE_MAX, Parameters.SEED_REFORM.minusDays(1)));
    assertEquals(Optional.of(4), SEED.find(Parameters.STATION_SIZE_MAX, Parameters.SEED_REFORM));
  }

  @Test
  @DisplayName("without a value in force say which parameter, district and date")
  void valueOnMissing() {
    NoSuchElementException e = assertThrows(NoSuchElementException.class,
        () -> SEED.valueOn(Parameters.STATION_SIZE_MIN, LocalDate.of(2000, 1, 1)));
    assertEquals("district jinan-shizhong-2005 has no value of parameter station.size.min in force on 2000-01-01",
        e.getMessage());
  }

  @Test
  @DisplayName("reject reading a parameter with a key of another type")
  void findWithWrongTypeRejected() {
    ParameterKey<String> wrong = new ParameterKey<>("committee.term.years", String.class, "任期", "term");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SEED.find(wrong, DAY));
    assertEquals("parameter committee.term.years holds Integer values, not String", e.getMessage());
  }

  @Test
  @DisplayName("reject setting one name with two types")
  void setWithTwoTypesRejected() {
    ParameterKey<String> wrong = new ParameterKey<>("committee.term.years", String.class, "任期", "term");
    DistrictParameters.Builder b = DistrictParameters.builder("d").set(Parameters.COMMITTEE_TERM_YEARS, DAY, 3, "law");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.set(wrong, DAY, "three", "law"));
    assertEquals("parameter committee.term.years is already set with Integer values", e.getMessage());
  }

  @Test
  @DisplayName("reject a series filed under another parameter's name")
  void seriesUnderWrongNameRejected() {
    ParameterSeries<Integer> series = ParameterSeries.of(Parameters.STATION_SIZE_MAX,
        ImmutableList.of(new ParameterValue<>(DAY, 4, "seed")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DistrictParameters("d", ImmutableMap.of("station.size.min", series)));
    assertEquals("series filed under station.size.min is for parameter station.size.max", e.getMessage());
  }

  @Test
  @DisplayName("built with a value from a date already set keep the later value, so a district can override the seed")
  void sameFromDateReplaces() {
    DistrictParameters p = SEED.toBuilder()
        .set(Parameters.STATION_SIZE_MAX, Parameters.SEED_REFORM, 15, "district override")
        .build();
    assertEquals(15, p.valueOn(Parameters.STATION_SIZE_MAX, DAY));
    assertEquals(1, p.series().get("station.size.max").values().size());
    assertEquals(4, SEED.valueOn(Parameters.STATION_SIZE_MAX, DAY), "the seed's own parameters are unchanged");
  }

  @Test
  @DisplayName("unset remove the parameter altogether")
  void unsetRemoves() {
    DistrictParameters p = SEED.toBuilder().unset(Parameters.COMMITTEE_TERM_YEARS).build();
    assertEquals(Optional.empty(), p.find(Parameters.COMMITTEE_TERM_YEARS, DAY));
    assertEquals(SEED.series().size() - 1, p.series().size());
  }

  @Test
  @DisplayName("copied through toBuilder are equal to the original")
  void toBuilderRoundTrip() {
    assertEquals(SEED, SEED.toBuilder().build());
  }
}
