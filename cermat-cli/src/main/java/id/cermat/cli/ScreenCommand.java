package id.cermat.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import id.cermat.engine.Platform;
import id.cermat.engine.PostKind;
import id.cermat.engine.Screener;
import id.cermat.engine.ScreeningContext;
import id.cermat.engine.ScreeningResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cermat screen}: screens one text, one post per line of standard input, or a JSON Lines file. */
@Command(
    name = "screen",
    synopsisHeading = "Pemakaian / usage: ",
    parameterListHeading = "%nParameter:%n",
    optionListHeading = "%nOpsi / options:%n",
    description = {
      "Menyaring teks: satu teks, satu pos per baris dari stdin (-), atau berkas JSON Lines (--jsonl).",
      "Screens a text, one post per line of stdin (-), or a JSON Lines file (--jsonl).",
      "Keluaran: JSON Lines, satu objek per pos; hanya kategori yang tidak Aman yang dicantumkan.",
      "Status keluar / exit status: 0 semua tersaring; 1 berkas tak terbaca; 2 pemakaian salah;",
      "  3 ada baris masukan yang rusak (tanpa --strict baris lain tetap disaring)."
    })
final class ScreenCommand implements Callable<Integer> {

  static final int OK = 0;
  static final int UNREADABLE = 1;
  static final int USAGE = 2;
  static final int INPUT_ERRORS = 3;
  static final int MAX_LINE_BYTES = 1024 * 1024;

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  @CommandLine.ParentCommand
  CermatCommand parent;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Bantuan ini. / This help.")
  boolean help;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TEKS",
      description = "Teks yang disaring, atau - untuk satu pos per baris dari stdin. / The text, or - for stdin.")
  String text;

  @Option(names = "--jsonl", paramLabel = "FILE",
      description = "Berkas JSON Lines berisi objek {\"id\", \"text\"} (platform dan kind opsional); - untuk stdin.")
  String jsonl;

  @Option(names = "--explain",
      description = "Tabel yang mudah dibaca dengan bagian teks yang ditandai. / A readable table.")
  boolean explain;

  @Option(names = "--strict",
      description = "Berhenti pada galat masukan pertama (status 3). / Stop at the first input error.")
  boolean strict;

  @Option(names = "--platform", paramLabel = "PLATFORM",
      description = "Platform bawaan: ${COMPLETION-CANDIDATES}. / Default platform.")
  Platform platform = Platform.OTHER;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Jenis bawaan: ${COMPLETION-CANDIDATES}. / Default kind.")
  PostKind kind = PostKind.POST;

  private CliMessages m;
  private PrintWriter out;
  private PrintWriter err;
  private Screener screener;
  private Explainer explainer;
  private long screened;
  private long failed;

  @Override
  public Integer call() throws IOException {
    Locale locale = parent.locale();
    m = new CliMessages(locale);
    out = spec.commandLine().getOut();
    err = spec.commandLine().getErr();
    if ((text == null) == (jsonl == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), m.get("screen.usage"));
    }
    screener = Screener.createDefault(locale);
    explainer = new Explainer(m, screener.catalog());
    ScreeningContext context = ScreeningContext.of(platform, kind);
    int code;
    if (jsonl != null) {
      code = jsonl.equals("-") ? readJsonl(parent.stdin(), "stdin", context) : readJsonlFile(Path.of(jsonl), context);
    } else if (text.equals("-")) {
      code = readLines(parent.stdin(), context);
    } else {
      code = screenOne(new IntNode(1), text, context, "1") ? OK : INPUT_ERRORS;
    }
    out.flush();
    if (failed > 0) {
      err.println(m.get("summary", screened, failed));
    }
    err.flush();
    return code;
  }

  private int readJsonlFile(Path file, ScreeningContext context) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readJsonl(in, file.toString(), context);
    } catch (NoSuchFileException e) {
      err.println(m.get("error.noFile", file));
      return UNREADABLE;
    } catch (IOException e) {
      err.println(m.get("error.io", file, e.getMessage()));
      return UNREADABLE;
    }
  }

  private int readLines(InputStream in, ScreeningContext context) throws IOException {
    LineReader reader = new LineReader(in, MAX_LINE_BYTES);
    for (LineReader.Line line; (line = reader.next()) != null; ) {
      if (!line.ok()) {
        if (problem("stdin", line.number(), m.get(line.problemKey(), line.problemArgs()))) {
          return INPUT_ERRORS;
        }
        continue;
      }
      if (line.text().isBlank()) {
        continue;
      }
      if (!screenOne(new LongNode(line.number()), line.text(), context, "stdin:" + line.number())
          && strict) {
        return INPUT_ERRORS;
      }
      out.flush();
    }
    return failed > 0 ? INPUT_ERRORS : OK;
  }

  private int readJsonl(InputStream in, String name, ScreeningContext defaults) throws IOException {
    LineReader reader = new LineReader(in, MAX_LINE_BYTES);
    for (LineReader.Line line; (line = reader.next()) != null; ) {
      if (!line.ok()) {
        if (problem(name, line.number(), m.get(line.problemKey(), line.problemArgs()))) {
          return INPUT_ERRORS;
        }
        continue;
      }
      if (line.text().isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line.text());
      } catch (JsonProcessingException e) {
        long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        if (problem(name, line.number(), m.get("error.json", column))) {
          return INPUT_ERRORS;
        }
        continue;
      }
      String problem = null;
      JsonNode t = node.get("text");
      if (!node.isObject()) {
        problem = m.get("error.notObject");
      } else if (t == null || t.isNull()) {
        problem = m.get("error.noText");
      } else if (!t.isTextual()) {
        problem = m.get("error.textType");
      }
      ScreeningContext context = defaults;
      if (problem == null) {
        try {
          context = context(node, defaults);
        } catch (IllegalArgumentException e) {
          problem = e.getMessage();
        }
      }
      if (problem != null) {
        if (problem(name, line.number(), problem)) {
          return INPUT_ERRORS;
        }
        continue;
      }
      JsonNode id = node.has("id") ? node.get("id") : new LongNode(line.number());
      if (!screenOne(id, t.asText(), context, name + ":" + line.number()) && strict) {
        return INPUT_ERRORS;
      }
    }
    return failed > 0 ? INPUT_ERRORS : OK;
  }

  private ScreeningContext context(JsonNode node, ScreeningContext defaults) {
    Platform p = defaults.platform();
    PostKind k = defaults.kind();
    JsonNode pn = node.get("platform");
    if (pn != null && !pn.isNull()) {
      String v = pn.asText().trim().toUpperCase(Locale.ROOT);
      if (v.equals("TWITTER")) {
        v = "X";
      }
      try {
        p = Platform.valueOf(v);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(m.get("error.platform", pn.asText()));
      }
    }
    JsonNode kn = node.get("kind");
    if (kn != null && !kn.isNull()) {
      try {
        k = PostKind.valueOf(kn.asText().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(m.get("error.kind", kn.asText()));
      }
    }
    return ScreeningContext.of(p, k);
  }

  /** Screens and prints one post; false when the text cannot be screened (too long). */
  private boolean screenOne(JsonNode id, String postText, ScreeningContext context, String where)
      throws IOException {
    if (postText.length() > Screener.MAX_TEXT_LENGTH) {
      failed++;
      err.println(m.get("error.at", where, m.get("error.textTooLong", postText.length(),
          Screener.MAX_TEXT_LENGTH)));
      return false;
    }
    ScreeningResult result = screener.screen(postText, context);
    screened++;
    if (explain) {
      explainer.print(out, "#" + (id.isTextual() ? id.asText() : id.toString()), postText, result);
    } else {
      out.println(ResultJson.write(id, result));
    }
    return true;
  }

  /** Reports a bad line; true when --strict says to stop. */
  private boolean problem(String name, long line, String message) {
    failed++;
    err.println(m.get("error.line", name, line, message));
    return strict;
  }
}
