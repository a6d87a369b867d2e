package org.amodel.examples.district;

import com.google.common.base.Suppliers;
import java.util.function.Supplier;
import org.amodel.examples.report.SeedReport;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;

/** The seed district, the seed's rule set and the report on them, each made once per test JVM and shared by the test classes. */
public final class SeedDistrictFixture {
  private static final Supplier<SeedDistrict> DISTRICT = Suppliers.memoize(SeedDistrict::generate);
  private static final Supplier<RuleSet> SEED_RULES =
      Suppliers.memoize(() -> RuleSetLoaders.standard().bundled("jinan-shizhong-2005"));
  private static final Supplier<SeedReport> REPORT = Suppliers.memoize(() -> SeedReport.of(district().originals(),
      district().mergeMap(), district().district(), district().elections(), seedRules(), SeedDistrict.AS_OF));

  private SeedDistrictFixture() {}

  /** Returns {@code SeedDistrict.generate()}. */
  public static SeedDistrict district() {
    return DISTRICT.get();
  }

  /** Returns the bundled jinan-shizhong-2005 rule set. */
  public static RuleSet seedRules() {
    return SEED_RULES.get();
  }

  /** Returns the report on {@link #district()} with {@link #seedRules()} as of {@link SeedDistrict#AS_OF}. */
  public static SeedReport report() {
    return REPORT.get();
  }
}
