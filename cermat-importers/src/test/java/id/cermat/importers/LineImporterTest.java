package id.cermat.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LINE importer's day lines, quoting, skips and recognition. */
class LineImporterTest {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final String HEAD = "[LINE] Chat history with Ani\nSaved on: 2026/02/02 10:00\n\n";

  @TempDir
  Path temp;

  private Fixtures.Result run(String text, String sender) throws Exception {
    Path f = temp.resolve("chat.txt");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return Fixtures.run(f, null, sender, JAKARTA);
  }

  @Test
  void dayLinesOfEveryShape() {
    assertThat(LineDate.parse("2018/04/16(Mon)").date(false)).hasToString("2018-04-16");
    assertThat(LineDate.parse("2024/1/23(\u706b)").date(true)).hasToString("2024-01-23");
    assertThat(LineDate.parse("2017.09.02 Saturday").date(true)).hasToString("2017-09-02");
    assertThat(LineDate.parse("Fri, 1/30/2026").date(false)).hasToString("2026-01-30");
    LineDate id = LineDate.parse("Jumat, 30/01/2026");
    assertThat(id.indonesian()).isTrue();
    assertThat(id.date(true)).hasToString("2026-01-30");
    assertThat(LineDate.parse("Rapat, 1/2/2026")).isNull();
    assertThat(LineDate.parse("Saved on: 2018/04/20 21:05")).isNull();
    assertThat(LineDate.parse("2017.09.05 10:00")).isNull();
  }

  @Test
  void ambiguousDayLinesFollowTheLanguage() throws Exception {
    assertThat(run(HEAD + "Mon, 2/3/2026\n10:00\tAni\thalo\n", "Ani").posts().get(0).createdAt())
        .isEqualTo(Instant.parse("2026-02-03T03:00:00Z"));
    assertThat(run(HEAD + "Sen, 2/3/2026\n10:00\tAni\thalo\n", "Ani").posts().get(0).createdAt())
        .isEqualTo(Instant.parse("2026-03-02T03:00:00Z"));
  }

  @Test
  void quotedMessagesWithoutAnEndAreNotAllowedToSwallowTheChat() throws Exception {
    Fixtures.Result r = run(HEAD + "2026/02/02(Mon)\n10:00\tAni\t\"Kutipan\" kata beliau\n10:01\tAni\t\"awal\n"
        + "tanpa akhir\n10:02\tAni\tberikutnya\n", "Ani");
    assertThat(r.posts()).extracting(CapturedPost::text)
        .containsExactly("\"Kutipan\" kata beliau", "\"awal\ntanpa akhir", "berikutnya");
  }

  @Test
  void skipsAreCountedByReason() throws Exception {
    Fixtures.Result r = Fixtures.run(Fixtures.ROOT.resolve("line/en-private/input/[LINE] Chat with Siti Rahma.txt"),
        null, "Budi Santoso", JAKARTA);
    assertThat(r.summary().skipped()).isEqualTo(Map.of("system_message", 1L, "media_omitted", 2L, "call", 1L));
  }

  @Test
  void aMessageBeforeAnyDayIsReported() throws Exception {
    Fixtures.Result r = run(HEAD + "10:00\tAni\thalo\n2026/02/02(Mon)\n10:01\tAni\tlagi\n", "Ani");
    assertThat(r.posts()).extracting(CapturedPost::text).containsExactly("lagi");
    assertThat(r.summary().problems()).extracting(ImportProblem::position).containsExactly("line 4");
  }

  @Test
  void otherFormatsAreNotClaimed() throws Exception {
    LineImporter l = new LineImporter();
    for (String p : new String[] {"whatsapp/android-id/input/Chat WhatsApp dengan Grup K3 Dinas.txt",
        "whatsapp/ios-en-12h/input/_chat.txt"}) {
      try (ExportSource s = ExportSource.open(Fixtures.ROOT.resolve(p), Limits.DEFAULT)) {
        assertThat(l.detect(s)).as(p).isZero();
      }
    }
    Path notes = temp.resolve("notes.txt");
    Files.writeString(notes, "2026/02/02(Mon)\n10:00\tAni\thalo\n");
    try (ExportSource s = ExportSource.open(notes, Limits.DEFAULT)) {
      assertThat(l.detect(s)).isZero();
    }
    assertThatThrownBy(() -> Fixtures.run(notes, "line", "Ani", JAKARTA))
        .isInstanceOf(ImportException.class).hasMessageContaining("[LINE]");
  }
}
