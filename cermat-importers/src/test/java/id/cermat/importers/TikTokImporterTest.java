package id.cermat.importers;

import id.cermat.engine.PostKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TikTok importer's helpers, recognition and edge cases the fixtures do not show. */
class TikTokImporterTest {

  @Test
  void datesAreReadAsUtc() {
    assertThat(TikTokFields.time("2023-05-01 14:22:10")).isEqualTo(Instant.parse("2023-05-01T14:22:10Z"));
    assertThat(TikTokFields.time("2023-05-01 14:22")).isEqualTo(Instant.parse("2023-05-01T14:22:00Z"));
    assertThat(TikTokFields.time(" 2023-05-01T14:22:10 ")).isEqualTo(Instant.parse("2023-05-01T14:22:10Z"));
    assertThat(TikTokFields.time(null)).isNull();
    assertThatThrownBy(() -> TikTokFields.time("01/05/2023 14:22")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> TikTokFields.time("2023-02-30 10:00:00")).isInstanceOf(DateTimeException.class);
  }

  @Test
  void tiktokWordsForNothingAreNoValue() {
    assertThat(TikTokFields.value("None")).isNull();
    assertThat(TikTokFields.value("N/A")).isNull();
    assertThat(TikTokFields.value("  ")).isNull();
    assertThat(TikTokFields.value(" 12 ")).isEqualTo("12");
  }

  @Test
  void slideshowLinksAreSplit() {
    assertThat(TikTokFields.links("https://a/video/1/\nhttps://b/2.jpeg\r\nhttps://b/3.jpeg"))
        .containsExactly("https://a/video/1/", "https://b/2.jpeg", "https://b/3.jpeg");
    assertThat(TikTokFields.links(null)).isEmpty();
  }

  @Test
  void videoIdsComeFromTheLink() {
    assertThat(TikTokImporter.videoId("https://www.tiktokv.com/share/video/7332000000000000001/"))
        .isEqualTo("7332000000000000001");
    assertThat(TikTokImporter.videoId("https://www.tiktok.com/@budi/video/7333100000000000456?lang=id"))
        .isEqualTo("7333100000000000456");
    assertThat(TikTokImporter.videoId("https://www.tiktokv.com/share/user/123/")).isNull();
  }

  @Test
  void onlyTheAccountsOwnListsAreRead() {
    assertThat(TikTokImporter.kindOf(List.of("Video", "Videos", "VideoList"))).isEqualTo(PostKind.POST);
    assertThat(TikTokImporter.kindOf(List.of("Post", "Posts", "VideoList"))).isEqualTo(PostKind.POST);
    assertThat(TikTokImporter.kindOf(List.of("Comment", "Comments", "CommentsList"))).isEqualTo(PostKind.COMMENT);
    assertThat(TikTokImporter.kindOf(List.of("Activity", "Like List", "ItemFavoriteList"))).isEqualTo(PostKind.LIKE);
    assertThat(TikTokImporter.kindOf(List.of("Your Activity", "Like List", "LikeVideoList")))
        .isEqualTo(PostKind.LIKE);
    assertThat(TikTokImporter.kindOf(List.of("Activity", "Video Browsing History", "VideoList"))).isNull();
    assertThat(TikTokImporter.kindOf(List.of("Activity", "Favorite Videos", "FavoriteVideoList"))).isNull();
    assertThat(TikTokImporter.kindOf(List.of("VideoList"))).isNull();
  }

  @Test
  void recognisesTikTokAndNotTelegram() throws Exception {
    TikTokImporter tt = new TikTokImporter();
    for (Fixtures.Case c : Fixtures.cases()) {
      if (!c.name().startsWith("telegram/") && !c.name().startsWith("tiktok/")) {
        continue;
      }
      Path input = c.dir().resolve(c.props().getProperty("input", "input"));
      try (ExportSource s = ExportSource.open(input, Limits.DEFAULT)) {
        if (c.name().startsWith("tiktok/")) {
          assertThat(tt.detect(s)).as(c.name()).isGreaterThanOrEqualTo(90);
        } else {
          assertThat(tt.detect(s)).as(c.name()).isZero();
        }
      }
    }
  }

  @Test
  void aUserDataJsonOfAnotherProgramIsNotRecognised(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("user_data.json"), "{\"name\":\"Budi\",\"settings\":{\"theme\":\"dark\"}}");
    try (ExportSource s = ExportSource.open(dir, Limits.DEFAULT)) {
      assertThat(new TikTokImporter().detect(s)).isZero();
    }
  }

  @Test
  void anExportWithoutUserDataCannotBeRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("Posts.txt"), "Date: 2024-02-06");
    try (ExportSource s = ExportSource.open(dir, Limits.DEFAULT)) {
      ImportContext ctx = new ImportContext(ZoneId.of("Asia/Jakarta"), null, p -> { });
      assertThatThrownBy(() -> new TikTokImporter().read(s, ctx))
          .isInstanceOf(ImportException.class).hasMessageContaining("user_data");
    }
  }
}
