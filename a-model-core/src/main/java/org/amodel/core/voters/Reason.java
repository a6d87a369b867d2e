package org.amodel.core.voters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import org.amodel.core.model.TieKind;

/**
 * Why a person is not eligible for a community's voter roll on the as-of date. Each reason writes
 * itself as a bilingual sentence naming the person and the values that decided it.
 */
public sealed interface Reason permits Reason.UnderAge, Reason.NotYetBorn, Reason.RightsDeprived,
    Reason.TieTooShort, Reason.NotAdmitted, Reason.NotConnected, Reason.UnknownPerson {

  /** Returns the reason as a Chinese sentence about {@code name} in {@code communityId} on {@code asOf}. */
  String zh(String name, String communityId, LocalDate asOf);

  /** Returns the reason as an English sentence about {@code name} in {@code communityId} on {@code asOf}. */
  String en(String name, String communityId, LocalDate asOf);

  /** Younger than the minimum age, in full years on the as-of date. */
  record UnderAge(int age, int minimumAge) implements Reason {
    public UnderAge {
      checkArgument(age >= 0, "age must not be negative, got %s", age);
      checkArgument(age < minimumAge, "age %s is not under minimumAge %s", age, minimumAge);
    }

    @Override
    public String zh(String name, String communityId, LocalDate asOf) {
      return name + "在" + asOf + "未满" + minimumAge + "周岁(" + age + "岁)";
    }

    @Override
    public String en(String name, String communityId, LocalDate asOf) {
      return name + " was " + age + " on " + asOf + "; " + minimumAge + " required";
    }
  }

  /** Born after the as-of date. */
  record NotYetBorn(LocalDate birthDate) implements Reason {
    public NotYetBorn {
      requireNonNull(birthDate, "birthDate");
    }

    @Override
    public String zh(String name, String communityId, LocalDate asOf) {
      return name + "生于" + birthDate + ",在" + asOf + "尚未出生";
    }

    @Override
    public String en(String name, String communityId, LocalDate asOf) {
      return name + " was born on " + birthDate + ", after " + asOf;
    }
  }

  /** Deprived of political rights on the as-of date. */
  record RightsDeprived(Deprivation deprivation) implements Reason {
    public RightsDeprived {
      requireNonNull(deprivation, "deprivation");
    }

    @Override
    public String zh(String name, String communityId, LocalDate asOf) {
      return name + "在" + asOf + "被剥夺政治权利(" + period() + ";" + deprivation.basis() + ")";
    }

    @Override
    public String en(String name, String communityId, LocalDate asOf) {
      return name + " was deprived of political rights on " + asOf + " (" + period() + "; " + deprivation.basis()
          + ")";
    }

    private String period() {
      return deprivation.period().from() + "–" + deprivation.period().until().map(LocalDate::toString).orElse("");
    }
  }

  /**
   * Living or working in the community since {@code since}, without a break up to the as-of date, but
   * for fewer than {@code minimumYears} full years.
   */
  record TieTooShort(ImmutableSet<TieKind> kinds, LocalDate since, int minimumYears) implements Reason {
    public TieTooShort {
      requireNonNull(kinds, "kinds");
      kinds = Sets.immutableEnumSet(kinds);
      checkArgument(!kinds.isEmpty(), "kinds must not be empty");
      requireNonNull(since, "since");
      checkArgument(minimumYears > 0, "minimumYears must be positive, got %s", minimumYears);
    }

    @Override
    public String zh(String name, String communityId, LocalDate asOf) {
      return name + "自" + since + "起在社区" + communityId + new Ground.LivedOrWorked(kinds, since).verbZh()
          + ",至" + asOf + "未满" + minimumYears + "年";
    }

    @Override
    public String en(String name, String communityId, LocalDate asOf) {
      return name + " has been " + new Ground.LivedOrWorked(kinds, since).verbEn() + " in community " + communityId
          + " since " + since + ", less than " + minimumYears + (minimumYears == 1 ? " year" : " years")
          + " by " + asOf;
    }
  }

  /**
   * Connected to the community on a ground the district does not admit: the relaxation is off
   * ({@code relaxationOn} false), or on but not for this kind of person.
   */
  record NotAdmitted(Ground ground, boolean relaxationOn) implements Reason {
    public NotAdmitted {
      requireNonNull(ground, "ground");
      checkArgument(!(ground instanceof Ground.RegisteredResident), "a registered resident is always admitted");
    }

    @Override
    public String zh(String name, String communityId, LocalDate asOf) {
      return name + "系" + ground.describeZh() + ",但本区"
          + (relaxationOn ? "放宽的选民登记范围不含此类人员" : "未放宽选民登记条件");
    }

    @Override
    public String en(String name, String communityId, LocalDate asOf) {
      return name + " is " + ground.describeEn() + ", but the district "
          + (relaxationOn ? "does not admit such people to the roll" : "has not relaxed voter registration");
    }
  }

  /** No household of the community, no tie running on the as-of date and no assembly seat. */
  record NotConnected() implements Reason {
    @Override
    public String zh(String name, String communityId, LocalDate asOf) {
      return name + "在" + asOf + "与社区" + communityId + "无选民登记所需的联系:非本社区住户,未在本社区居住或工作,"
          + "也非驻社区的代表";
    }

    @Override
    public String en(String name, String communityId, LocalDate asOf) {
      return name + " had no tie to community " + communityId + " on " + asOf
          + " that the roll admits: no household there, not living or working there, no seat in its assembly";
    }
  }

  /** Registered, but not among the people the community knows: eligibility cannot be established. */
  record UnknownPerson() implements Reason {
    @Override
    public String zh(String name, String communityId, LocalDate asOf) {
      return name + "不在社区" + communityId + "的人员名单中,无法确认其选民资格";
    }

    @Override
    public String en(String name, String communityId, LocalDate asOf) {
      return name + " is not among the people of community " + communityId + "; eligibility cannot be established";
    }
  }
}
