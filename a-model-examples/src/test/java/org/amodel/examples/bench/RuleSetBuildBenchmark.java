package org.amodel.examples.bench;

import java.util.concurrent.TimeUnit;
import org.amodel.rules.engine.RuleSetLoaders;
import org.amodel.rules.ruleset.RuleSet;
import org.amodel.rules.ruleset.RuleSetCompiler;
import org.amodel.rules.ruleset.RuleSetLoader;
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

/** Time to load, check and compile each bundled rule set in a warm JVM, in each build mode. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class RuleSetBuildBenchmark {
  @Param({"national-2018", "jinan-shizhong-2005", "shenzhen-2006"})
  public String ruleSet;

  @Param({"CLASSIC", "EXECUTABLE_MODEL"})
  public String mode;

  private RuleSetLoader loader;

  @Setup
  public void setUp() {
    loader = RuleSetLoaders.standard(RuleSetCompiler.BuildMode.valueOf(mode));
  }

  @Benchmark
  public RuleSet build() {
    return loader.bundled(ruleSet);
  }
}
