package id.cermat.bench;

import id.cermat.importers.ImportContext;
import id.cermat.importers.ImportException;
import id.cermat.importers.Importers;
import id.cermat.importers.Limits;
import id.cermat.importers.ProgressListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bounded memory: a zipped X archive holding a {@code mb} MB {@code tweets.js} (generated once, then kept in
 * the temp folder) imported in a JVM with a 256 MB heap, one shot. The heap's peak use is printed at the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class LargeImportBenchmark {

  @Param({"1024"})
  public int mb;

  private Path zip;
  private long posts;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    zip = Path.of(System.getProperty("java.io.tmpdir"), "cermat-x-archive-" + mb + "mb.zip");
    if (!Files.exists(zip)) {
      Path part = Files.createTempFile("cermat-x-archive", ".part");
      ExportFiles.xArchive(part, mb * 1_000_000L);
      Files.move(part, zip);
    }
    System.out.printf("%n%s: %,d bytes compressed%n", zip, Files.size(zip));
  }

  @TearDown(Level.Trial)
  public void report() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%nposts: %,d; heap peak (sum of pools' peaks): %,d MB of %,d MB%n", posts, peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  @Benchmark
  public long importArchive() throws ImportException {
    ImportContext ctx = new ImportContext(ZoneId.of("Asia/Jakarta"), null, p -> { });
    Importers.run(zip, "x", Limits.DEFAULT, ctx, ProgressListener.NONE);
    if (!ctx.summary().complete()) {
      throw new IllegalStateException("the archive was not read whole: " + ctx.summary().problems());
    }
    posts = ctx.summary().keptTotal();
    return posts;
  }
}
