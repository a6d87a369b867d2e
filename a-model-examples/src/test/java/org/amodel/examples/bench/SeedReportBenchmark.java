package org.amodel.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.model.Community;
import org.amodel.examples.district.SeedDistrict;
import org.amodel.examples.report.SeedReport;
import org.amodel.examples.report.SeedReportHtml;
import org.amodel.examples.report.SeedReportText;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds for each step of {@code amodel report} in a warm JVM: generating the seed district,
 * computing the report (the counts, the elections and the rule set's findings on 66 communities and 66
 * elections), and rendering it as text and as HTML; against checking the same 66 communities with the
 * pure-Java reference checker (the baseline of the same run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SeedReportBenchmark {
  private SeedDistrict district;
  private RuleSet rules;
  private SeedReport report;
  private ReferenceChecker reference;

  @Setup
  public void setUp() {
    district = SeedDistrict.generate();
    rules = RuleSetLoaders.standard().bundled("jinan-shizhong-2005");
    report = report();
    reference = ReferenceChecker.seed();
  }

  @Benchmark
  public SeedDistrict generate() {
    return SeedDistrict.generate();
  }

  @Benchmark
  public SeedReport report() {
    return SeedReport.of(district.originals(), district.mergeMap(), district.district(), district.elections(), rules,
        SeedDistrict.AS_OF);
  }

  @Benchmark
  public int render() {
    return SeedReportText.render(report).length() + SeedReportHtml.page(report).render().length();
  }

  @Benchmark
  public List<Finding> referenceCheck() {
    List<Finding> all = new ArrayList<>();
    for (Community c : district.district().communities()) {
      all.addAll(reference.check(c, SeedDistrict.AS_OF));
    }
    return all;
  }
}
