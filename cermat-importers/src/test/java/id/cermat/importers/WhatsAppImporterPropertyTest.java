package id.cermat.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The WhatsApp importer honours the contract on random bytes and on damaged copies of its fixtures. */
class WhatsAppImporterPropertyTest {

  private static final ExportImporter IMPORTER = new WhatsAppImporter();

  static List<byte[]> fixtures(String format) {
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Fixtures.ROOT.resolve(format))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** Writes {@code bytes} to a temporary file named {@code name}, checks the contract, deletes the file. */
  static void check(ExportImporter importer, String name, byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("cermat-prop");
    Path f = dir.resolve(name);
    try {
      Files.write(f, bytes);
      Contract.check(importer, f);
    } finally {
      Files.deleteIfExists(f);
      Files.deleteIfExists(dir);
    }
  }

  /** {@code base} damaged by {@code ops}: each op flips, cuts, or inserts quotes, brackets, stamps or marks. */
  static byte[] mutate(byte[] base, List<Integer> ops) {
    byte[] b = base;
    String[] inserts = {"\"", "{", "\\", "\n", "\r", "[", "\u200e", "\u202f", "\t", ": ", "\"\"",
        "04/02/22 10.15 - Anda: ", "[31/02/26, 25.61.00] Anda: ", "2018/13/45(Mon)\n", "99:99\tAnda\t\"",
        "<attached: ", "(file attached)", "\n\n\n", "\u00ff"};
    for (int op : ops) {
      if (b.length == 0) {
        break;
      }
      int at = Math.floorMod(op >> 4, b.length);
      switch (Math.floorMod(op, 4)) {
        case 0 -> {
          b = b.clone();
          b[at] ^= (byte) (1 << Math.floorMod(op >> 2, 8));
        }
        case 1 -> b = java.util.Arrays.copyOf(b, at);
        default -> {
          byte[] ins = inserts[Math.floorMod(op >> 8, inserts.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8);
          byte[] n = new byte[b.length + ins.length];
          System.arraycopy(b, 0, n, 0, at);
          System.arraycopy(ins, 0, n, at, ins.length);
          System.arraycopy(b, at, n, at + ins.length, b.length - at);
          b = n;
        }
      }
    }
    return b;
  }

  @Provide
  Arbitrary<List<Integer>> ops() {
    return Arbitraries.integers().list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 150)
  void randomBytes(@ForAll @Size(max = 2000) byte[] bytes) throws IOException {
    check(IMPORTER, "_chat.txt", bytes);
  }

  @Property(tries = 200)
  void damagedFixtures(@ForAll("ops") List<Integer> ops, @ForAll int which) throws IOException {
    List<byte[]> all = fixtures("whatsapp");
    byte[] base = all.get(Math.floorMod(which, all.size()));
    check(IMPORTER, "WhatsApp Chat with Uji.txt", mutate(base, ops));
  }

  @Property(tries = 20)
  void manyContinuationLinesAndDeepNesting(@ForAll("ops") List<Integer> ops) throws IOException {
    StringBuilder b = new StringBuilder("01/02/26, 10:00 - Anda: ");
    b.append("{[\"".repeat(20_000)).append('\n');
    for (int i = 0; i < 2000; i++) {
      b.append("lanjutan ").append(i).append('\n');
    }
    check(IMPORTER, "_chat.txt", mutate(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), ops));
  }
}
