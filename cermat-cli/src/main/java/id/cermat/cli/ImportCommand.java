package id.cermat.cli;

import id.cermat.engine.PostKind;
import id.cermat.engine.Screener;
import id.cermat.engine.ScreeningContext;
import id.cermat.engine.ScreeningResult;
import id.cermat.importers.CapturedPost;
import id.cermat.importers.ExportImporter;
import id.cermat.importers.ExportSource;
import id.cermat.importers.ImportContext;
import id.cermat.importers.ImportException;
import id.cermat.importers.ImportMessages;
import id.cermat.importers.ImportProblem;
import id.cermat.importers.ImportSummary;
import id.cermat.importers.Importers;
import id.cermat.importers.Limits;
import id.cermat.importers.PostJson;
import id.cermat.importers.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cermat import}: reads a platform's data export and prints its posts as JSON Lines. */
@Command(
    name = "import",
    synopsisHeading = "Pemakaian / usage: ",
    parameterListHeading = "%nParameter:%n",
    optionListHeading = "%nOpsi / options:%n",
    description = {
      "Membaca berkas ekspor data platform (berkas, folder, atau zip) dan mencetak pos-posnya sebagai JSON Lines.",
      "Reads a platform's data export (file, folder or zip) and prints its posts as JSON Lines.",
      "Format: x, instagram, facebook, tiktok, telegram, whatsapp, line, messenger (dikenali otomatis).",
      "Status keluar / exit status: 0 terbaca utuh; 1 tidak dapat dibaca; 2 pemakaian salah;",
      "  3 sebagian berkas atau catatan tidak terbaca (yang lain tetap dicetak)."
    })
final class ImportCommand implements Callable<Integer> {

  /** How often the progress line is redrawn at most. */
  private static final long PROGRESS_EVERY_NANOS = 150_000_000L;

  @CommandLine.ParentCommand
  CermatCommand parent;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Bantuan ini. / This help.")
  boolean help;

  @Parameters(index = "0", paramLabel = "BERKAS",
      description = "Berkas, folder, atau zip ekspor. / The export file, folder or zip.")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Format ekspor bila tidak dikenali otomatis. / The export's format, when not recognised.")
  String format;

  @Option(names = "--sender", paramLabel = "NAMA",
      description = {"Untuk obrolan: hanya pesan pegawai ini yang disimpan (WhatsApp: \"Anda\"/\"You\" untuk",
          "pengekspor); pesan orang lain hanya dihitung. / For chats: only this employee's messages are kept."})
  String sender;

  @Option(names = "--zone", paramLabel = "ZONA",
      description = "Zona waktu untuk format tanpa zona (bawaan Asia/Jakarta, WIB). / Zone for times without one.")
  String zone = "Asia/Jakarta";

  @Option(names = "--screen",
      description = "Sertakan hasil penyaringan di \"screening\". / Add the screening result under \"screening\".")
  boolean screen;

  @Option(names = "--progress", paramLabel = "auto|always|never",
      description = "Bilah kemajuan di stderr: auto (bila terminal), always, never. / Progress bar on stderr.")
  String progress = "auto";

  private CliMessages m;

  @Override
  public Integer call() {
    Locale locale = parent.locale();
    m = new CliMessages(locale);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (DateTimeException e) {
      err.println(m.get("import.badZone", zone));
      return ScreenCommand.USAGE;
    }
    if (format != null && Importers.byFormat(format) == null) {
      err.println(m.get("import.badFormat", format, Importers.formats()));
      return ScreenCommand.USAGE;
    }
    Boolean showProgress = switch (progress.toLowerCase(Locale.ROOT)) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> stderrIsTerminal();
      default -> null;
    };
    if (showProgress == null) {
      err.println(m.get("import.badProgress", progress));
      return ScreenCommand.USAGE;
    }
    Screener screener = screen ? Screener.createDefault(locale) : null;
    ImportContext context = new ImportContext(zoneId, sender, post -> print(out, post, screener));
    Progress bar = showProgress ? new Progress(err) : null;
    ExportImporter importer;
    try {
      importer = Importers.run(file, format, Limits.DEFAULT, context, bar == null ? ProgressListener.NONE : bar);
    } catch (ImportException e) {
      out.flush();
      if (bar != null) {
        bar.clear();
      }
      if (Importers.NEED_SENDER.equals(e.key())) {
        err.println(m.get("import.needSender", e.message(m.locale())));
        return ScreenCommand.USAGE;
      }
      err.println(m.get("import.unreadable", e.message(m.locale())));
      return ScreenCommand.UNREADABLE;
    }
    out.flush();
    if (bar != null) {
      bar.clear();
    }
    ImportSummary summary = context.summary();
    summarise(err, importer, summary);
    return summary.complete() ? ScreenCommand.OK : ScreenCommand.INPUT_ERRORS;
  }

  /**
   * Whether stderr is a terminal, also when stdout goes to a file (the usual {@code cermat import x > posts.jsonl},
   * where {@code System.console()} is null): on Linux from what file descriptor 2 points to.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  private void print(PrintWriter out, CapturedPost post, Screener screener) {
    if (screener == null) {
      out.println(PostJson.line(post));
      return;
    }
    ScreeningResult result = screener.screen(post.text(), ScreeningContext.of(post.platform(), post.kind()));
    out.println(PostJson.line(post, g -> {
      g.writeObjectFieldStart("screening");
      ResultJson.fields(g, result);
      g.writeEndObject();
    }));
  }

  private void summarise(PrintWriter err, ExportImporter importer, ImportSummary s) {
    err.println(m.get("import.summary.head", file, importer == null ? "?" : importer.format()));
    err.println(m.get("import.summary.kept", s.keptTotal(), counts(s.kept())));
    long skipped = s.skipped().values().stream().mapToLong(Long::longValue).sum();
    err.println(m.get("import.summary.skipped", skipped, skipReasons(s.skipped())));
    if (s.others() > 0 || sender != null) {
      err.println(m.get("import.summary.others", s.others()));
    }
    err.println(m.get("import.summary.problems", s.problemCount()));
    for (ImportProblem p : s.problems()) {
      err.println(m.get("import.problem", p.message(m.locale())));
    }
    if (s.problemCount() > s.problems().size()) {
      err.println(m.get("import.moreProblems", s.problemCount() - s.problems().size()));
    }
  }

  private static String counts(Map<PostKind, Long> kept) {
    StringJoiner j = new StringJoiner(", ", " (", ")").setEmptyValue("");
    for (PostKind k : PostKind.values()) {
      Long n = kept.get(k);
      if (n != null) {
        j.add(k.name() + " " + n);
      }
    }
    return j.toString();
  }

  private String skipReasons(Map<String, Long> skipped) {
    StringJoiner j = new StringJoiner(", ", " (", ")").setEmptyValue("");
    skipped.forEach((reason, n) -> j.add(ImportMessages.skipReason(m.locale(), reason) + " " + n));
    return j.toString();
  }

  /** A one-line progress bar on stderr for the file being read. */
  private static final class Progress implements ProgressListener {
    private final PrintWriter err;
    private String name = "";
    private long size;
    private long read;
    private long last;
    private boolean drawn;

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void file(ExportSource.Entry entry) {
      name = entry.path();
      size = entry.size();
      read = 0;
      draw(true);
    }

    @Override
    public void bytes(long delta) {
      long before = read;
      read += delta;
      // the last bytes of a file always show, however soon they come
      draw(size > 0 && before < size && read >= size);
    }

    private void draw(boolean force) {
      long now = System.nanoTime();
      if (!force && now - last < PROGRESS_EVERY_NANOS) {
        return;
      }
      last = now;
      int pct = size > 0 ? (int) Math.min(100, read * 100 / size) : 0;
      int filled = pct / 5;
      String shown = name.length() > 40 ? "…" + name.substring(name.length() - 39) : name;
      err.print("\r[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + String.format(Locale.ROOT, "%3d%%",
          pct) + " " + shown + " " + String.format(Locale.ROOT, "%.1f/%.1f MB", read / 1e6, size / 1e6) + "   ");
      err.flush();
      drawn = true;
    }

    void clear() {
      if (drawn) {
        err.print("\r" + " ".repeat(90) + "\r");
        err.flush();
      }
    }
  }
}
