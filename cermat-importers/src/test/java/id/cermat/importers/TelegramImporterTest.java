package id.cermat.importers;

import id.cermat.engine.PostKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Telegram importer's helpers, recognition and edge cases the fixtures do not show. */
class TelegramImporterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private static JsonNode node(String json) throws Exception {
    return JSON.readTree(json);
  }

  @Test
  void timeComesFromUnixSecondsEvenWhenTheLocalDateDisagrees() throws Exception {
    JsonNode m = node("{\"date\":\"2024-02-06T23:59:00\",\"date_unixtime\":\"1707189333\"}");
    assertThat(TelegramDates.time(m, JAKARTA)).isEqualTo(Instant.parse("2024-02-06T03:15:33Z"));
  }

  @Test
  void withoutUnixSecondsTheLocalDateIsReadInTheGivenZone() throws Exception {
    JsonNode m = node("{\"date\":\"2019-08-17T07:30:00\"}");
    assertThat(TelegramDates.time(m, JAKARTA)).isEqualTo(Instant.parse("2019-08-17T00:30:00Z"));
    assertThat(TelegramDates.time(m, ZoneId.of("Asia/Makassar"))).isEqualTo(Instant.parse("2019-08-16T23:30:00Z"));
  }

  @Test
  void noDateIsNullAndABrokenOneIsAnError() throws Exception {
    assertThat(TelegramDates.time(node("{}"), JAKARTA)).isNull();
    assertThatThrownBy(() -> TelegramDates.time(node("{\"date_unixtime\":\"17O7\"}"), JAKARTA))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> TelegramDates.time(node("{\"date_unixtime\":\"-5\"}"), JAKARTA))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> TelegramDates.time(node("{\"date_unixtime\":\"99999999999999999\"}"), JAKARTA))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> TelegramDates.time(node("{\"date\":\"kemarin\"}"), JAKARTA))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void aPlainStringTextLeavesEntitiesToBeFoundInTheText() throws Exception {
    TelegramText t = TelegramText.of(node("{\"text\":\"Rapat #SPBE besok\"}"));
    assertThat(t.text()).isEqualTo("Rapat #SPBE besok");
    assertThat(t.entities()).isFalse();
  }

  @Test
  void textEntitiesGiveHashtagsMentionsAndLinks() throws Exception {
    TelegramText t = TelegramText.of(node("""
        {"text":"x","text_entities":[{"type":"plain","text":"Lihat "},{"type":"hashtag","text":"#K3"},
         {"type":"mention","text":"@dinas_k3"},{"type":"text_link","text":"di sini","href":"https://k3.contoh.go.id"},
         {"type":"link","text":"https://a.contoh.go.id"},{"type":"email","text":"a@contoh.go.id"},
         {"type":"hashtag","text":"#K3"}]}"""));
    assertThat(t.text()).isEqualTo("x");
    assertThat(t.entities()).isTrue();
    assertThat(t.hashtags()).containsExactly("K3");
    assertThat(t.mentions()).containsExactly("dinas_k3");
    assertThat(t.links()).containsExactly("https://k3.contoh.go.id", "https://a.contoh.go.id");
  }

  @Test
  void aPollGivesItsQuestionAndAnswers() throws Exception {
    TelegramText t = TelegramText.of(node("""
        {"text":"","text_entities":[],"poll":{"question":"Rapat #SPBE hari apa?",
         "answers":[{"text":"Senin","voters":2},{"text":"Selasa","voters":1}]}}"""));
    assertThat(t.text()).isEqualTo("Rapat #SPBE hari apa?\nSenin\nSelasa");
    assertThat(t.entities()).isFalse();
  }

  @Test
  void placeholdersOfFilesLeftOutAreNotPaths() {
    assertThat(TelegramText.isPlaceholder("(File not included. Change data exporting settings to download.)")).isTrue();
    assertThat(TelegramText.isPlaceholder("(File exceeds maximum size. Change data exporting settings to download.)"))
        .isTrue();
    assertThat(TelegramText.isPlaceholder("files/laporan.pdf")).isFalse();
  }

  @Test
  void recognisesTelegramAndNotTikTok() throws Exception {
    TelegramImporter tg = new TelegramImporter();
    for (Fixtures.Case c : Fixtures.cases()) {
      if (!c.name().startsWith("telegram/") && !c.name().startsWith("tiktok/")) {
        continue;
      }
      Path input = c.dir().resolve(c.props().getProperty("input", "input"));
      try (ExportSource s = ExportSource.open(input, Limits.DEFAULT)) {
        if (c.name().startsWith("telegram/")) {
          assertThat(tg.detect(s)).as(c.name()).isGreaterThanOrEqualTo(90);
        } else {
          assertThat(tg.detect(s)).as(c.name()).isZero();
        }
      }
    }
  }

  @Test
  void aResultJsonOfAnotherProgramIsNotRecognised(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("result.json"), "{\"status\":\"ok\",\"result\":[1,2,3]}");
    try (ExportSource s = ExportSource.open(dir, Limits.DEFAULT)) {
      assertThat(new TelegramImporter().detect(s)).isZero();
    }
  }

  @Test
  void anExportWithoutResultJsonCannotBeRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("messages.html"), "<html></html>");
    try (ExportSource s = ExportSource.open(dir, Limits.DEFAULT)) {
      ImportContext ctx = new ImportContext(JAKARTA, "Budi", p -> { });
      assertThatThrownBy(() -> new TelegramImporter().read(s, ctx))
          .isInstanceOf(ImportException.class).hasMessageContaining("result.json");
    }
  }

  @Test
  void messagesBeforeTheChatIdStillGetAnIdAndNothingElseIsCountedAsAChat(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("result.json"), """
        {"messages":[{"id":1,"type":"message","date_unixtime":"1707189333","from":"Budi","text":"halo"}],
         "id":42,"name":"x","type":"personal_chat",
         "contacts":{"list":[{"id":7,"messages":[{"id":9,"type":"message","from":"Budi","text":"bukan chat"}]}]}}
        """, StandardCharsets.UTF_8);
    List<CapturedPost> posts = new ArrayList<>();
    ImportContext ctx = new ImportContext(JAKARTA, "Budi", posts::add);
    try (ExportSource s = ExportSource.open(dir, Limits.DEFAULT)) {
      new TelegramImporter().read(s, ctx);
    }
    assertThat(posts).hasSize(1);
    assertThat(posts.get(0).externalId()).startsWith("h:");
    assertThat(posts.get(0).text()).isEqualTo("halo");
  }

  @Test
  void aForwardFromAHiddenSenderIsStillAShare(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("result.json"), """
        {"name":"x","type":"personal_chat","id":42,"messages":[
         {"id":1,"type":"message","date_unixtime":"1707189333","from":"Budi","forwarded_from":null,"text":"info"}]}
        """, StandardCharsets.UTF_8);
    List<CapturedPost> posts = new ArrayList<>();
    ImportContext ctx = new ImportContext(JAKARTA, "Budi", posts::add);
    try (ExportSource s = ExportSource.open(dir, Limits.DEFAULT)) {
      new TelegramImporter().read(s, ctx);
    }
    assertThat(posts).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(PostKind.SHARE);
      assertThat(p.externalId()).isEqualTo("42/1");
    });
  }
}
