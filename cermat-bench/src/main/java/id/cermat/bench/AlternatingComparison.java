package id.cermat.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Compares the {@code screen()} of two builds of the engine in one JVM, taking turns every second: on this
 * shared machine the speed of a whole run drifts by 20–30 % from one minute to the next, more than most changes
 * are worth, so two JMH runs one after the other cannot tell a 5 % change from the drift; two builds measured
 * second by second, in turns, see the same drift. The figure is the median ratio B/A of the rounds, with its
 * quartiles. Both builds' models are in the processor's cache at once, so the absolute figures are lower than
 * JMH's: only the ratio counts. JMH stays the measure of the goals.
 *
 * <pre>{@code
 * java -cp cermat-bench/target/benchmarks.jar id.cermat.bench.AlternatingComparison \
 *     A/benchmarks.jar B/benchmarks.jar ../shared/data/synthetic [rounds=30] [seconds=1]
 * }</pre>
 *
 * Each jar is a {@code benchmarks.jar} (or any jar holding the engine and its resources) of one build.
 */
public final class AlternatingComparison {

  private AlternatingComparison() {}

  public static void main(String[] args) throws Throwable {
    if (args.length < 3) {
      System.err.println("usage: AlternatingComparison A.jar B.jar POSTS_FOLDER [rounds] [seconds]");
      System.exit(2);
    }
    String[] posts = Posts.load(args[2]);
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    double seconds = args.length > 4 ? Double.parseDouble(args[4]) : 1;
    MethodHandle[] screen = {screen(Path.of(args[0])), screen(Path.of(args[1]))};
    double[][] rate = new double[2][rounds];
    int[] next = new int[2];
    long sink = 0;
    // three rounds of warm-up, then rounds in which A and B take turns going first
    for (int r = -3; r < rounds; r++) {
      for (int turn = 0; turn < 2; turn++) {
        int v = (r & 1) == 0 ? turn : 1 - turn;
        MethodHandle h = screen[v];
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long n = 0;
        while (System.nanoTime() < end) {
          for (int k = 0; k < 50; k++) {
            sink += h.invokeExact(posts[next[v]]).hashCode() & 1;
            next[v] = (next[v] + 1) % posts.length;
            n++;
          }
        }
        if (r >= 0) {
          rate[v][r] = n / ((System.nanoTime() - start) / 1e9);
        }
      }
    }
    double[] ratio = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      ratio[r] = rate[1][r] / rate[0][r];
    }
    Arrays.sort(ratio);
    System.out.printf(Locale.ROOT, "A %s: median %.0f posts/s%nB %s: median %.0f posts/s%n", args[0],
        median(rate[0]), args[1], median(rate[1]));
    // the results' hashes are summed and printed so that no screening can be optimised away
    System.out.printf(Locale.ROOT,
        "B/A median %.3f (quartiles %.3f .. %.3f, %d rounds of %.1f s each; checksum %d)%n", ratio[rounds / 2],
        ratio[rounds / 4], ratio[3 * rounds / 4], rounds, seconds, sink);
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }

  /** {@code Screener.createDefault()::screen} of the build in {@code jar}, in a class loader of its own. */
  private static MethodHandle screen(Path jar) throws Throwable {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("no such jar: " + jar);
    }
    ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> screener = Class.forName("id.cermat.engine.Screener", true, loader);
    Class<?> result = Class.forName("id.cermat.engine.ScreeningResult", true, loader);
    Object instance = screener.getMethod("createDefault").invoke(null);
    return MethodHandles.publicLookup().findVirtual(screener, "screen", MethodType.methodType(result, String.class))
        .bindTo(instance).asType(MethodType.methodType(Object.class, String.class));
  }
}
