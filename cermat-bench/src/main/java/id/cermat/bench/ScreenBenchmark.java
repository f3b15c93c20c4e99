package id.cermat.bench;

import id.cermat.engine.Screener;
import id.cermat.engine.ScreeningResult;
import id.cermat.engine.text.NormalizedText;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Posts per second of {@link Screener#screen(String)} on one thread, cycling through the synthetic posts
 * (../shared/data/synthetic). One operation = one post screened. Goal (rule-based engine): 200,000 posts/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ScreenBenchmark {

  @Param("../shared/data/synthetic")
  public String data;

  private Screener screener;
  private String[] posts;
  private int next;

  @Setup
  public void setUp() {
    screener = Screener.createDefault();
    posts = Posts.load(data);
  }

  @Benchmark
  public ScreeningResult screen() {
    String post = posts[next];
    next = next + 1 == posts.length ? 0 : next + 1;
    return screener.screen(post);
  }

  @Benchmark
  public NormalizedText normalizeOnly() {
    String post = posts[next];
    next = next + 1 == posts.length ? 0 : next + 1;
    return screener.normalizer().normalize(post);
  }
}
