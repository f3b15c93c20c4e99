package id.cermat.bench;

import id.cermat.engine.Screener;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Prints the heap the engine keeps: used heap after a full collection, before and after building the
 * screener with its model and screening the synthetic posts once. Run it with the benchmarks' jar:
 * {@code java -Xmx256m -cp cermat-bench/target/benchmarks.jar id.cermat.bench.HeapProbe ../shared/data/synthetic}.
 */
public final class HeapProbe {

  private HeapProbe() {}

  public static void main(String[] args) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = settledHeap(memory);
    Screener screener = Screener.createDefault();
    long loaded = settledHeap(memory);
    String[] posts = Posts.load(args.length > 0 ? args[0] : "../shared/data/synthetic");
    int findings = 0;
    for (String p : posts) {
      findings += screener.screen(p).findings().size();
    }
    long after = settledHeap(memory);
    System.out.printf(Locale.ROOT, "heap before %.1f MB; with the screener and model %.1f MB (+%.1f MB);"
        + " after screening %d posts (%d findings) %.1f MB; max heap %.0f MB%n", mb(before), mb(loaded),
        mb(loaded - before), posts.length, findings, mb(after), mb(Runtime.getRuntime().maxMemory()));
    if (screener.model() == null) {
      throw new IllegalStateException("the screener has no model");
    }
  }

  private static long settledHeap(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
