package org.amodel.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.model.Community;
import org.amodel.examples.district.SyntheticDistrict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds to generate a synthetic district of {@code size} communities, against checking the
 * same communities with the pure-Java reference checker (the baseline of the same run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SyntheticDistrictBenchmark {
  @Param({"100", "1000"})
  public int size;

  private SyntheticDistrict.Options options;
  private List<Community> communities;
  private ReferenceChecker reference;

  @Setup
  public void setUp() {
    options = SyntheticDistrict.Options.of(size, 20051130L);
    communities = SyntheticDistrict.generate(options).district().communities();
    reference = ReferenceChecker.seed();
  }

  @Benchmark
  public SyntheticDistrict generate() {
    return SyntheticDistrict.generate(options);
  }

  @Benchmark
  public List<Finding> referenceCheck() {
    List<Finding> all = new ArrayList<>();
    for (Community c : communities) {
      all.addAll(reference.check(c, options.asOf()));
    }
    return all;
  }
}
