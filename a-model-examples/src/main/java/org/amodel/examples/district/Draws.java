package org.amodel.examples.district;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.amodel.core.model.EducationLevel;

/**
 * The draws both generators share, each from the {@link SplittableRandom} it is given, so a
 * generator's sequence of draws, and therefore its output, is fixed by the order it calls them in.
 */
final class Draws {
  private Draws() {}

  /** Returns a whole number from {@code low} to {@code high}, both included. */
  static int between(SplittableRandom r, int low, int high) {
    return low + r.nextInt(high - low + 1);
  }

  /** An age within the seed's recruitment limit of 40: exactly 40 one time in eight, 36–39 one in five. */
  static int recruitAge(SplittableRandom r) {
    int u = r.nextInt(40);
    return u < 5 ? 40 : u < 13 ? between(r, 36, 39) : between(r, 23, 35);
  }

  /** An education meeting the seed's recruitment requirement: college one time in two, else bachelor, rarely master. */
  static EducationLevel recruitEducation(SplittableRandom r) {
    int u = r.nextInt(20);
    return u < 10 ? EducationLevel.COLLEGE : u < 19 ? EducationLevel.BACHELOR : EducationLevel.MASTER;
  }

  /**
   * A birth date making the person {@code age} in full years on {@code day}: one time in six their
   * birthday falls on {@code day} itself, one in six they turn {@code age + 1} the next day.
   */
  static LocalDate birthForAge(SplittableRandom r, LocalDate day, int age) {
    LocalDate latest = day.minusYears(age);
    LocalDate earliest = day.minusYears(age + 1L).plusDays(1);
    int u = r.nextInt(6);
    if (u == 0) {
      return latest;
    }
    if (u == 1) {
      return earliest;
    }
    return earliest.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(earliest, latest) + 1));
  }

  /** A score in tenths from {@code lowTenths} to {@code highTenths}: {@code score(r, 750, 960)} is 75.0–96.0. */
  static BigDecimal score(SplittableRandom r, int lowTenths, int highTenths) {
    return BigDecimal.valueOf(between(r, lowTenths, highTenths), 1);
  }
}
