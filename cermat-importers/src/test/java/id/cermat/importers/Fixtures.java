package id.cermat.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The fixture exports under {@code src/test/resources/fixtures/<format>/<case>/}: each case holds its export
 * ({@code input}, a folder or a file), the posts it must give ({@code expected.jsonl}, one {@link PostJson}
 * line per post) and a {@code case.properties}:
 * <ul>
 *   <li>{@code format}: given as --format; absent = recognised by {@link Importers#detect}</li>
 *   <li>{@code input}: what to import, relative to the case (default {@code input})</li>
 *   <li>{@code zip=true}: the input folder is zipped first, as {@code <case>.zip}</li>
 *   <li>{@code sender}, {@code zone}: as --sender and --zone (zone default Asia/Jakarta)</li>
 *   <li>{@code problems}: how many problems the import must report (default 0)</li>
 *   <li>{@code others}: how many other people's messages it must count (default 0)</li>
 * </ul>
 */
public final class Fixtures {

  /**
   * The fixtures folder of the importers module, from the directory where Maven runs a module's tests: this
   * module's own, or a sibling module's (the command line's tests of {@code cermat import}).
   */
  public static final Path ROOT = Paths.get("").toAbsolutePath().endsWith("cermat-importers")
      ? Paths.get("src/test/resources/fixtures") : Paths.get("../cermat-importers/src/test/resources/fixtures");

  public record Case(String name, Path dir, Properties props) {

    public String format() {
      return props.getProperty("format");
    }

    public String sender() {
      return props.getProperty("sender");
    }

    public ZoneId zone() {
      return ZoneId.of(props.getProperty("zone", "Asia/Jakarta"));
    }

    public int problems() {
      return Integer.parseInt(props.getProperty("problems", "0"));
    }

    public long others() {
      return Long.parseLong(props.getProperty("others", "0"));
    }

    public Path expected() {
      return dir.resolve("expected.jsonl");
    }

    /** The path to import: the input itself, or a zip of it made in {@code temp}. */
    public Path input(Path temp) throws IOException {
      Path input = dir.resolve(props.getProperty("input", "input"));
      if (!Boolean.parseBoolean(props.getProperty("zip", "false"))) {
        return input;
      }
      Path zip = temp.resolve(name.substring(name.indexOf('/') + 1) + ".zip");
      zip(input, zip);
      return zip;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private Fixtures() {
  }

  /** Every case, as "format/case", in name order. */
  public static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    try (Stream<Path> props = Files.walk(ROOT, 3)) {
      for (Path p : props.filter(f -> f.getFileName().toString().equals("case.properties")).sorted().toList()) {
        Properties prop = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
          prop.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Path dir = p.getParent();
        out.add(new Case(ROOT.relativize(dir).toString().replace('\\', '/'), dir, prop));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Zips the folder {@code dir} (its contents at the zip's root, names sorted, fixed times). */
  public static void zip(Path dir, Path zip) throws IOException {
    try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o);
        Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        ZipEntry e = new ZipEntry(dir.relativize(f).toString().replace('\\', '/'));
        e.setTime(0);
        z.putNextEntry(e);
        Files.copy(f, z);
        z.closeEntry();
      }
    }
  }

  /** The result of importing a case (or any path). */
  public record Result(List<CapturedPost> posts, ImportSummary summary, ExportImporter importer) {

    public List<String> lines() {
      return posts.stream().map(PostJson::line).toList();
    }
  }

  public static Result run(Path input, String format, String sender, ZoneId zone) throws ImportException {
    List<CapturedPost> posts = new ArrayList<>();
    ImportContext ctx = new ImportContext(zone, sender, posts::add);
    ExportImporter used = Importers.run(input, format, Limits.DEFAULT, ctx, ProgressListener.NONE);
    return new Result(posts, ctx.summary(), used);
  }

  /** The expected lines of a case, without blank lines. */
  public static List<String> expected(Case c) throws IOException {
    return Files.readAllLines(c.expected(), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
  }
}
