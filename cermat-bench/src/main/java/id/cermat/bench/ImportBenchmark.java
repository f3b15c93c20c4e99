package id.cermat.bench;

import id.cermat.importers.CapturedPost;
import id.cermat.importers.ImportContext;
import id.cermat.importers.ImportException;
import id.cermat.importers.Importers;
import id.cermat.importers.Limits;
import id.cermat.importers.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
 * Import speed of the JSON formats: one operation imports a generated export of {@code mb} MB ({@link
 * ExportFiles}) from disk into a sink that only counts, including the SHA-256 pass over the file. MB/s = size /
 * time per operation (the size is printed at set-up). Goal: ≥ 50 MB/s. The forks run with a 256 MB heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class ImportBenchmark {

  @Param({"x", "instagram", "facebook", "tiktok", "telegram", "messenger"})
  public String format;

  @Param({"64"})
  public int mb;

  private Path dir;
  private Path file;
  private long posts;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    dir = Files.createTempDirectory("cermat-import-bench");
    file = ExportFiles.write(format, dir, mb * 1_000_000L);
    System.out.printf("%n%s: %,d bytes%n", file.getFileName(), Files.size(file));
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    System.out.printf("%nposts per import: %,d%n", posts);
  }

  @Benchmark
  public long importFile() throws ImportException {
    long[] count = {0};
    Consumer<CapturedPost> sink = p -> count[0] += 1 + p.text().length();
    ImportContext ctx = new ImportContext(ZoneId.of("Asia/Jakarta"), "Budi Santoso", sink);
    Importers.run(file, format, Limits.DEFAULT, ctx, ProgressListener.NONE);
    if (!ctx.summary().complete()) {
      throw new IllegalStateException("the generated file was not read whole: " + ctx.summary().problems());
    }
    posts = ctx.summary().keptTotal();
    return count[0];
  }
}
