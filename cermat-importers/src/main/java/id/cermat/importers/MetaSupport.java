package id.cermat.importers;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the three Meta importers (Instagram, Facebook, Messenger) share: strings with the mojibake repaired,
 * unix times, and reading one JSON file record by record where a bad record or file is a problem and never
 * stops the import.
 */
final class MetaSupport {

  /** A record that cannot be read; its key and arguments (of {@link ImportMessages}) are the reason reported. */
  static final class BadRecord extends Exception {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    BadRecord(String key, Object... args) {
      super(ImportMessages.get(java.util.Locale.ENGLISH, key, args), null, false, false);
      this.key = key;
      this.args = args;
    }

    String key() {
      return key;
    }

    Object[] args() {
      return args == null ? new Object[0] : args.clone();
    }
  }

  /** Receives one record (always a JSON object) of a file, with its source. */
  interface Handler {
    void record(List<String> path, JsonNode record, CapturedPost.Source source) throws BadRecord;
  }

  private static final Pattern NUMBER = Pattern.compile("_(\\d{1,9})\\.json$");

  private MetaSupport() {
  }

  /** {@code s} with Meta's mojibake repaired; null stays null. */
  static String fix(String s) {
    return s == null ? null : TextParts.repairMojibake(s);
  }

  /** The repaired text at {@code path}, or null. */
  static String text(JsonNode node, String... path) {
    return fix(Json.text(node, path));
  }

  /** The repaired text at {@code path}, or null when absent or blank. */
  static String nonBlank(JsonNode node, String... path) {
    String s = text(node, path);
    return s == null || s.isBlank() ? null : s;
  }

  /** Whether the value at {@code path} is JSON true (or the text "true"). */
  static boolean isTrue(JsonNode node, String... path) {
    JsonNode n = Json.at(node, path);
    return n != null && (n.isBoolean() ? n.booleanValue() : "true".equalsIgnoreCase(n.asText()));
  }

  /** The unix time in seconds at {@code path}; null when absent; a bad value is a {@link BadRecord}. */
  static Instant seconds(JsonNode node, String... path) throws BadRecord {
    Long n = number(node, path);
    if (n == null) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(n);
    } catch (DateTimeException e) {
      throw new BadRecord("problem.meta.timeOutOfRange", n);
    }
  }

  /** The unix time in milliseconds at {@code path}; null when absent; a bad value is a {@link BadRecord}. */
  static Instant millis(JsonNode node, String... path) throws BadRecord {
    Long n = number(node, path);
    if (n == null) {
      return null;
    }
    try {
      return Instant.ofEpochMilli(n);
    } catch (DateTimeException | ArithmeticException e) {
      throw new BadRecord("problem.meta.timeOutOfRange", n);
    }
  }

  private static Long number(JsonNode node, String... path) throws BadRecord {
    String raw = Json.text(node, path);
    if (raw == null) {
      return null;
    }
    Long n = Json.number(node, path);
    if (n == null) {
      String shown = raw.length() > 40 ? raw.substring(0, 40) + "..." : raw;
      throw new BadRecord("problem.meta.notUnixTime", String.join(".", path), shown);
    }
    return n;
  }

  /** The repaired, non-blank {@code field} of each element of the array at {@code path}, added to {@code out}. */
  static void uris(JsonNode node, List<String> out, String field, String... path) {
    for (JsonNode item : Json.array(node, path)) {
      String u = nonBlank(item, field);
      if (u != null && !out.contains(u)) {
        out.add(u);
      }
    }
  }

  /** {@code first} followed by those of {@code more} not already in it. */
  static List<String> union(List<String> first, List<String> more) {
    List<String> out = new ArrayList<>(first);
    for (String s : more) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The first bytes of {@code entry} as ISO-8859-1 text (keys are ASCII), or "" when it cannot be read. */
  static String head(ExportSource source, ExportSource.Entry entry) {
    try {
      return new String(source.head(entry, 4096), StandardCharsets.ISO_8859_1);
    } catch (ImportException e) {
      return "";
    }
  }

  /** The number N of a {@code name_N.json} file, or 0. */
  static int fileNumber(String fileName) {
    Matcher m = NUMBER.matcher(fileName);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /**
   * Reads the records of one JSON file: the arrays {@code records} accepts (by path from the root) are read
   * element by element; each element that is an object goes to {@code handler}. A record that is not an
   * object, or that the handler refuses, is a problem at its line; a file that cannot be read is a problem.
   */
  static void read(ExportSource source, ExportSource.Entry entry, ImportContext context,
      java.util.function.Predicate<List<String>> records, Handler handler) {
    String sha = source.sha256(entry, context);
    if (sha == null) {
      return;
    }
    try {
      Json.read(source, entry, false, false, context, new Json.Visitor() {
        @Override
        public boolean records(List<String> path) {
          return records.test(path);
        }

        @Override
        public void record(List<String> path, JsonNode record, String position) {
          if (record == null || !record.isObject()) {
            context.problem(entry.path(), position, "problem.record.notObject");
            return;
          }
          try {
            handler.record(path, record, new CapturedPost.Source(entry.path(), position, sha));
          } catch (BadRecord e) {
            context.problem(entry.path(), position, e.key(), e.args());
          } catch (RuntimeException e) {
            context.problem(entry.path(), position, "problem.record.unreadable", ExportSource.detail(e));
          }
        }
      });
    } catch (ImportException e) {
      context.problem(entry.path(), e.position(), e);
    }
  }

  /**
   * The first scalar of {@code entry} at one of {@code paths} (array positions left out), repaired; null when
   * there is none or the file cannot be read (then a problem is reported).
   */
  static String scalar(ExportSource source, ExportSource.Entry entry, ImportContext context,
      List<List<String>> paths) {
    String value = Json.firstScalar(source, entry, false, context,
        (path, v) -> !v.isBlank() && paths.contains(path));
    return value == null ? null : fix(value).strip();
  }
}
