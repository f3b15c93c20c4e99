package id.cermat.importers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The X importer keeps its contract ({@link Contract}) on random bytes and on damaged copies of the fixture
 * archive: byte flips, truncation, inserted JSON punctuation and deep nesting, in any of its files.
 */
class XImporterPropertyTest {

  private static final Path ARCHIVE = Fixtures.ROOT.resolve("x/archive-2024/input");
  private static final List<String> FILES = List.of("data/tweets.js", "data/note-tweet.js", "data/like.js",
      "data/deleted-tweets.js", "data/manifest.js");
  private static final XImporter IMPORTER = new XImporter();

  /** A damage to one file of the fixture archive. */
  record Damage(int file, int kind, int at, int count, byte value) {
  }

  @Property(tries = 100)
  void randomBytesAsTweetsFile(@ForAll @Size(max = 3000) byte[] bytes, @ForAll boolean withPrefix) throws IOException {
    byte[] content = bytes;
    if (withPrefix) {
      byte[] prefix = "window.YTD.tweets.part0 = ".getBytes(StandardCharsets.US_ASCII);
      content = new byte[prefix.length + bytes.length];
      System.arraycopy(prefix, 0, content, 0, prefix.length);
      System.arraycopy(bytes, 0, content, prefix.length, bytes.length);
    }
    Path dir = Files.createTempDirectory("x-random");
    try {
      Files.createDirectories(dir.resolve("data"));
      Files.write(dir.resolve("data/tweets.js"), content);
      Contract.check(IMPORTER, dir);
      Contract.check(IMPORTER, dir.resolve("data/tweets.js"));
    } finally {
      delete(dir);
    }
  }

  @Property(tries = 200)
  void damagedArchive(@ForAll("damages") Damage damage) throws IOException {
    Path dir = Files.createTempDirectory("x-damaged");
    try {
      copy(ARCHIVE, dir);
      Path target = dir.resolve(FILES.get(damage.file()));
      Files.write(target, damage(Files.readAllBytes(target), damage));
      Contract.check(IMPORTER, dir);
    } finally {
      delete(dir);
    }
  }

  @Property(tries = 30)
  void deepNesting(@ForAll @IntRange(min = 1, max = 5000) int depth, @ForAll boolean objects) throws IOException {
    StringBuilder s = new StringBuilder("window.YTD.tweets.part0 = [ ");
    for (int i = 0; i < depth; i++) {
      s.append(objects ? "{ \"tweet\" : " : "[");
    }
    s.append("\"1\"");
    for (int i = 0; i < depth; i++) {
      s.append(objects ? "}" : "]");
    }
    s.append(" ]");
    Path dir = Files.createTempDirectory("x-deep");
    try {
      Files.writeString(dir.resolve("tweets.js"), s);
      Contract.check(IMPORTER, dir);
    } finally {
      delete(dir);
    }
  }

  @Provide
  Arbitrary<Damage> damages() {
    return Combinators.combine(
        Arbitraries.integers().between(0, FILES.size() - 1),
        Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(0, 100_000),
        Arbitraries.integers().between(1, 40),
        Arbitraries.bytes()).as(Damage::new);
  }

  private static byte[] damage(byte[] in, Damage d) {
    if (in.length == 0) {
      return in;
    }
    int at = d.at() % in.length;
    byte[] out;
    switch (d.kind()) {
      case 0 -> { // flip bytes
        out = in.clone();
        for (int i = 0; i < d.count() && at + i < out.length; i++) {
          out[at + i] = (byte) (out[at + i] ^ (d.value() == 0 ? 0x5a : d.value()));
        }
      }
      case 1 -> { // truncate
        out = new byte[at];
        System.arraycopy(in, 0, out, 0, at);
      }
      case 2, 3 -> { // insert JSON punctuation
        byte[] ins = new byte[d.count()];
        byte[] alphabet = d.kind() == 2 ? new byte[] {'{', '"', '\\'} : new byte[] {'[', ']', '}', ',', ':', '='};
        for (int i = 0; i < ins.length; i++) {
          ins[i] = alphabet[Math.floorMod(d.value() + i, alphabet.length)];
        }
        out = new byte[in.length + ins.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(ins, 0, out, at, ins.length);
        System.arraycopy(in, at, out, at + ins.length, in.length - at);
      }
      default -> { // delete a run
        int n = Math.min(d.count(), in.length - at);
        out = new byte[in.length - n];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, at + n, out, at, in.length - at - n);
      }
    }
    return out;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path t = to.resolve(from.relativize(f).toString());
        Files.createDirectories(t.getParent());
        Files.copy(f, t);
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
