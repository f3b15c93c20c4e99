package id.cermat.bench;

import id.cermat.engine.Screener;
import id.cermat.engine.ScreeningResult;
import id.cermat.engine.text.NormalizedText;
import java.util.Locale;
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
 * Posts per second of {@link Screener#screen(String)} on one thread, cycling through the synthetic posts
 * (../shared/data/synthetic). One operation = one post screened. Goals: with the learned model 50,000 posts/s
 * (in a 256 MB heap, the engine's budget); the rules alone 200,000 posts/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ScreenBenchmark {

  private Screener screener;
  private Screener rules;

  @Setup
  public void setUp() {
    screener = Screener.createDefault();
    rules = Screener.createRulesOnly(Locale.forLanguageTag("id"));
  }

  /** Rules and the learned model: what `cermat screen` does. */
  @Benchmark
  public ScreeningResult screen(PostCycle posts) {
    return screener.screen(posts.next());
  }

  /** The rules alone, without the model. */
  @Benchmark
  public ScreeningResult screenRulesOnly(PostCycle posts) {
    return rules.screen(posts.next());
  }

  @Benchmark
  public NormalizedText normalizeOnly(PostCycle posts) {
    return screener.normalizer().normalize(posts.next());
  }
}
