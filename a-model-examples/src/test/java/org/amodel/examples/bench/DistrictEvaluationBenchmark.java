package org.amodel.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.model.Community;
import org.amodel.core.model.District;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetCompiler;
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
 * Evaluations of a whole 66-community district per second: the seed's rule set through Drools (in
 * each build mode) against the pure-Java reference checker, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class DistrictEvaluationBenchmark {
  @Param({"CLASSIC", "EXECUTABLE_MODEL"})
  public String mode;

  private District district;
  private RuleSet ruleSet;
  private ReferenceChecker reference;

  @Setup
  public void setUp() {
    district = BenchmarkDistrict.build();
    ruleSet = RuleSetLoaders.standard(RuleSetCompiler.BuildMode.valueOf(mode)).bundled("jinan-shizhong-2005");
    reference = ReferenceChecker.seed();
  }

  @Benchmark
  public List<Finding> drools() {
    List<Finding> all = new ArrayList<>();
    for (Community c : district.communities()) {
      all.addAll(ruleSet.evaluate(c, BenchmarkDistrict.AS_OF).findings());
    }
    return all;
  }

  @Benchmark
  public List<Finding> reference() {
    List<Finding> all = new ArrayList<>();
    for (Community c : district.communities()) {
      all.addAll(reference.check(c, BenchmarkDistrict.AS_OF));
    }
    return all;
  }
}
