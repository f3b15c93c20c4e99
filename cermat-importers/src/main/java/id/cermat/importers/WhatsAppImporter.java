package id.cermat.importers;

import id.cermat.engine.Platform;
import id.cermat.engine.PostKind;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads WhatsApp's "Export chat": the chat as a {@code .txt} ({@code WhatsApp Chat with X.txt},
 * {@code Chat WhatsApp dengan X.txt}) or a zip holding {@code _chat.txt} and the media, from Android and iOS, in
 * English and Indonesian, with 12- or 24-hour times. Only the messages of the employee named as sender are kept;
 * system messages, deleted messages and placeholders of media left out of the export are skipped.
 *
 * <p>Each file is read twice, as a stream: once to learn whether its dates are day/month or month/day (see
 * {@code docs/importers/whatsapp.md}), once to read the messages, holding one message at a time.
 */
public final class WhatsAppImporter implements ExportImporter {

  /** A message longer than this is cut here and reported. */
  static final int MAX_MESSAGE_CHARS = 65_536;

  /** Files probed by content when none has a WhatsApp name. */
  private static final int MAX_PROBES = 50;

  private static final Pattern ATTACHED_ANDROID = Pattern.compile(
      "^(.+?)\\s+\\((?:file attached|file terlampir)\\)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTACHED_IOS = Pattern.compile(
      "<(?:attached|terlampir):\\s*([^<>\\n]+?)\\s*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern OMITTED = Pattern.compile(
      "^(?:<media omitted>|<media tidak disertakan>|<media dihilangkan>"
          + "|(?:.*\\s)?(?:image|video|audio|sticker|gif|document|contact card|gambar|stiker|dokumen|kartu kontak)"
          + "\\s+(?:omitted|tidak disertakan|dihilangkan))$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DELETED = Pattern.compile(
      "^(?:this message was deleted|you deleted this message|pesan ini (?:telah )?dihapus"
          + "|anda menghapus pesan ini)\\.?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EDITED = Pattern.compile(
      "\\s*<(?:this message was edited|pesan ini diedit|pesan ini telah diedit)>\\s*$", Pattern.CASE_INSENSITIVE);
  /** Words of Indonesian system messages (WhatsApp's own wording, not what people write). */
  private static final Pattern INDONESIAN_SYSTEM = Pattern.compile(
      "\\b(?:terenkripsi|menambahkan|mengeluarkan|membuat grup|bergabung|keluar|mengubah|dihapus|anda)\\b",
      Pattern.CASE_INSENSITIVE);
  /** WhatsApp's Indonesian placeholders, which only an Indonesian interface writes into messages. */
  private static final String[] INDONESIAN_PLACEHOLDERS = {
      "tidak disertakan", "(file terlampir)", "<terlampir:", "pesan ini dihapus", "pesan ini telah dihapus",
      "anda menghapus pesan ini", "<pesan ini diedit>"};

  @Override
  public String format() {
    return "whatsapp";
  }

  @Override
  public Platform platform() {
    return Platform.WHATSAPP;
  }

  @Override
  public boolean chat() {
    return true;
  }

  /** Whether {@code fileName} (lower-cased) is one WhatsApp gives its chat files. */
  static boolean chatName(String fileName) {
    return fileName.equals("_chat.txt")
        || (fileName.startsWith("whatsapp chat with ") && fileName.endsWith(".txt"))
        || (fileName.startsWith("chat whatsapp dengan ") && fileName.endsWith(".txt"));
  }

  @Override
  public int detect(ExportSource source) throws ImportException {
    int best = 0;
    int probes = 0;
    for (ExportSource.Entry e : source.entries()) {
      String n = e.fileName().toLowerCase(Locale.ROOT);
      if (!n.endsWith(".txt")) {
        continue;
      }
      boolean named = chatName(n);
      if (!named && ++probes > MAX_PROBES) {
        continue;
      }
      if (startsLikeChat(source.head(e, 4096))) {
        best = Math.max(best, named ? 95 : 60);
      }
    }
    return best;
  }

  /** Whether the first non-blank line of {@code head} is a WhatsApp message or system line. */
  static boolean startsLikeChat(byte[] head) {
    String text = Lines.headText(head);
    for (String line : text.split("\r\n|\r|\n", 8)) {
      String c = WhatsAppStamp.clean(line).strip();
      if (!c.isEmpty()) {
        WhatsAppStamp s = WhatsAppStamp.parse(c);
        return s != null && (s.ios() || !s.rest().isEmpty());
      }
    }
    return false;
  }

  @Override
  public void read(ExportSource source, ImportContext context) throws ImportException {
    List<ExportSource.Entry> files = new ArrayList<>();
    for (ExportSource.Entry e : source.entries()) {
      if (chatName(e.fileName().toLowerCase(Locale.ROOT))) {
        files.add(e);
      }
    }
    if (files.isEmpty()) {
      files = source.probe(".txt", MAX_PROBES, context, (n, head) -> startsLikeChat(head));
    }
    if (files.isEmpty()) {
      throw new ImportException(source.name(), null, "error.noFiles.whatsapp");
    }
    context.eachFile(files, e -> readFile(source, e, context));
  }

  private void readFile(ExportSource source, ExportSource.Entry entry, ImportContext context)
      throws ImportException {
    WhatsAppStamp.Order order = order(source, entry, context);
    if (order == null) {
      return;
    }
    String sha = source.sha256(entry);
    String folder = entry.name().contains("/") ? entry.name().substring(0, entry.name().lastIndexOf('/') + 1) : "";
    Reader r = new Reader(entry, sha, folder, order, context);
    Lines.forEach(source, entry, context, r::line);
    r.finish();
    if (r.before > 0) {
      context.problem(entry.path(), "line 1", "problem.whatsapp.beforeFirst", r.before);
    }
  }

  /**
   * The day/month order of the file's dates: from a date whose first or second field is above 12, else D/M
   * unless the export uses 12-hour times and shows no Indonesian; null when the file cannot be read.
   */
  private static WhatsAppStamp.Order order(ExportSource source, ExportSource.Entry entry, ImportContext context)
      throws ImportException {
    boolean firstOver = false;
    boolean secondOver = false;
    boolean meridiem = false;
    boolean indonesian = entry.fileName().toLowerCase(Locale.ROOT).startsWith("chat whatsapp dengan ");
    int conflictLine = 0;
    try (Lines lines = Lines.open(source, entry)) {
      String line;
      while ((line = lines.next()) != null) {
        WhatsAppStamp s = WhatsAppStamp.parse(WhatsAppStamp.clean(line));
        if (s == null) {
          continue;
        }
        if (!s.yearFirst()) {
          boolean f = s.a() > 12;
          boolean g = s.b() > 12;
          if ((f && secondOver || g && firstOver) && conflictLine == 0) {
            conflictLine = lines.number();
          }
          firstOver |= f;
          secondOver |= g;
        }
        meridiem |= s.meridiem() != 0;
        if (!indonesian) {
          indonesian = s.dotTime() || indonesian(s.rest());
        }
      }
    } catch (IOException e) {
      context.problem(entry.path(), null, "problem.file.unreadable", ExportSource.detail(e));
      return null;
    }
    if (conflictLine > 0) {
      context.problem(entry.path(), "line " + conflictLine, "problem.whatsapp.mixedOrder");
      return WhatsAppStamp.Order.DAY_MONTH;
    }
    if (firstOver) {
      return WhatsAppStamp.Order.DAY_MONTH;
    }
    if (secondOver) {
      return WhatsAppStamp.Order.MONTH_DAY;
    }
    return meridiem && !indonesian ? WhatsAppStamp.Order.MONTH_DAY : WhatsAppStamp.Order.DAY_MONTH;
  }

  /**
   * Whether the rest of a timestamp line shows WhatsApp's Indonesian interface: a system message in Indonesian,
   * the sender "Anda", or an Indonesian placeholder. What people write is not looked at: an English interface
   * (with its own date order) is often used to write Indonesian.
   */
  static boolean indonesian(String rest) {
    String l = rest.length() > 300 ? rest.substring(0, 300) : rest;
    int colon = l.indexOf(": ");
    if (colon < 0 || l.startsWith("\u200e", colon + 2)) {
      return INDONESIAN_SYSTEM.matcher(l).find();
    }
    if (WhatsAppStamp.strip(l.substring(0, colon)).strip().equalsIgnoreCase("anda")) {
      return true;
    }
    String text = WhatsAppStamp.strip(l.substring(colon + 2)).strip().toLowerCase(Locale.ROOT);
    boolean placeholder = OMITTED.matcher(text).matches() || DELETED.matcher(text).matches()
        || ATTACHED_ANDROID.matcher(text).matches() || ATTACHED_IOS.matcher(text).find()
        || EDITED.matcher(text).find();
    if (!placeholder) {
      return false;
    }
    for (String p : INDONESIAN_PLACEHOLDERS) {
      if (text.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** Reads the lines of one file, holding the message being read. */
  private final class Reader {
    private final ExportSource.Entry entry;
    private final String sha;
    private final String folder;
    private final WhatsAppStamp.Order order;
    private final ImportContext context;
    int before;
    private boolean started;
    // the message being read
    private int startLine;
    private Instant time;
    private String sender;
    private boolean keep;
    private boolean system;
    private boolean dropped;
    private boolean cut;
    private final StringBuilder text = new StringBuilder();

    Reader(ExportSource.Entry entry, String sha, String folder, WhatsAppStamp.Order order, ImportContext context) {
      this.entry = entry;
      this.sha = sha;
      this.folder = folder;
      this.order = order;
      this.context = context;
    }

    void line(String raw, int number) {
      String line = WhatsAppStamp.clean(raw);
      WhatsAppStamp s = WhatsAppStamp.parse(line);
      if (s == null) {
        if (!started) {
          if (!line.isBlank()) {
            before++;
          }
        } else if (keep) {
          append("\n");
          append(line);
        }
        return;
      }
      finish();
      started = true;
      startLine = number;
      text.setLength(0);
      cut = false;
      dropped = false;
      keep = false;
      system = false;
      sender = null;
      try {
        time = s.time(order).atZone(context.zone()).toInstant();
      } catch (DateTimeException e) {
        dropped = true;
        context.problem(entry.path(), "line " + number, "problem.whatsapp.badStamp");
        return;
      }
      String rest = s.rest();
      int colon = rest.indexOf(": ");
      if (colon < 0 && rest.endsWith(":")) {
        colon = rest.length() - 1;
      }
      if (colon <= 0 || colon > 200) {
        system = true;
        return;
      }
      sender = WhatsAppStamp.strip(rest.substring(0, colon)).strip();
      String first = rest.substring(Math.min(rest.length(), colon + 2));
      if (sender.isEmpty()) {
        system = true;
        return;
      }
      if (s.ios() && first.startsWith("\u200e") && !placeholder(WhatsAppStamp.strip(first).strip())) {
        // iOS writes system messages as if sent by the chat, the text behind a left-to-right mark
        system = true;
        return;
      }
      keep = context.isSender(sender);
      if (keep) {
        append(first);
      }
    }

    private boolean placeholder(String first) {
      return ATTACHED_IOS.matcher(first).find() || ATTACHED_ANDROID.matcher(first).matches()
          || OMITTED.matcher(first).matches() || DELETED.matcher(first).matches() || EDITED.matcher(first).find();
    }

    private void append(String s) {
      if (cut) {
        return;
      }
      int room = MAX_MESSAGE_CHARS - text.length();
      if (s.length() > room) {
        text.append(s, 0, room);
        cut = true;
        context.problem(entry.path(), "line " + startLine, "problem.message.tooLong", MAX_MESSAGE_CHARS);
      } else {
        text.append(s);
      }
    }

    /** Ends the message being read: keeps, skips or counts it. */
    void finish() {
      if (!started || dropped) {
        dropped = true;
        return;
      }
      dropped = true; // finished once
      if (system) {
        context.skip("system_message");
        return;
      }
      if (!keep) {
        context.other();
        return;
      }
      String body = WhatsAppStamp.strip(text.toString());
      text.setLength(0);
      Matcher edited = EDITED.matcher(body);
      if (edited.find()) {
        body = body.substring(0, edited.start());
      }
      List<String> media = new ArrayList<>();
      Matcher ios = ATTACHED_IOS.matcher(body);
      if (ios.find()) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        do {
          media.add(folder + ios.group(1));
          b.append(body, at, ios.start());
          at = ios.end();
        } while (ios.find());
        body = b.append(body, at, body.length()).toString();
      }
      int nl = body.indexOf('\n');
      String firstLine = (nl < 0 ? body : body.substring(0, nl)).strip();
      String others = nl < 0 ? "" : body.substring(nl + 1);
      Matcher android = ATTACHED_ANDROID.matcher(firstLine);
      boolean omitted = false;
      if (android.matches()) {
        media.add(folder + android.group(1).strip());
        body = others;
      } else if (OMITTED.matcher(firstLine).matches()) {
        omitted = true;
        body = others;
      }
      body = body.strip();
      if (media.isEmpty() && DELETED.matcher(body).matches()) {
        context.skip("deleted_message");
        return;
      }
      if (body.isEmpty() && media.isEmpty()) {
        context.skip(omitted ? "media_omitted" : "empty_message");
        return;
      }
      context.emit(CapturedPost.builder(Platform.WHATSAPP, PostKind.MESSAGE)
          .account(sender)
          .text(body)
          .createdAt(time)
          .url(null)
          .media(media)
          .source(new CapturedPost.Source(entry.path(), "line " + startLine, sha))
          .build());
    }
  }
}
