package id.cermat.importers;

import id.cermat.engine.PostKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The X importer's helpers and the rules fixtures do not show on their own. */
class XImporterTest {

  private final XImporter importer = new XImporter();

  @Test
  void htmlEntitiesAreDecodedOnceAndUnknownOnesKept() {
    assertThat(XText.unescapeHtml("Rapat K3 &amp; apel pagi")).isEqualTo("Rapat K3 & apel pagi");
    assertThat(XText.unescapeHtml("a &lt;b&gt; &quot;c&quot; &#39;d&#39; &#x27;e&#x27; &apos;f&apos;"))
        .isEqualTo("a <b> \"c\" 'd' 'e' 'f'");
    assertThat(XText.unescapeHtml("&amp;lt;")).isEqualTo("&lt;");
    assertThat(XText.unescapeHtml("R&D &copy; & &;")).isEqualTo("R&D &copy; & &;");
    assertThat(XText.unescapeHtml("&#0; &#xD800; &#99999999;")).isEqualTo("&#0; &#xD800; &#99999999;");
    assertThat(XText.unescapeHtml("&#128512;")).isEqualTo("😀");
  }

  @Test
  void createdAtIsReadWithItsOffset() {
    assertThat(XText.parseTime("Fri Feb 24 06:58:32 +0000 2023")).isEqualTo(Instant.parse("2023-02-24T06:58:32Z"));
    assertThat(XText.parseTime("Tue Feb 06 10:15:00 +0700 2024")).isEqualTo(Instant.parse("2024-02-06T03:15:00Z"));
    // a weekday that does not agree with the date is ignored, not a reason to lose the time
    assertThat(XText.parseTime("Mon Feb 24 06:58:32 +0000 2023")).isEqualTo(Instant.parse("2023-02-24T06:58:32Z"));
    assertThat(XText.parseTime("2024-03-01T09:30:00.000Z")).isEqualTo(Instant.parse("2024-03-01T09:30:00Z"));
    assertThat(XText.parseTime("Kemarin sore")).isNull();
    assertThat(XText.parseTime("Fri Feb 30 06:58:32 +0000 2023")).isNull();
    assertThat(XText.parseTime("")).isNull();
    assertThat(XText.parseTime(null)).isNull();
  }

  @Test
  void splitFilesAreReadInPartOrder(@TempDir Path dir) throws Exception {
    for (String name : List.of("tweets-part10.js", "tweets-part2.js", "tweets.js", "tweets-part1.js")) {
      int part = name.equals("tweets.js") ? 0 : Integer.parseInt(name.replaceAll("\\D", ""));
      Files.writeString(dir.resolve(name), "window.YTD.tweets.part" + part + " = [ { \"tweet\" : { \"id_str\" : \""
          + (100 + part) + "\", \"created_at\" : \"Fri Feb 24 06:58:32 +0000 2023\", \"full_text\" : \"bagian "
          + part + "\" } } ]");
    }
    List<CapturedPost> posts = read(dir);
    assertThat(posts).extracting(CapturedPost::externalId).containsExactly("100", "101", "102", "110");
  }

  @Test
  void detectionNeedsTheFileNameAndTheScriptName(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("tweets.js"), "[{\"id_str\":\"1\"}]");
    assertThat(detect(dir)).isZero();
    Files.writeString(data.resolve("like.js"), "window.YTD.like.part0 = [ ]");
    assertThat(detect(dir)).isEqualTo(90);
    Files.writeString(data.resolve("tweets.js"), "\ufeffwindow.YTD.tweets.part0 = [ ]");
    assertThat(detect(dir)).isEqualTo(100);

    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("result.json"), "{\"name\":\"Saved Messages\",\"messages\":[]}");
    Files.writeString(other.resolve("tweets.txt"), "window.YTD.tweets.part0 = [ ]");
    assertThat(detect(other)).isZero();
  }

  @Test
  void anExportWithoutItsFilesIsRefusedNamingWhatWasLookedFor(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("manifest.js"), "window.__THAR_CONFIG = { \"userInfo\" : { \"userName\" : \"a\" } }");
    assertThatThrownBy(() -> read(dir)).isInstanceOf(ImportException.class)
        .hasMessageContaining("tweets.js").hasMessageContaining("like.js");
  }

  @Test
  void aNoteIsMergedOnlyIntoTheTweetOfItsSecondWhoseTextBeginsIt(@TempDir Path dir) throws Exception {
    String reply = "@warga_a Terima kasih atas laporannya. Tim kami sudah turun ke lokasi banjir di RT 02 dan…";
    Files.writeString(dir.resolve("tweets.js"), "window.YTD.tweets.part0 = [\n"
        + tweet("201", "Sat Mar 02 10:00:00 +0000 2024", reply, "\"in_reply_to_status_id_str\" : \"200\"") + ",\n"
        + tweet("202", "Sat Mar 02 10:00:00 +0000 2024", "Kalimat lain yang tidak sama sekali mirip", null) + ",\n"
        + tweet("203", "Sat Mar 02 11:00:00 +0000 2024", "Tim kami sudah turun", null) + "\n]",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("note-tweet.js"), "window.YTD.note_tweet.part0 = [\n"
        + "{ \"noteTweet\" : { \"noteTweetId\" : \"301\", \"createdAt\" : \"2024-03-02T10:00:00.000Z\", \"core\" : "
        + "{ \"text\" : \"Terima kasih atas laporannya. Tim kami sudah turun ke lokasi banjir di RT 02 dan RT 03 "
        + "sejak pagi &amp; pompa air sudah dipasang.\" } } }\n]", StandardCharsets.UTF_8);
    List<CapturedPost> posts = read(dir);
    assertThat(posts).extracting(CapturedPost::externalId).containsExactly("201", "202", "203");
    CapturedPost merged = posts.get(0);
    assertThat(merged.kind()).isEqualTo(PostKind.REPLY);
    assertThat(merged.text()).isEqualTo("Terima kasih atas laporannya. Tim kami sudah turun ke lokasi banjir di "
        + "RT 02 dan RT 03 sejak pagi & pompa air sudah dipasang.");
    assertThat(merged.mentions()).containsExactly("warga_a");
    assertThat(posts.get(1).text()).isEqualTo("Kalimat lain yang tidak sama sekali mirip");
  }

  @Test
  void aNoteWithoutAMatchingTweetIsItsOwnPost(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("note-tweet.js"), "window.YTD.note_tweet.part0 = [\n"
        + "{ \"noteTweet\" : { \"noteTweetId\" : \"301\", \"createdAt\" : \"2024-03-02T10:00:00.000Z\", \"core\" : "
        + "{ \"text\" : \"Catatan panjang #Netralitas\" } } },\n"
        + "{ \"noteTweet\" : { \"createdAt\" : \"bukan waktu\", \"core\" : { \"text\" : \"Tanpa id\" } } }\n]");
    List<CapturedPost> posts = new ArrayList<>();
    ImportContext ctx = new ImportContext(ZoneId.of("Asia/Jakarta"), null, posts::add);
    try (ExportSource source = ExportSource.open(dir, Limits.DEFAULT)) {
      importer.read(source, ctx);
    }
    assertThat(ctx.summary().problemCount()).isEqualTo(1);
    assertThat(posts).hasSize(2);
    assertThat(posts.get(1).externalId()).isEqualTo("note:301");
    assertThat(posts.get(1).hashtags()).containsExactly("Netralitas");
    assertThat(posts.get(1).url()).isNull();
    assertThat(posts.get(0).externalId()).startsWith("h:");
    assertThat(posts.get(0).createdAt()).isNull();
  }

  @Test
  void likesOfTwoAccountsDoNotShareAnId(@TempDir Path dir) throws Exception {
    String like = "window.YTD.like.part0 = [ { \"like\" : { \"tweetId\" : \"55\", \"fullText\" : \"a\" } } ]";
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(a.resolve("like.js"), like);
    Files.writeString(b.resolve("like.js"), like);
    Files.writeString(a.resolve("account.js"),
        "window.YTD.account.part0 = [ { \"account\" : { \"username\" : \"asn_a\" } } ]");
    Files.writeString(b.resolve("manifest.js"),
        "window.__THAR_CONFIG = { \"userInfo\" : { \"userName\" : \"asn_b\" } }");
    assertThat(read(a).get(0).externalId()).isEqualTo("like:asn_a:55");
    assertThat(read(b).get(0).externalId()).isEqualTo("like:asn_b:55");
  }

  private static String tweet(String id, String created, String text, String extra) {
    return "{ \"tweet\" : { \"id_str\" : \"" + id + "\", \"created_at\" : \"" + created + "\", \"full_text\" : \""
        + text + "\"" + (extra == null ? "" : ", " + extra) + " } }";
  }

  private int detect(Path path) throws ImportException {
    try (ExportSource source = ExportSource.open(path, Limits.DEFAULT)) {
      return importer.detect(source);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private List<CapturedPost> read(Path path) throws ImportException {
    List<CapturedPost> posts = new ArrayList<>();
    ImportContext ctx = new ImportContext(ZoneId.of("Asia/Jakarta"), null, posts::add);
    try (ExportSource source = ExportSource.open(path, Limits.DEFAULT)) {
      importer.read(source, ctx);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(ctx.summary().problems()).isEmpty();
    return posts;
  }
}
