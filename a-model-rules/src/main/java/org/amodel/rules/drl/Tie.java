package org.amodel.rules.drl;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Collectors;
import org.amodel.core.model.TieKind;

/**
 * A stretch of living or working in a community without a break since {@code since}: a person's
 * {@link org.amodel.core.model.CommunityTie}s to it, contiguous or overlapping periods joined whatever
 * their kind, with the kinds of tie in the stretch. Rule files read it through {@link
 * Registrant#tieOn}.
 */
public record Tie(ImmutableSet<TieKind> kinds, LocalDate since) {
  public Tie {
    requireNonNull(kinds, "kinds");
    kinds = Sets.immutableEnumSet(kinds);
    checkArgument(!kinds.isEmpty(), "kinds must not be empty");
    requireNonNull(since, "since");
  }

  /**
   * Returns the full years from {@code since} to {@code date} (一年以上 counts a year on its
   * anniversary).
   *
   * @throws IllegalArgumentException if {@code date} is before {@code since}
   */
  public int fullYearsOn(LocalDate date) {
    requireNonNull(date, "date");
    checkArgument(!date.isBefore(since), "date %s is before the tie began on %s", date, since);
    return Period.between(since, date).getYears();
  }

  /** Returns "居住", "工作" or "居住、工作". */
  public String kindsZh() {
    return kinds.stream().map(k -> switch (k) {
      case RESIDENCE -> "居住";
      case WORK -> "工作";
    }).collect(Collectors.joining("、"));
  }

  /** Returns "living", "working" or "living and working". */
  public String kindsEn() {
    return kinds.stream().map(k -> switch (k) {
      case RESIDENCE -> "living";
      case WORK -> "working";
    }).collect(Collectors.joining(" and "));
  }

  @Override
  public String toString() {
    return "Tie " + kinds + " since " + since;
  }
}
