package id.cermat.importers;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * An export as a set of files, whether the user gives a single file, a folder or a zip: importers find their
 * files by name anywhere inside ({@link #named}), because formats move files between vintages. Nothing is ever
 * extracted to disk. Entries whose names would escape a folder (zip-slip: absolute paths, {@code ..}), links and
 * nested archives are left out and reported as {@link #refused() refused}; sizes, ratios and counts are held to
 * {@link Limits}. Not thread-safe.
 */
public abstract class ExportSource implements Closeable {

  /**
   * One file of an export.
   *
   * @param name the path inside the export with '/' separators ({@code data/tweets.js}); for a single file, its
   *             file name
   * @param path the name to show a person and to record as a post's source, from the export's own name (not
   *             where it lies on this machine): {@code twitter.zip!/data/tweets.js},
   *             {@code folder/data/tweets.js}, or the single file's name
   * @param size the (declared) uncompressed size in bytes
   */
  public record Entry(String name, String path, long size) {

    /** The last segment of {@link #name}. */
    public String fileName() {
      int slash = name.lastIndexOf('/');
      return slash < 0 ? name : name.substring(slash + 1);
    }
  }

  private static final int MAGIC_ZIP = 0x504b0304;

  private final Limits limits;
  protected final List<Entry> entries = new ArrayList<>();
  private final List<ImportProblem> refused = new ArrayList<>();
  private final Map<Entry, String> digests = new HashMap<>();
  private final Map<Entry, Long> readMost = new HashMap<>();
  private long totalRead;
  private ProgressListener progress = ProgressListener.NONE;

  ExportSource(Limits limits) {
    this.limits = limits;
  }

  /**
   * Opens {@code path}: a zip (recognised by its signature, whatever its name), a folder, or any other single
   * file.
   */
  public static ExportSource open(Path path, Limits limits) throws ImportException {
    String shown = path.toString();
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new ImportException(shown, null, "error.source.missing");
    }
    if (Files.isSymbolicLink(path)) {
      throw new ImportException(shown, null, "error.source.link");
    }
    if (Files.isDirectory(path)) {
      return new FolderSource(path, limits);
    }
    if (!Files.isRegularFile(path)) {
      throw new ImportException(shown, null, "error.source.notRegular");
    }
    if (isZip(path)) {
      return new ZipSource(path, limits);
    }
    return new FileSource(path, limits);
  }

  private static boolean isZip(Path path) throws ImportException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] b = in.readNBytes(4);
      return b.length == 4 && ((b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff)) == MAGIC_ZIP;
    } catch (IOException e) {
      throw ImportException.caused(e, path.toString(), null, "problem.file.unreadable", detail(e));
    }
  }

  /** The limits this export is held to (the JSON and line readers take them too). */
  public Limits limits() {
    return limits;
  }

  /** What this export is called when shown to a person (the path the user gave). */
  public abstract String name();

  /** Every file of the export that may be read, in a stable order. */
  public List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /** Files left out because they were unsafe (zip-slip names, links) or could not be listed. */
  public List<ImportProblem> refused() {
    return Collections.unmodifiableList(refused);
  }

  /** The files whose last name segment is {@code fileName}, ignoring case. */
  public List<Entry> named(String fileName) {
    return matching(n -> {
      int slash = n.lastIndexOf('/');
      return n.substring(slash + 1).equalsIgnoreCase(fileName);
    });
  }

  /** The files whose {@link Entry#name() name} (lower-cased) satisfies {@code test}. */
  public List<Entry> matching(Predicate<String> test) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (test.test(e.name().toLowerCase(Locale.ROOT))) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The first {@code max} files whose name ends in {@code suffix} (case ignored) and whose lower-cased name and
   * first 4 KB pass {@code test}: a renamed export found by its content. A file whose head cannot be read is a
   * problem in {@code context}.
   */
  public List<Entry> probe(String suffix, int max, ImportContext context,
      java.util.function.BiPredicate<String, byte[]> test) {
    List<Entry> out = new ArrayList<>();
    int probes = 0;
    for (Entry e : entries) {
      String name = e.fileName().toLowerCase(Locale.ROOT);
      if (name.endsWith(suffix) && probes++ < max) {
        try {
          if (test.test(name, head(e, 4096))) {
            out.add(e);
          }
        } catch (ImportException ex) {
          context.problem(e.path(), null, ex);
        }
      }
    }
    return out;
  }

  public void progress(ProgressListener listener) {
    this.progress = listener == null ? ProgressListener.NONE : listener;
  }

  /**
   * The bytes of {@code entry}, as a stream that enforces the limits while it is read (an {@link IOException}
   * says which was passed) and reports progress.
   */
  public InputStream open(Entry entry) throws ImportException {
    progress.file(entry);
    return new Guarded(entry, openRaw(entry), true);
  }

  /** At most {@code max} first bytes of {@code entry}, for recognising a format. */
  public byte[] head(Entry entry, int max) throws ImportException {
    try (InputStream in = new Guarded(entry, openRaw(entry), false)) {
      return in.readNBytes(max);
    } catch (IOException e) {
      throw ImportException.caused(e, entry.path(), null, "problem.file.unreadable", detail(e));
    }
  }

  /** The SHA-256 of {@code entry}'s bytes in lower-case hex, read once and remembered. */
  public String sha256(Entry entry) throws ImportException {
    String known = digests.get(entry);
    if (known != null) {
      return known;
    }
    MessageDigest sha = PostIds.sha256();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = new Guarded(entry, openRaw(entry), false)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        sha.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw ImportException.caused(e, entry.path(), null, "problem.file.unreadable", detail(e));
    }
    String hex = HexFormat.of().formatHex(sha.digest());
    digests.put(entry, hex);
    return hex;
  }

  /**
   * {@link #sha256(Entry)}, or null after telling {@code context} why the file cannot be read, so that the
   * other files are still read.
   */
  public String sha256(Entry entry, ImportContext context) {
    try {
      return sha256(entry);
    } catch (ImportException e) {
      context.problem(entry.path(), null, e);
      return null;
    }
  }

  protected abstract InputStream openRaw(Entry entry) throws ImportException;

  /** The compressed size of {@code entry}, or -1 when it is stored as is. */
  protected long compressedSize(Entry entry) {
    return -1;
  }

  /** Leaves out the file at {@code path} for the reason of message {@code key}. */
  protected void refuse(String path, String key, Object... args) {
    refused.add(ImportProblem.of(path, null, key, args));
  }

  protected void add(Entry entry) throws ImportException {
    if (entries.size() >= limits.maxEntries()) {
      throw new ImportException(name(), null, "error.source.tooManyFiles", limits.maxEntries());
    }
    entries.add(entry);
  }

  /** Orders the entries by name, so every run reads them in the same order whatever the archive's order. */
  protected void sortEntries() {
    entries.sort((a, b) -> a.name().compareTo(b.name()));
  }

  protected void checkDeclaredTotal() throws ImportException {
    long total = 0;
    for (Entry e : entries) {
      total += Math.max(0, e.size());
      if (total > limits.maxTotalBytes()) {
        throw new ImportException(name(), null, "error.source.zipBomb", limits.maxTotalBytes());
      }
    }
  }

  /** What {@code e} says, in English (for the message of another exception). */
  static String message(Throwable e) {
    return String.valueOf(detail(e));
  }

  /**
   * What {@code e} says, as an argument of a message: the importers' own errors and a missing file as
   * {@link ImportMessages.Text} (translated), else the JDK's or library's message as it is (it cannot be
   * translated), or the exception's class name when it has none.
   */
  static Object detail(Throwable e) {
    if (e instanceof Keyed k) {
      return k.text();
    }
    if (e instanceof NoSuchFileException) {
      return ImportMessages.Text.of("problem.detail.noSuchFile");
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** Holds reading to the limits and reports progress. */
  private final class Guarded extends FilterInputStream {
    private final Entry entry;
    private final boolean report;
    private final long compressed;
    private final byte[] one = new byte[1];
    private long read;

    Guarded(Entry entry, InputStream in, boolean report) {
      super(in);
      this.entry = entry;
      this.report = report;
      this.compressed = compressedSize(entry);
    }

    @Override
    public int read() throws IOException {
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = super.read(b, off, len);
      } catch (RuntimeException e) {
        // a corrupt deflate stream or zip structure can surface as an unchecked exception in the zip library
        throw new Keyed.IO(e, "problem.detail.corrupt", message(e));
      }
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s;
      try {
        s = super.skip(n);
      } catch (RuntimeException e) {
        throw new Keyed.IO(e, "problem.detail.corrupt", message(e));
      }
      if (s > 0) {
        count(s);
      }
      return s;
    }

    private void count(long n) throws IOException {
      read += n;
      long before = readMost.getOrDefault(entry, 0L);
      if (read > before) {
        totalRead += read - before;
        readMost.put(entry, read);
      }
      if (totalRead > limits.maxTotalBytes()) {
        throw new Keyed.IO("problem.detail.zipBomb.total", limits.maxTotalBytes());
      }
      if (compressed >= 0 && read > limits.ratioFloorBytes() && read > (double) Math.max(1, compressed) * limits.maxRatio()) {
        throw new Keyed.IO("problem.detail.zipBomb.ratio", limits.maxRatio(), compressed);
      }
      if (entry.size() >= 0 && read > entry.size() && compressed >= 0) {
        throw new Keyed.IO("problem.detail.moreThanDeclared", entry.size());
      }
      if (report) {
        progress.bytes(n);
      }
    }
  }

  private static String shownRoot(Path root) {
    Path name = root.toAbsolutePath().normalize().getFileName();
    return name == null ? root.toString() : name.toString();
  }

  /** A single file. */
  static final class FileSource extends ExportSource {
    private final Path file;

    FileSource(Path file, Limits limits) throws ImportException {
      super(limits);
      this.file = file;
      try {
        add(new Entry(file.getFileName().toString(), file.getFileName().toString(), Files.size(file)));
      } catch (IOException e) {
        throw ImportException.caused(e, file.toString(), null, "problem.file.unreadable", detail(e));
      }
      checkDeclaredTotal();
    }

    @Override
    public String name() {
      return file.toString();
    }

    @Override
    protected InputStream openRaw(Entry entry) throws ImportException {
      try {
        return Files.newInputStream(file);
      } catch (IOException e) {
        throw ImportException.caused(e, entry.path(), null, "problem.file.unreadable", detail(e));
      }
    }

    @Override
    public void close() {
    }
  }

  /** A folder, walked without following links. */
  static final class FolderSource extends ExportSource {
    private final Path root;
    private final Map<Entry, Path> files = new HashMap<>();

    FolderSource(Path root, Limits limits) throws ImportException {
      super(limits);
      this.root = root;
      ImportException[] failure = new ImportException[1];
      try {
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), limits.maxDepth(), new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String rel = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            if (attrs.isSymbolicLink()) {
              refuse(file.toString(), "problem.file.linkLeftOut");
            } else if (attrs.isRegularFile()) {
              Entry e = new Entry(rel, shownRoot(root) + "/" + rel, attrs.size());
              try {
                add(e);
              } catch (ImportException ex) {
                failure[0] = ex;
                return FileVisitResult.TERMINATE;
              }
              files.put(e, file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException exc) {
            refuse(file.toString(), "problem.file.unreadable", detail(exc));
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        throw ImportException.caused(e, root.toString(), null, "error.source.unlistable", detail(e));
      }
      if (failure[0] != null) {
        throw failure[0];
      }
      sortEntries();
      checkDeclaredTotal();
    }

    @Override
    public String name() {
      return root.toString();
    }

    @Override
    protected InputStream openRaw(Entry entry) throws ImportException {
      try {
        return Files.newInputStream(files.get(entry), LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        throw ImportException.caused(e, entry.path(), null, "problem.file.unreadable", detail(e));
      }
    }

    @Override
    public void close() {
    }
  }

  /** A zip, read from its central directory; its files are streamed, never extracted. */
  static final class ZipSource extends ExportSource {
    private final Path file;
    private final ZipFile zip;
    private final Map<Entry, ZipArchiveEntry> zipEntries = new HashMap<>();

    ZipSource(Path file, Limits limits) throws ImportException {
      super(limits);
      this.file = file;
      try {
        this.zip = ZipFile.builder().setPath(file).setUseUnicodeExtraFields(true).get();
      } catch (IOException | RuntimeException e) {
        throw ImportException.caused(e, file.toString(), null, "error.zip.unreadable", detail(e));
      }
      try {
        var all = zip.getEntriesInPhysicalOrder();
        while (all.hasMoreElements()) {
          ZipArchiveEntry z = all.nextElement();
          String raw = z.getName();
          String shown = file.getFileName() + "!/" + raw;
          if (z.isDirectory()) {
            continue;
          }
          String unsafe = unsafeName(raw);
          if (unsafe != null) {
            refuse(shown, "problem.zip.unsafeName", ImportMessages.Text.of(unsafe));
            continue;
          }
          if (z.isUnixSymlink()) {
            refuse(shown, "problem.file.linkLeftOut");
            continue;
          }
          if (!zip.canReadEntryData(z)) {
            refuse(shown, "problem.zip.unsupported");
            continue;
          }
          String name = raw.startsWith("./") ? raw.substring(2) : raw;
          Entry e = new Entry(name, shown, z.getSize());
          add(e);
          zipEntries.put(e, z);
        }
      } catch (ImportException e) {
        closeQuietly();
        throw e;
      } catch (RuntimeException e) {
        closeQuietly();
        throw ImportException.caused(e, file.toString(), null, "error.zip.unreadable", detail(e));
      }
      sortEntries();
      try {
        checkDeclaredTotal();
      } catch (ImportException e) {
        closeQuietly();
        throw e;
      }
    }

    /** Why a name is unsafe, as a message key, or null. */
    static String unsafeName(String name) {
      if (name.isEmpty()) {
        return "problem.zip.name.empty";
      }
      if (name.indexOf('\0') >= 0) {
        return "problem.zip.name.nul";
      }
      if (name.indexOf('\\') >= 0) {
        return "problem.zip.name.backslash";
      }
      if (name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':')) {
        return "problem.zip.name.absolute";
      }
      for (String segment : name.split("/", -1)) {
        if (segment.equals("..")) {
          return "problem.zip.name.parent";
        }
      }
      return null;
    }

    @Override
    public String name() {
      return file.toString();
    }

    @Override
    protected long compressedSize(Entry entry) {
      ZipArchiveEntry z = zipEntries.get(entry);
      return z == null ? -1 : Math.max(0, z.getCompressedSize());
    }

    @Override
    protected InputStream openRaw(Entry entry) throws ImportException {
      ZipArchiveEntry z = zipEntries.get(entry);
      if (z == null) {
        throw new ImportException(entry.path(), null, "error.zip.notInArchive");
      }
      try {
        return zip.getInputStream(z);
      } catch (IOException | RuntimeException e) {
        throw ImportException.caused(e, entry.path(), null, "error.zip.entryUnreadable", detail(e));
      }
    }

    private void closeQuietly() {
      try {
        zip.close();
      } catch (IOException ignored) {
        // nothing was read; the error that brought us here is the one to report
      }
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }
  }
}
