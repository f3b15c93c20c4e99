package id.cermat.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The importers' message bundles: the same keys in both languages, every key the sources use, renderings. */
class ImportMessagesTest {

  private static final Locale ID = Locale.forLanguageTag("id");
  private static final Path SOURCES = Path.of("src/main/java/id/cermat/importers");
  private static final Pattern KEY = Pattern.compile("\"((?:problem|error|skip|position)\\.[a-zA-Z0-9_.]+)\"");
  private static final Pattern SKIP = Pattern.compile("skip\\((?:[^;]*?)\"([a-z0-9_]+)\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ImportMessages.class.getResourceAsStream(name);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static Properties indonesian() throws IOException {
    return load("messages.properties");
  }

  private static Properties english() throws IOException {
    return load("messages_en.properties");
  }

  private static String sources() throws IOException {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        b.append(Files.readString(f)).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void bothBundlesHoldTheSameKeys() throws IOException {
    assertThat(indonesian().stringPropertyNames()).isEqualTo(english().stringPropertyNames());
    assertThat(indonesian()).isNotEmpty();
  }

  @Test
  void everyKeyTheSourcesUseIsInBothBundles() throws IOException {
    String src = sources();
    Set<String> used = new TreeSet<>();
    Matcher m = KEY.matcher(src);
    while (m.find()) {
      used.add(m.group(1));
    }
    // skip reasons are identifiers; their messages are skip.<id>
    Matcher s = SKIP.matcher(src);
    while (s.find()) {
      used.add("skip." + s.group(1));
    }
    Matcher skipped = Pattern.compile("\"(media_omitted|empty_message)\"").matcher(src);
    while (skipped.find()) {
      used.add("skip." + skipped.group(1));
    }
    assertThat(used).hasSizeGreaterThan(50).contains("position.line", "skip.system_message", "problem.json.invalid");
    assertThat(indonesian().stringPropertyNames()).containsAll(used);
    assertThat(english().stringPropertyNames()).containsAll(used);
  }

  @Test
  void everySkipReasonIsASnakeCaseIdentifierWithMessages() throws IOException {
    Matcher s = Pattern.compile("\\.skip\\(([^;]*)\\);").matcher(sources());
    Pattern literal = Pattern.compile("\"([^\"]*)\"");
    int n = 0;
    while (s.find()) {
      Matcher l = literal.matcher(s.group(1));
      while (l.find()) {
        n++;
        assertThat(l.group(1)).matches("[a-z][a-z0-9_]*");
        assertThat(indonesian().getProperty("skip." + l.group(1))).isNotBlank();
        assertThat(english().getProperty("skip." + l.group(1))).isNotBlank();
      }
    }
    assertThat(n).isGreaterThan(10);
  }

  @Test
  void placeholdersAreTheSameInBothLanguages() throws IOException {
    Properties id = indonesian();
    Properties en = english();
    for (String key : en.stringPropertyNames()) {
      assertThat(placeholders(id.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
    }
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern == null ? "" : pattern);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void messagesAreRenderedInBothLanguagesWithTheirArguments() {
    assertThat(ImportMessages.get(Locale.ENGLISH, "problem.json.invalid", "Unexpected character"))
        .isEqualTo("is not valid JSON: Unexpected character");
    assertThat(ImportMessages.get(ID, "problem.json.invalid", "Unexpected character"))
        .isEqualTo("bukan JSON yang sah: Unexpected character");
    assertThat(ImportMessages.get(Locale.ENGLISH, "problem.x.badTime", "tweet 1", "created_at", "nope"))
        .isEqualTo("tweet 1: created_at 'nope' is not a time: kept without a time");
    assertThat(ImportMessages.get(ID, "error.noFiles.tiktok", "a.json", "b.json"))
        .isEqualTo("tidak memuat ekspor TikTok: tidak ditemukan a.json ataupun b.json");
    // any other language is Indonesian; numbers are not formatted
    assertThat(ImportMessages.get(Locale.FRENCH, "error.source.tooManyFiles", 100000))
        .isEqualTo("memuat lebih dari 100000 berkas");
    // a nested message is translated too; an argument is never read as a pattern
    ImportMessages.Text missing = ImportMessages.Text.of("problem.detail.noSuchFile");
    assertThat(ImportMessages.get(ID, "problem.file.unreadable", missing)).isEqualTo("tidak dapat dibaca: berkas tidak ada");
    assertThat(ImportMessages.get(Locale.ENGLISH, "problem.file.unreadable", missing))
        .isEqualTo("cannot be read: no such file");
    assertThat(ImportMessages.get(Locale.ENGLISH, "problem.x.badTime", "{1}", "f", "v"))
        .isEqualTo("{1}: f 'v' is not a time: kept without a time");
    assertThat(ImportMessages.get(Locale.ENGLISH, "problem.file.unreadable", (Object) null))
        .isEqualTo("cannot be read: null");
    assertThat(ImportMessages.skipReason(ID, "system_message")).isEqualTo("pesan sistem");
    assertThat(ImportMessages.skipReason(Locale.ENGLISH, "system_message")).isEqualTo("system message");
    assertThat(ImportMessages.skipReason(ID, "no_such_reason")).isEqualTo("no_such_reason");
    assertThat(ImportMessages.position(ID, "line 12")).isEqualTo("baris 12");
    assertThat(ImportMessages.position(Locale.ENGLISH, "line ?")).isEqualTo("line ?");
  }

  @Test
  void problemsAndExceptionsSpeakBothLanguagesAndKeepTheirPositionInEnglish() {
    ImportContext context = new ImportContext(ZoneOffset.UTC, null, p -> { });
    context.problem("chat.txt", "line 12", "problem.lines.cut", 3);
    ImportProblem p = context.summary().problems().get(0);
    assertThat(p.position()).isEqualTo("line 12");
    assertThat(p.key()).isEqualTo("problem.lines.cut");
    assertThat(p.args()).containsExactly(3);
    assertThat(p.reason()).isEqualTo("3 line(s) too long: cut");
    assertThat(p.message(ID)).isEqualTo("chat.txt: baris 12: 3 baris terlalu panjang: dipotong");
    assertThat(p).hasToString("chat.txt: line 12: 3 line(s) too long: cut");

    ImportException e = new ImportException("x.zip", null, "error.source.tooManyFiles", 5);
    assertThat(e.getMessage()).isEqualTo("x.zip: holds more than 5 files");
    assertThat(e.message(ID)).isEqualTo("x.zip: memuat lebih dari 5 berkas");
    assertThat(e.reason()).isEqualTo("holds more than 5 files");
    context.problem("y.zip", null, e);
    assertThat(context.summary().problems().get(1).message(ID)).isEqualTo("y.zip: memuat lebih dari 5 berkas");
    assertThat(ImportProblem.of(null, null, "problem.failed", (Object) null).args()).containsExactly((Object) null);
  }

  @Test
  void bundlesAreReadAsUtf8AndHaveNoMessageFormatQuoting() throws IOException {
    for (Map.Entry<Object, Object> e : indonesian().entrySet()) {
      assertThat((String) e.getValue()).as((String) e.getKey()).doesNotContain("''").doesNotContain("\uFFFD");
    }
    for (Map.Entry<Object, Object> e : english().entrySet()) {
      assertThat((String) e.getValue()).as((String) e.getKey()).doesNotContain("''");
    }
  }
}
