package org.amodel.core.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A parameter series")
class ParameterSeriesTest {
  private static final ParameterKey<Integer> YEARS = Parameters.COMMITTEE_TERM_YEARS;
  private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
  private static final LocalDate AMENDED = LocalDate.of(2018, 12, 29);

  private static ParameterSeries<Integer> threeThenFive() {
    return ParameterSeries.of(YEARS, List.of(
        new ParameterValue<>(AMENDED, 5, "2018 amendment"),
        new ParameterValue<>(FIRST, 3, "1989 law")));
  }

  private static Optional<Integer> on(LocalDate date) {
    return threeThenFive().on(date).map(ParameterValue::value);
  }

  @Test
  @DisplayName("has no value before its first from-date")
  void emptyBeforeFirst() {
    assertEquals(Optional.empty(), on(FIRST.minusDays(1)));
  }

  @Test
  @DisplayName("applies its first value from its from-date on")
  void firstValueFromItsDate() {
    assertEquals(Optional.of(3), on(FIRST));
    assertEquals(Optional.of(3), on(FIRST.plusDays(1)));
  }

  @Test
  @DisplayName("switches to the next value on its from-date: the day before, on, and after")
  void switchesOnFromDate() {
    assertEquals(Optional.of(3), on(AMENDED.minusDays(1)));
    assertEquals(Optional.of(5), on(AMENDED));
    assertEquals(Optional.of(5), on(AMENDED.plusDays(1)));
    assertEquals(Optional.of(5), on(LocalDate.of(2099, 1, 1)));
  }

  @Test
  @DisplayName("gives the value's source along with it and keeps its values sorted by from-date")
  void sortedWithSource() {
    ParameterSeries<Integer> s = threeThenFive();
    assertEquals(List.of(FIRST, AMENDED), s.values().stream().map(ParameterValue::from).toList());
    assertEquals("2018 amendment", s.on(AMENDED).orElseThrow().source());
  }

  @Test
  @DisplayName("cannot have two values from the same date; the message names the parameter and date")
  void duplicateFromDateRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParameterSeries.of(YEARS, List.of(
        new ParameterValue<>(FIRST, 3, "1989 law"),
        new ParameterValue<>(FIRST, 5, "a typo"))));
    assertEquals("parameter committee.term.years has two values from 1990-01-01", e.getMessage());
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"}) // deliberately smuggles a String into an Integer series
  @DisplayName("cannot hold a value of another type; the message names the parameter, type and value")
  void typeMismatchRejected() {
    ImmutableList values = ImmutableList.of(new ParameterValue<>(FIRST, "three", "1989 law"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ParameterSeries<Integer>(YEARS, values));
    assertTrue(e.getMessage().contains("parameter committee.term.years takes Integer values"), e.getMessage());
    assertTrue(e.getMessage().contains("the value from 1990-01-01 is three"), e.getMessage());
  }

  @Test
  @DisplayName("cannot be empty")
  void emptyRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParameterSeries.of(YEARS, List.of()));
    assertEquals("parameter committee.term.years has no values", e.getMessage());
  }

  @Test
  @DisplayName("a value needs a source, and a key a dotted lower-camel name")
  void valueAndKeyValidation() {
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> new ParameterValue<>(FIRST, 3, " "));
    assertTrue(blank.getMessage().contains("source of the value from 1990-01-01"), blank.getMessage());
    IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
        () -> new ParameterKey<>("Committee_Term", Integer.class, "任期", "term"));
    assertTrue(name.getMessage().contains("'Committee_Term'"), name.getMessage());
    assertThrows(NullPointerException.class, () -> new ParameterValue<>(FIRST, null, "1989 law"));
  }
}
