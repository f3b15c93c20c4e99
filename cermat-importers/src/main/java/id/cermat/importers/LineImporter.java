package id.cermat.importers;

import id.cermat.engine.Platform;
import id.cermat.engine.PostKind;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a LINE chat history ({@code .txt}, "Save chat"/"Send chat history"): a header
 * ({@code [LINE] Chat history with X}, {@code Saved on: ...}, a blank line), then day lines and messages
 * {@code HH:MM<TAB>Sender<TAB>text}; multi-line messages are double-quoted. Only the messages of the employee
 * named as sender are kept; system lines (no sender), media placeholders and call records are skipped.
 *
 * <p>Each file is read twice, as a stream: once to learn the day/month order of day lines such as
 * {@code Fri, 1/30/2026}, once to read the messages, holding one message at a time.
 */
public final class LineImporter implements ExportImporter {

  /** A message longer than this is cut here and reported. */
  static final int MAX_MESSAGE_CHARS = 65_536;

  private static final int MAX_PROBES = 50;

  private static final Pattern MESSAGE = Pattern.compile(
      "^(?:(AM|PM|am|pm|午前|午後|上午|下午)\\s?)?(\\d{1,2}):(\\d{2})\\s?(AM|PM|am|pm)?\\t(.*)$", Pattern.DOTALL);
  private static final Set<String> PLACEHOLDERS = Set.of("[photo]", "[sticker]", "[video]", "[file]", "[audio]",
      "[voice message]", "[contact]", "[location]", "[album]", "[gif]", "[foto]", "[stiker]", "[berkas]",
      "[pesan suara]", "[kontak]", "[lokasi]");

  @Override
  public String format() {
    return "line";
  }

  @Override
  public Platform platform() {
    return Platform.LINE;
  }

  @Override
  public boolean chat() {
    return true;
  }

  @Override
  public int detect(ExportSource source) throws ImportException {
    int best = 0;
    int probes = 0;
    for (ExportSource.Entry e : source.entries()) {
      String n = e.fileName().toLowerCase(Locale.ROOT);
      if (!n.endsWith(".txt") || ++probes > MAX_PROBES) {
        continue;
      }
      best = Math.max(best, score(n, source.head(e, 4096)));
    }
    return best;
  }

  /** 95 for a {@code [LINE]} header, 60 for a {@code [LINE]...txt} file starting with a day and a message, else 0. */
  static int score(String fileName, byte[] head) {
    List<String> lines = headLines(head);
    if (lines.isEmpty()) {
      return 0;
    }
    if (lines.get(0).startsWith("[LINE]")) {
      return 95;
    }
    if (fileName.startsWith("[line]") && lines.size() >= 2 && LineDate.parse(lines.get(0)) != null
        && MESSAGE.matcher(lines.get(1)).matches()) {
      return 60;
    }
    return 0;
  }

  /** The first few non-blank lines of {@code head}, stripped, without a byte-order mark. */
  private static List<String> headLines(byte[] head) {
    String text = Lines.headText(head);
    List<String> out = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n", 12)) {
      String s = line.replace("\ufeff", "").strip();
      if (!s.isEmpty() && out.size() < 4) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public void read(ExportSource source, ImportContext context) throws ImportException {
    List<ExportSource.Entry> files = source.probe(".txt", MAX_PROBES, context, (n, head) -> score(n, head) > 0);
    if (files.isEmpty()) {
      throw new ImportException(source.name(), null, "error.noFiles.line");
    }
    context.eachFile(files, e -> readFile(source, e, context));
  }

  private void readFile(ExportSource source, ExportSource.Entry entry, ImportContext context)
      throws ImportException {
    Boolean dayMonth = dayMonth(source, entry, context);
    if (dayMonth == null) {
      return;
    }
    Reader r = new Reader(entry, source.sha256(entry), dayMonth, context);
    Lines.forEach(source, entry, context, r::line);
    r.finish();
  }

  /**
   * Whether day lines like {@code 1/30/2026} are day/month: any first field above 12 says yes, any second
   * field above 12 says no; otherwise yes for Indonesian day names or header, no for English. Null when the
   * file cannot be read.
   */
  private static Boolean dayMonth(ExportSource source, ExportSource.Entry entry, ImportContext context)
      throws ImportException {
    boolean firstOver = false;
    boolean secondOver = false;
    boolean indonesian = false;
    try (Lines lines = Lines.open(source, entry)) {
      String line;
      while ((line = lines.next()) != null) {
        String s = line.replace("\ufeff", "").strip();
        if (lines.number() == 1 && s.startsWith("[LINE] Riwayat")) {
          indonesian = true;
        }
        LineDate d = LineDate.parse(s);
        if (d != null && !d.yearFirst()) {
          firstOver |= d.a() > 12;
          secondOver |= d.b() > 12;
          indonesian |= d.indonesian();
        }
      }
    } catch (IOException e) {
      context.problem(entry.path(), null, "problem.file.unreadable", ExportSource.detail(e));
      return null;
    }
    if (firstOver) {
      return true;
    }
    if (secondOver) {
      return false;
    }
    return indonesian;
  }

  /** Reads the lines of one file, holding the message being read. */
  private static final class Reader {
    private final ExportSource.Entry entry;
    private final String sha;
    private final boolean dayMonth;
    private final ImportContext context;
    private LocalDate date;
    private boolean dateBad;
    private boolean open;
    // the message being read
    private int startLine;
    private LocalTime time;
    private String sender;
    private boolean keep;
    private boolean system;
    private boolean quoted;
    private boolean inQuote;
    private boolean cut;
    private final StringBuilder text = new StringBuilder();

    Reader(ExportSource.Entry entry, String sha, boolean dayMonth, ImportContext context) {
      this.entry = entry;
      this.sha = sha;
      this.dayMonth = dayMonth;
      this.context = context;
    }

    void line(String raw, int number) {
      String line = number == 1 ? raw.replace("\ufeff", "") : raw;
      Matcher m = MESSAGE.matcher(line);
      boolean message = m.matches();
      if (open && inQuote && !message) {
        if (closes(line)) {
          inQuote = false;
          append("\n", line.substring(0, line.length() - 1));
        } else {
          append("\n", line);
        }
        return;
      }
      String stripped = line.strip();
      LineDate d = message ? null : LineDate.parse(stripped);
      if (d != null) {
        finish();
        try {
          date = d.date(dayMonth);
          dateBad = false;
        } catch (DateTimeException e) {
          date = null;
          dateBad = true;
          context.problem(entry.path(), "line " + number, "problem.line.badDate");
        }
        return;
      }
      if (message) {
        finish();
        start(m, number);
        return;
      }
      if (open && !system && !line.isEmpty()) {
        append("\n", line);
      } else if (date != null && !open && !stripped.isEmpty()) {
        context.problem(entry.path(), "line " + number, "problem.line.notALine");
      }
    }

    /** Whether {@code line} ends a quoted message: it ends with an odd number of double quotes. */
    private static boolean closes(String line) {
      int n = 0;
      for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '"'; i--) {
        n++;
      }
      return n % 2 == 1;
    }

    private void start(Matcher m, int number) {
      open = true;
      startLine = number;
      text.setLength(0);
      cut = false;
      quoted = false;
      inQuote = false;
      system = false;
      keep = false;
      time = null;
      String rest = m.group(5);
      int tab = rest.indexOf('\t');
      sender = tab < 0 ? "" : rest.substring(0, tab).strip();
      String first = tab < 0 ? rest : rest.substring(tab + 1);
      if (first.startsWith("\"") && (first.length() == 1 || !closes(first.substring(1)))) {
        quoted = true;
        inQuote = true;
        first = first.substring(1);
      }
      if (sender.isEmpty()) {
        system = true;
        return;
      }
      if (date == null) {
        if (!dateBad) {
          context.problem(entry.path(), "line " + number, "problem.line.beforeDay");
        }
        system = true;
        open = true;
        keep = false;
        time = null;
        sender = null;
        return;
      }
      String ampm = m.group(1) != null ? m.group(1) : m.group(4);
      int h = Integer.parseInt(m.group(2));
      int min = Integer.parseInt(m.group(3));
      try {
        if (ampm != null) {
          if (h > 12) {
            throw new DateTimeException("hour " + h + " with AM/PM");
          }
          boolean pm = ampm.equalsIgnoreCase("PM") || ampm.equals("午後") || ampm.equals("下午");
          h = h % 12 + (pm ? 12 : 0);
        }
        time = LocalTime.of(h, min);
      } catch (DateTimeException e) {
        context.problem(entry.path(), "line " + number, "problem.line.badTime");
        sender = null;
        return;
      }
      keep = context.isSender(sender);
      if (keep) {
        append("", first);
      }
    }

    private void append(String sep, String s) {
      if (!keep || cut) {
        return;
      }
      int room = MAX_MESSAGE_CHARS - text.length();
      if (sep.length() + s.length() > room) {
        text.append(sep).append(s, 0, Math.max(0, room - sep.length()));
        cut = true;
        context.problem(entry.path(), "line " + startLine, "problem.message.tooLong", MAX_MESSAGE_CHARS);
      } else {
        text.append(sep).append(s);
      }
    }

    /** Ends the message being read: keeps, skips or counts it. */
    void finish() {
      if (!open) {
        return;
      }
      open = false;
      if (system) {
        if (sender != null) {
          context.skip("system_message");
        }
        return;
      }
      if (sender == null) {
        return; // a bad time, reported
      }
      if (!keep) {
        context.other();
        return;
      }
      String body = text.toString();
      text.setLength(0);
      if (quoted && !inQuote) {
        body = body.replace("\"\"", "\"");
      } else if (quoted) {
        body = "\"" + body; // the quote never closed: it was part of the text
      }
      body = body.strip();
      if (PLACEHOLDERS.contains(body.toLowerCase(Locale.ROOT))) {
        context.skip("media_omitted");
        return;
      }
      if (body.startsWith("\u260e")) {
        context.skip("call");
        return;
      }
      if (body.isEmpty()) {
        context.skip("empty_message");
        return;
      }
      context.emit(CapturedPost.builder(Platform.LINE, PostKind.MESSAGE)
          .account(sender)
          .text(body)
          .createdAt(date.atTime(time).atZone(context.zone()).toInstant())
          .url(null)
          .source(new CapturedPost.Source(entry.path(), "line " + startLine, sha))
          .build());
    }
  }
}
