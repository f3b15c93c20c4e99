package id.cermat.bench;

import id.cermat.engine.Screener;
import id.cermat.engine.detect.Detection;
import id.cermat.engine.detect.Detectors;
import id.cermat.engine.detect.TermIndex;
import id.cermat.engine.text.NormalizedText;
import java.util.List;
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
 * Nanoseconds per post of each stage of screening on its own, over the synthetic posts: where the time of
 * {@link ScreenBenchmark} goes. Term matching and detectors run on texts normalised in advance.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class StageBenchmark {

  @Param("../shared/data/synthetic")
  public String data;

  private Screener screener;
  private TermIndex terms;
  private Detectors detectors;
  private String[] posts;
  private NormalizedText[] normalized;
  private int next;

  @Setup
  public void setUp() {
    screener = Screener.createDefault();
    terms = TermIndex.build(screener.catalog(), screener.normalizer());
    detectors = new Detectors(screener.catalog().idrPerUnit());
    posts = Posts.load(data);
    normalized = new NormalizedText[posts.length];
    for (int i = 0; i < posts.length; i++) {
      normalized[i] = screener.normalizer().normalize(posts[i]);
    }
  }

  private int advance() {
    int i = next;
    next = next + 1 == posts.length ? 0 : next + 1;
    return i;
  }

  @Benchmark
  public NormalizedText normalize() {
    return screener.normalizer().normalize(posts[advance()]);
  }

  @Benchmark
  public List<TermIndex.TermHit> matchTerms() {
    return terms.match(normalized[advance()].tokens());
  }

  @Benchmark
  public List<Detection> detect() {
    return detectors.detect(normalized[advance()]);
  }

  @Benchmark
  public Object screen() {
    return screener.screen(posts[advance()]);
  }
}
