package org.amodel.core.voters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.model.TieKind;

/**
 * A person's connection to a community on which the voter roll may admit them: membership of one of
 * its households, living or working there, or a seat in its representative assembly. Whether a
 * ground admits depends on the district's {@link VoterRules}.
 */
public sealed interface Ground permits Ground.RegisteredResident, Ground.LivedOrWorked, Ground.Representative {

  /** Returns the ground as a Chinese phrase, such as "本社区住户(户c1-h3)成员". */
  String describeZh();

  /** Returns the ground as an English phrase, such as "a member of household c1-h3 of the community". */
  String describeEn();

  /** Membership of one of the community's households: the statutory resident, admitted by law. */
  record RegisteredResident(String householdId) implements Ground {
    public RegisteredResident {
      requireNonNull(householdId, "householdId");
      checkArgument(!householdId.isBlank(), "householdId must not be blank");
    }

    @Override
    public String describeZh() {
      return "本社区住户(户" + householdId + ")成员";
    }

    @Override
    public String describeEn() {
      return "a member of household " + householdId + " of the community";
    }
  }

  /**
   * Living or working in the community without a break since {@code since} up to the as-of date
   * (contiguous periods joined), by the kinds of tie in that stretch.
   */
  record LivedOrWorked(ImmutableSet<TieKind> kinds, LocalDate since) implements Ground {
    public LivedOrWorked {
      requireNonNull(kinds, "kinds");
      kinds = Sets.immutableEnumSet(kinds);
      checkArgument(!kinds.isEmpty(), "kinds must not be empty");
      requireNonNull(since, "since");
    }

    /** Returns "居住", "工作" or "居住、工作". */
    String verbZh() {
      return String.join("、", kinds.stream().map(k -> switch (k) {
        case RESIDENCE -> "居住";
        case WORK -> "工作";
      }).toList());
    }

    /** Returns "living", "working" or "living and working". */
    String verbEn() {
      return String.join(" and ", kinds.stream().map(k -> switch (k) {
        case RESIDENCE -> "living";
        case WORK -> "working";
      }).toList());
    }

    @Override
    public String describeZh() {
      return "自" + since + "起在本社区" + verbZh() + "的人员";
    }

    @Override
    public String describeEn() {
      return verbEn() + " in the community since " + since;
    }
  }

  /** A seat in the community's representative assembly for {@code category}, sent by {@code constituency}. */
  record Representative(RepresentativeCategory category, String constituency) implements Ground {
    public Representative {
      requireNonNull(category, "category");
      requireNonNull(constituency, "constituency");
    }

    @Override
    public String describeZh() {
      return category.nameZh() + "(" + constituency + ")";
    }

    @Override
    public String describeEn() {
      return "a " + category.nameEn() + " (" + constituency + ")";
    }
  }
}
