package id.cermat.importers;

import id.cermat.engine.PostKind;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What an importer needs while it reads, and what it tells: the zone for times written without one, the
 * employee whose chat messages are kept, where captured records go, and the tally of the run. One per import;
 * not thread-safe.
 */
public final class ImportContext {

  /** Problems kept with their details; more are only counted. */
  public static final int MAX_PROBLEMS = 1000;

  private final ZoneId zone;
  private final String sender;
  private final String senderKey;
  private final Consumer<CapturedPost> sink;
  private final Map<PostKind, Long> kept = new EnumMap<>(PostKind.class);
  private final Map<String, Long> skipped = new TreeMap<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private long problemCount;
  private long others;

  /**
   * @param zone   the zone of times the export writes without one (WhatsApp, LINE)
   * @param sender the employee whose messages are kept from chats, as the chat names them (WhatsApp's
   *               "Anda"/"You" for the person who exported); null when the export is not a chat
   * @param sink   receives every record kept, in the order read
   */
  public ImportContext(ZoneId zone, String sender, Consumer<CapturedPost> sink) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.sender = sender == null || sender.isBlank() ? null : sender.strip();
    this.senderKey = this.sender == null ? null : key(this.sender);
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  public ZoneId zone() {
    return zone;
  }

  /** The employee named for chats, or null. */
  public String sender() {
    return sender;
  }

  /**
   * Whether {@code name} is the employee named for chats: the same after Unicode normalisation (NFKC),
   * trimming, and ignoring case and the direction marks chat exports put around names.
   */
  public boolean isSender(String name) {
    return senderKey != null && name != null && senderKey.equals(key(name));
  }

  private static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC)
        .replaceAll("[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]", "");
    return n.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Keeps a record. */
  public void emit(CapturedPost post) {
    kept.merge(post.kind(), 1L, Long::sum);
    sink.accept(post);
  }

  /** Counts a chat message of someone other than the employee: counted, never kept. */
  public void other() {
    others++;
  }

  /**
   * Counts a record left out for {@code reason}: a short, stable identifier in snake_case ({@code system_message},
   * {@code no_text_or_media}), the key of the summary's map; {@link ImportMessages#skipReason} says it to people.
   */
  public void skip(String reason) {
    skipped.merge(reason, 1L, Long::sum);
  }

  /**
   * Reports a record or file that could not be read; reading goes on. What was wrong is the message {@code key}
   * of {@link ImportMessages} with its {@code args}.
   */
  public void problem(String file, String position, String key, Object... args) {
    problem(ImportProblem.of(file, position, key, args));
  }

  /** Reports {@code e}'s reason (its key and arguments) as a problem at {@code file} and {@code position}. */
  public void problem(String file, String position, ImportException e) {
    problem(new ImportProblem(file, position, e.key(), e.args()));
  }

  /** Reports a problem already made (a file an export refused). */
  public void problem(ImportProblem problem) {
    problemCount++;
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem);
    }
  }

  /** Reads one file of an export. */
  public interface FileTask {
    void read(ExportSource.Entry entry) throws ImportException;
  }

  /** Runs {@code task} on each file; a file whose reading fails is a problem, and the next file is read. */
  public void eachFile(java.util.List<ExportSource.Entry> files, FileTask task) {
    for (ExportSource.Entry e : files) {
      try {
        task.read(e);
      } catch (ImportException ex) {
        problem(ex.file() != null ? ex.file() : e.path(), ex.position(), ex);
      } catch (RuntimeException ex) {
        problem(e.path(), null, "problem.failed", ExportSource.detail(ex));
      }
    }
  }

  public ImportSummary summary() {
    return new ImportSummary(kept, skipped, others, problems, problemCount);
  }
}
