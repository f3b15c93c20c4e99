package id.cermat.importers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Mutated copies of the Meta fixtures, for the importers' property tests. */
final class MetaMutations {

  private MetaMutations() {
  }

  /** The input folders of the fixture cases of {@code format}, in name order. */
  static List<Path> inputs(String format) {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> cases = Files.list(Fixtures.ROOT.resolve(format))) {
      for (Path c : cases.sorted().toList()) {
        if (Files.isDirectory(c.resolve("input"))) {
          out.add(c.resolve("input"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The files under {@code dir}, in name order. */
  static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code bytes} changed by operation {@code op}: 0 flip a byte, 1 truncate, 2 insert '{', 3 insert '"',
   * 4 insert '\', 5 insert deep nesting, 6 delete a run, 7 insert a huge number, 8 swap in a wrong-typed value.
   */
  static byte[] mutate(byte[] bytes, int op, int where, byte value) {
    int at = bytes.length == 0 ? 0 : Math.floorMod(where, bytes.length + 1);
    return switch (op) {
      case 0 -> {
        byte[] b = bytes.clone();
        if (b.length > 0) {
          b[Math.min(at, b.length - 1)] ^= (byte) (value == 0 ? 1 : value);
        }
        yield b;
      }
      case 1 -> java.util.Arrays.copyOf(bytes, at);
      case 2 -> insert(bytes, at, "{");
      case 3 -> insert(bytes, at, "\"");
      case 4 -> insert(bytes, at, "\\");
      case 5 -> insert(bytes, at, "[".repeat(200) + "{\"a\":".repeat(100));
      case 6 -> {
        int end = Math.min(bytes.length, at + 1 + Math.floorMod(value, 64));
        byte[] b = new byte[bytes.length - (end - at)];
        System.arraycopy(bytes, 0, b, 0, at);
        System.arraycopy(bytes, end, b, at, bytes.length - end);
        yield b;
      }
      case 7 -> insert(bytes, at, "99999999999999999999999999999");
      default -> insert(bytes, at, "[],{\"uri\":null,\"timestamp_ms\":{},\"media\":7},");
    };
  }

  private static byte[] insert(byte[] bytes, int at, String s) {
    byte[] add = s.getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[bytes.length + add.length];
    System.arraycopy(bytes, 0, b, 0, at);
    System.arraycopy(add, 0, b, at, add.length);
    System.arraycopy(bytes, at, b, at + add.length, bytes.length - at);
    return b;
  }

  /**
   * Copies fixture input {@code input} to a temporary folder with its file number {@code fileIndex} mutated,
   * checks the contract of {@code importer} on the folder, then deletes it.
   */
  static void checkMutatedCopy(ExportImporter importer, Path input, int fileIndex, int op, int where, byte value)
      throws IOException {
    List<Path> files = files(input);
    Path target = files.get(Math.floorMod(fileIndex, files.size()));
    Path dir = Files.createTempDirectory("cermat-meta-prop");
    try {
      for (Path f : files) {
        Path copy = dir.resolve(input.relativize(f).toString());
        Files.createDirectories(copy.getParent());
        byte[] bytes = Files.readAllBytes(f);
        Files.write(copy, f.equals(target) ? mutate(bytes, op, where, value) : bytes);
      }
      Contract.check(importer, dir);
    } finally {
      delete(dir);
    }
  }

  /** Writes {@code bytes} as a file named {@code name}, checks the contract of {@code importer} on it, deletes it. */
  static void checkFile(ExportImporter importer, String name, byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("cermat-meta-prop");
    try {
      Path file = dir.resolve(name);
      Files.write(file, bytes);
      Contract.check(importer, file);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
