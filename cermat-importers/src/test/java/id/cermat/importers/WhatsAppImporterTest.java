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

/** The WhatsApp importer's date-order inference, skips, limits and recognition. */
class WhatsAppImporterTest {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @TempDir
  Path temp;

  private Fixtures.Result run(String name, String text, String sender) throws Exception {
    Path f = temp.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return Fixtures.run(f, "whatsapp", sender, JAKARTA);
  }

  @Test
  void stampsOfEveryShapeAreRecognised() {
    WhatsAppStamp a = WhatsAppStamp.parse("04/02/22 10.15 - Nama: pesan");
    assertThat(a).isNotNull();
    assertThat(a.dotTime()).isTrue();
    assertThat(a.ios()).isFalse();
    assertThat(a.rest()).isEqualTo("Nama: pesan");
    WhatsAppStamp b = WhatsAppStamp.parse(WhatsAppStamp.clean("[8/16/26, 2:10:50\u202fPM] Nama: x"));
    assertThat(b.meridiem()).isEqualTo('P');
    assertThat(b.second()).isEqualTo(50);
    assertThat(b.time(WhatsAppStamp.Order.MONTH_DAY)).hasToString("2026-08-16T14:10:50");
    WhatsAppStamp c = WhatsAppStamp.parse("2022-02-04 10:15 - Nama: x");
    assertThat(c.yearFirst()).isTrue();
    assertThat(c.time(WhatsAppStamp.Order.MONTH_DAY)).hasToString("2022-02-04T10:15");
    assertThat(WhatsAppStamp.parse("12.5.2022, 0:05 - Nama: x").time(WhatsAppStamp.Order.DAY_MONTH))
        .hasToString("2022-05-12T00:05");
    assertThat(WhatsAppStamp.parse("[12/5/22, 12:00:00 AM] Nama: x").time(WhatsAppStamp.Order.DAY_MONTH))
        .hasToString("2022-05-12T00:00");
    assertThat(WhatsAppStamp.parse("laporan 2022 sudah")).isNull();
    assertThat(WhatsAppStamp.parse("1/2/3 10:00 - x")).isNull();
  }

  @Test
  void ambiguousDatesFollowTheWordingAndClock() throws Exception {
    // 24-hour English: day/month
    assertThat(run("a.txt", "02/03/26, 10:00 - Ani: halo\n", "Ani").posts().get(0).createdAt())
        .isEqualTo(Instant.parse("2026-03-02T03:00:00Z"));
    // 12-hour English: month/day
    assertThat(run("b.txt", "02/03/26, 10:00 AM - Ani: halo\n", "Ani").posts().get(0).createdAt())
        .isEqualTo(Instant.parse("2026-02-03T03:00:00Z"));
    // 12-hour but Indonesian wording: day/month
    assertThat(run("c.txt", "02/03/26, 10:00 AM - Ani: halo\n02/03/26, 10:01 AM - Ani: <Media tidak disertakan>\n",
        "Ani").posts().get(0).createdAt()).isEqualTo(Instant.parse("2026-03-02T03:00:00Z"));
    // a later date decides for the whole file
    assertThat(run("d.txt", "02/03/26, 10:00 AM - Ani: halo\n02/13/26, 10:00 AM - Ani: lagi\n", "Ani").posts()
        .get(0).createdAt()).isEqualTo(Instant.parse("2026-02-03T03:00:00Z"));
    assertThat(run("e.txt", "02/03/26, 10:00 AM - Ani: halo\n13/03/26, 10:00 AM - Ani: lagi\n", "Ani").posts()
        .get(0).createdAt()).isEqualTo(Instant.parse("2026-03-02T03:00:00Z"));
  }

  @Test
  void whatPeopleWriteDoesNotDecideTheInterfaceLanguage() throws Exception {
    // an English 12-hour interface used to write Indonesian: still month/day
    Fixtures.Result r = run("i.txt", "02/03/26, 10:00 AM - Amanda: file sudah dihapus, anda cek lagi\n"
        + "02/03/26, 10:05 AM - Ani: Baik, tidak disertakan di laporan\n", "Ani");
    assertThat(r.posts().get(0).createdAt()).isEqualTo(Instant.parse("2026-02-03T03:05:00Z"));
    assertThat(WhatsAppImporter.indonesian("Budi menambahkan Andi")).isTrue();
    assertThat(WhatsAppImporter.indonesian("Grup: \u200eAnda membuat grup \"X\"")).isTrue();
    assertThat(WhatsAppImporter.indonesian("Anda: halo")).isTrue();
    assertThat(WhatsAppImporter.indonesian("Amanda joined using this group's invite link")).isFalse();
  }

  @Test
  void conflictingDateOrdersAreReported() throws Exception {
    Fixtures.Result r = run("f.txt", "13/03/26, 10:00 - Ani: a\n03/13/26, 10:00 - Ani: b\n", "Ani");
    assertThat(r.summary().problemCount()).isEqualTo(2); // the conflict, then 13th month
    assertThat(r.posts()).hasSize(1);
  }

  @Test
  void skipsAreCountedByReason() throws Exception {
    Fixtures.Result r = Fixtures.run(Fixtures.ROOT.resolve("whatsapp/android-id/input/Chat WhatsApp dengan Grup K3 Dinas.txt"),
        null, "Budi Santoso", JAKARTA);
    assertThat(r.summary().skipped()).isEqualTo(Map.of("system_message", 3L, "media_omitted", 1L,
        "deleted_message", 1L));
    Fixtures.Result ios = Fixtures.run(Fixtures.ROOT.resolve("whatsapp/ios-en-12h/input/_chat.txt"), "whatsapp",
        "Hendra Wijaya", JAKARTA);
    assertThat(ios.summary().skipped()).isEqualTo(Map.of("system_message", 1L, "media_omitted", 1L,
        "deleted_message", 1L));
  }

  @Test
  void othersTextIsNeverKeptAndTheirMessagesAreCounted() throws Exception {
    Fixtures.Result r = run("g.txt", "01/02/26, 10:00 - Ani: rahasia\nbaris dua\n01/02/26, 10:01 - Budi: ok\n",
        "Budi");
    assertThat(r.summary().others()).isEqualTo(1);
    assertThat(r.lines()).noneMatch(l -> l.contains("rahasia") || l.contains("baris dua"));
  }

  @Test
  void aVeryLongMessageIsCutAndReported() throws Exception {
    StringBuilder b = new StringBuilder("01/02/26, 10:00 - Ani: mulai\n");
    String chunk = "x".repeat(999) + "\n";
    for (int i = 0; i < 100; i++) {
      b.append(chunk);
    }
    Fixtures.Result r = run("h.txt", b.toString(), "Ani");
    assertThat(r.posts()).hasSize(1);
    assertThat(r.posts().get(0).text()).hasSizeLessThanOrEqualTo(WhatsAppImporter.MAX_MESSAGE_CHARS);
    assertThat(r.summary().problemCount()).isEqualTo(1);
    assertThat(r.summary().problems().get(0).position()).isEqualTo("line 1");
  }

  @Test
  void otherFormatsAreNotClaimed() throws Exception {
    WhatsAppImporter w = new WhatsAppImporter();
    for (String p : new String[] {"line/en-private/input/[LINE] Chat with Siti Rahma.txt",
        "line/corrupt/input/LINE chat Yusuf.txt"}) {
      try (ExportSource s = ExportSource.open(Fixtures.ROOT.resolve(p), Limits.DEFAULT)) {
        assertThat(w.detect(s)).as(p).isZero();
      }
    }
    Path notes = temp.resolve("notes.txt");
    Files.writeString(notes, "Catatan rapat 04/02/22\nbukan chat\n");
    try (ExportSource s = ExportSource.open(notes, Limits.DEFAULT)) {
      assertThat(w.detect(s)).isZero();
    }
    assertThatThrownBy(() -> Fixtures.run(notes, "whatsapp", "Ani", JAKARTA))
        .isInstanceOf(ImportException.class).hasMessageContaining("_chat.txt");
  }

  @Test
  void aRenamedChatIsStillRecognisedByItsFirstLine() throws Exception {
    Path f = temp.resolve("obrolan.txt");
    Files.writeString(f, "[04/02/22, 10.16.40] Anda: halo\n");
    try (ExportSource s = ExportSource.open(f, Limits.DEFAULT)) {
      assertThat(new WhatsAppImporter().detect(s)).isEqualTo(60);
    }
  }
}
