package id.cermat.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Damaged copies of the Telegram and TikTok fixtures, and runs of an importer on them, for property tests. */
final class TelegramTikTokMutations {

  private TelegramTikTokMutations() {
  }

  /** The bytes of every file named {@code fileName} under {@code fixtures/<format>/}. */
  static List<byte[]> seeds(String format, String fileName) {
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Fixtures.ROOT.resolve(format))) {
      for (Path f : files.filter(p -> p.getFileName().toString().equals(fileName)).sorted().toList()) {
        out.add(Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** {@code seed} with one to six random damages: byte flips, cuts, inserted JSON syntax, deep nesting. */
  static byte[] mutate(byte[] seed, long randomSeed) {
    Random r = new Random(randomSeed);
    byte[] b = seed.clone();
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n && b.length > 0; i++) {
      int at = r.nextInt(b.length);
      switch (r.nextInt(6)) {
        case 0 -> b[at] = (byte) r.nextInt(256);
        case 1 -> b = java.util.Arrays.copyOf(b, at);
        case 2 -> b = insert(b, at, new byte[] {"{\"\\[]:,x".getBytes()[r.nextInt(8)]});
        case 3 -> b = insert(b, at, ("[".repeat(1 + r.nextInt(3000))).getBytes());
        case 4 -> b = insert(b, at, "{\"messages\":[{\"messages\":[".repeat(1 + r.nextInt(40)).getBytes());
        default -> b = insert(b, at, "\\x".getBytes());
      }
    }
    return b;
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    byte[] out = new byte[b.length + what.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(b, at, out, at + what.length, b.length - at);
    return out;
  }

  /**
   * Writes {@code bytes} as {@code fileName} in a new temporary folder, checks the {@link Contract} on the
   * folder, and also runs the importer with {@code sender} named so that records are kept, checking each.
   */
  static void check(ExportImporter importer, String fileName, byte[] bytes, String sender) throws IOException {
    Path dir = Files.createTempDirectory("cermat-prop");
    try {
      Files.write(dir.resolve(fileName), bytes);
      Contract.check(importer, dir);
      List<CapturedPost> posts = new ArrayList<>();
      ImportContext ctx = new ImportContext(ZoneId.of("Asia/Jakarta"), sender, posts::add);
      try (ExportSource source = ExportSource.open(dir, Limits.DEFAULT)) {
        importer.detect(source);
        importer.read(source, ctx);
      } catch (ImportException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
      for (CapturedPost p : posts) {
        assertThat(p.platform()).isEqualTo(importer.platform());
        assertThat(p.externalId()).isNotBlank();
        PostJson.line(p);
      }
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
