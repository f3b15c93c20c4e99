package id.cermat.bench;

import id.cermat.engine.Screener;
import id.cermat.engine.model.ClassifierModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up: reading the shipped model, and building the whole screener (catalog, lexicon, model), each in a
 * fresh JVM (one shot per fork, no warm-up: what a starting server or `cermat screen` pays). Goal: model load
 * ≤ 2 s. The forks run with a 256 MB heap, the engine's budget.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class LoadBenchmark {

  @Benchmark
  public ClassifierModel loadModel() {
    return ClassifierModel.loadDefault();
  }

  @Benchmark
  public Screener createScreener() {
    return Screener.createDefault();
  }
}
