package id.cermat.bench;

import id.cermat.engine.Screener;
import id.cermat.engine.ScreeningResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time of single {@link Screener#screen(String)} calls with the learned model, sampled: JMH reports the
 * percentiles (p50, p90, p99, p99.9, max). Goal: p99 ≤ 1 ms. Engine heap capped at 256 MB.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class LatencyBenchmark {

  private Screener screener;

  @Setup
  public void setUp() {
    screener = Screener.createDefault();
  }

  @Benchmark
  public ScreeningResult screen(PostCycle posts) {
    return screener.screen(posts.next());
  }
}
