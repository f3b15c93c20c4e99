package id.cermat.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
 * A yardstick for the machine, not for Cermat: the least a word-based screener must do, lower-casing a
 * post, splitting it on spaces and looking every word up in a hash map, over the same posts. Reported
 * beside {@link ScreenBenchmark} so that figures from machines of different speed can be compared.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class BaselineBenchmark {

  private final Map<String, Integer> words = new HashMap<>();

  @Setup
  public void setUp(PostCycle posts) {
    for (String p : posts.posts) {
      for (String w : p.toLowerCase(Locale.ROOT).split(" ")) {
        words.putIfAbsent(w, words.size());
      }
    }
  }

  @Benchmark
  public int lowerSplitLookup(PostCycle posts) {
    int sum = 0;
    for (String w : posts.next().toLowerCase(Locale.ROOT).split(" ")) {
      sum += words.getOrDefault(w, 0);
    }
    return sum;
  }
}
