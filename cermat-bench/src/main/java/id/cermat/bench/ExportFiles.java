package id.cermat.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generated export files of a given size for the import benchmarks: records shaped as the platforms write them
 * (see ../shared/docs/EXPORT-FORMATS.md), with varied Indonesian-looking text, hashtags, mentions and links,
 * from a fixed seed.
 */
public final class ExportFiles {

  private static final String[] WORDS = ("rapat pelayanan warga kantor dinas kabupaten tangerang laporan kegiatan "
      + "posyandu sekolah jalan banjir bantuan sosial pegawai pagi ini terima kasih semangat tim kerja bakti "
      + "jembatan anggaran program desa kecamatan bupati camat lurah puskesmas vaksin imunisasi pajak daerah "
      + "izin usaha perizinan online antrean loket pengaduan masyarakat alhamdulillah mantap selamat").split(" ");
  private static final DateTimeFormatter X_TIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private ExportFiles() {
  }

  /** The formats {@link #write} can generate. */
  public static final String[] FORMATS = {"x", "instagram", "facebook", "tiktok", "telegram", "messenger"};

  /** Writes a file of about {@code bytes} bytes in {@code format} into {@code dir}; returns the path to import. */
  public static Path write(String format, Path dir, long bytes) throws IOException {
    return switch (format) {
      case "x" -> x(dir.resolve("tweets.js"), bytes);
      case "instagram" -> instagram(dir.resolve("posts_1.json"), bytes);
      case "facebook" -> facebook(dir.resolve("your_posts_1.json"), bytes);
      case "tiktok" -> tiktok(dir.resolve("user_data_tiktok.json"), bytes);
      case "telegram" -> telegram(dir.resolve("result.json"), bytes);
      case "messenger" -> messenger(Files.createDirectories(dir.resolve("messages/inbox/tim_123"))
          .resolve("message_1.json"), bytes);
      default -> throw new IllegalArgumentException(format);
    };
  }

  /** A zipped X archive ({@code data/manifest.js}, {@code data/tweets.js}) of about {@code bytes} uncompressed. */
  public static Path xArchive(Path zip, long bytes) throws IOException {
    try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
      z.setLevel(1);
      z.putNextEntry(new ZipEntry("data/manifest.js"));
      z.write(("window.__THAR_CONFIG = {\"userInfo\":{\"accountId\":\"1\",\"userName\":\"budi_asn\","
          + "\"displayName\":\"Budi\"}}").getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("data/tweets.js"));
      Writer w = new BufferedWriter(new OutputStreamWriter(z, StandardCharsets.UTF_8), 1 << 16);
      xTweets(w, bytes);
      w.flush();
      z.closeEntry();
    }
    return zip;
  }

  private static Path x(Path file, long bytes) throws IOException {
    try (Writer w = writer(file)) {
      xTweets(w, bytes);
    }
    return file;
  }

  private static void xTweets(Writer w, long bytes) throws IOException {
    SplittableRandom r = new SplittableRandom(20261124);
    w.write("window.YTD.tweets.part0 = [ ");
    long written = 0;
    long id = 1_700_000_000_000_000_000L;
    for (int i = 0; written < bytes; i++) {
      String tag = WORDS[r.nextInt(WORDS.length)];
      String text = sentence(r, 8 + r.nextInt(20)) + " #" + tag + " https://t.co/Ab" + i;
      String rec = (i > 0 ? ", " : "") + "{\n  \"tweet\" : {\n    \"edit_info\" : { \"initial\" : { \"editTweetIds\" : [ \""
          + (id + i) + "\" ], \"editableUntil\" : \"2023-02-24T07:28:32.000Z\", \"editsRemaining\" : \"5\", "
          + "\"isEditEligible\" : false } },\n    \"retweeted\" : false,\n    \"source\" : \"<a href=\\\"http://twitter.com/download/android\\\" rel=\\\"nofollow\\\">Twitter for Android</a>\",\n"
          + "    \"entities\" : { \"hashtags\" : [ { \"text\" : \"" + tag + "\", \"indices\" : [ \"1\", \"5\" ] } ], "
          + "\"symbols\" : [ ], \"user_mentions\" : [ ], \"urls\" : [ { \"url\" : \"https://t.co/Ab" + i
          + "\", \"expanded_url\" : \"https://contoh.go.id/berita/" + i + "\", \"display_url\" : \"contoh.go.id/berita/"
          + i + "\", \"indices\" : [ \"10\", \"33\" ] } ] },\n    \"display_text_range\" : [ \"0\", \"140\" ],\n"
          + "    \"favorite_count\" : \"" + r.nextInt(100) + "\",\n    \"id_str\" : \"" + (id + i) + "\",\n"
          + "    \"truncated\" : false,\n    \"retweet_count\" : \"0\",\n    \"id\" : \"" + (id + i) + "\",\n"
          + "    \"created_at\" : \"" + X_TIME.format(time(i)) + "\",\n    \"favorited\" : false,\n"
          + "    \"full_text\" : \"" + text + "\",\n    \"lang\" : \"in\"\n  }\n}";
      w.write(rec);
      written += rec.length();
    }
    w.write(" ]");
  }

  private static Path instagram(Path file, long bytes) throws IOException {
    SplittableRandom r = new SplittableRandom(1);
    try (Writer w = writer(file)) {
      w.write("[");
      long written = 0;
      for (int i = 0; written < bytes; i++) {
        // Meta writes every non-ASCII byte as its own \\u00XX escape: an emoji costs four of them
        String rec = (i > 0 ? ",\n" : "") + "  {\n    \"media\": [\n      {\n        \"uri\": \"media/posts/202402/" + i
            + "_n.jpg\",\n        \"creation_timestamp\": " + time(i).getEpochSecond()
            + ",\n        \"media_metadata\": {\"photo_metadata\": {\"exif_data\": [{\"latitude\": -6.17, "
            + "\"longitude\": 106.63}]}},\n        \"title\": \"" + sentence(r, 6 + r.nextInt(20))
            + " \\u00f0\\u009f\\u0091\\u00b7 #" + WORDS[r.nextInt(WORDS.length)] + "\",\n"
            + "        \"cross_post_source\": {\"source_app\": \"FB\"}\n      }\n    ]\n  }";
        w.write(rec);
        written += rec.length();
      }
      w.write("\n]");
    }
    return file;
  }

  private static Path facebook(Path file, long bytes) throws IOException {
    SplittableRandom r = new SplittableRandom(2);
    try (Writer w = writer(file)) {
      w.write("[");
      long written = 0;
      for (int i = 0; written < bytes; i++) {
        String rec = (i > 0 ? ",\n" : "") + "  {\n    \"timestamp\": " + time(i).getEpochSecond()
            + ",\n    \"attachments\": [{\"data\": [{\"external_context\": {\"url\": \"https://contoh.go.id/" + i
            + "\"}}]}],\n    \"data\": [{\"post\": \"" + sentence(r, 6 + r.nextInt(25))
            + " \\u00f0\\u009f\\u0091\\u00b7\"}, {\"update_timestamp\": " + time(i).getEpochSecond()
            + "}],\n    \"title\": \"Budi Santoso membagikan tautan.\"\n  }";
        w.write(rec);
        written += rec.length();
      }
      w.write("\n]");
    }
    return file;
  }

  private static Path tiktok(Path file, long bytes) throws IOException {
    SplittableRandom r = new SplittableRandom(3);
    try (Writer w = writer(file)) {
      w.write("{\"Profile\":{\"Profile Info\":{\"ProfileMap\":{\"userName\":\"budi.asn\"}}},\n"
          + "\"Comment\":{\"Comments\":{\"CommentsList\":[");
      long written = 0;
      for (int i = 0; written < bytes; i++) {
        String rec = (i > 0 ? ",\n" : "") + "{\"date\":\"" + time(i).toString().replace('T', ' ').replace("Z", "")
            + "\",\"comment\":\"" + sentence(r, 4 + r.nextInt(20)) + " 👷 #" + WORDS[r.nextInt(WORDS.length)]
            + "\",\"photo\":\"N/A\",\"url\":\"\"}";
        w.write(rec);
        written += rec.getBytes(StandardCharsets.UTF_8).length;
      }
      w.write("]}}}");
    }
    return file;
  }

  private static Path telegram(Path file, long bytes) throws IOException {
    SplittableRandom r = new SplittableRandom(4);
    try (Writer w = writer(file)) {
      w.write("{\n \"name\": \"Tim K3\",\n \"type\": \"private_supergroup\",\n \"id\": 1234567890,\n \"messages\": [\n");
      long written = 0;
      for (int i = 0; written < bytes; i++) {
        String from = i % 3 == 0 ? "Budi Santoso" : "Siti";
        String s = sentence(r, 5 + r.nextInt(20));
        String rec = (i > 0 ? ",\n" : "") + "  {\n   \"id\": " + i + ",\n   \"type\": \"message\",\n   \"date\": \""
            + time(i).toString().replace("Z", "") + "\",\n   \"date_unixtime\": \"" + time(i).getEpochSecond()
            + "\",\n   \"from\": \"" + from + "\",\n   \"from_id\": \"user" + (i % 3 == 0 ? 1 : 2) + "\",\n"
            + "   \"text\": [\"" + s + " \", {\"type\": \"hashtag\", \"text\": \"#K3\"}],\n"
            + "   \"text_entities\": [{\"type\": \"plain\", \"text\": \"" + s + " \"}, {\"type\": \"hashtag\", "
            + "\"text\": \"#K3\"}]\n  }";
        w.write(rec);
        written += rec.length();
      }
      w.write("\n ]\n}");
    }
    return file;
  }

  private static Path messenger(Path file, long bytes) throws IOException {
    SplittableRandom r = new SplittableRandom(5);
    try (Writer w = writer(file)) {
      w.write("{\n  \"participants\": [{\"name\": \"Budi Santoso\"}, {\"name\": \"Siti\"}],\n  \"messages\": [\n");
      long written = 0;
      for (int i = 0; written < bytes; i++) {
        String rec = (i > 0 ? ",\n" : "") + "    {\n      \"sender_name\": \"" + (i % 2 == 0 ? "Budi Santoso" : "Siti")
            + "\",\n      \"timestamp_ms\": " + time(i).toEpochMilli() + ",\n      \"content\": \""
            + sentence(r, 4 + r.nextInt(20)) + " \\u00f0\\u009f\\u0091\\u00b7\",\n      \"is_geoblocked_for_viewer\": false\n    }";
        w.write(rec);
        written += rec.length();
      }
      w.write("\n  ],\n  \"title\": \"Siti\",\n  \"is_still_participant\": true,\n  \"thread_path\": \"inbox/tim_123\"\n}");
    }
    return file;
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }

  private static Instant time(int i) {
    return Instant.parse("2023-01-01T00:00:00Z").plusSeconds(i * 97L);
  }

  private static String sentence(SplittableRandom r, int words) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < words; k++) {
      if (k > 0) {
        b.append(' ');
      }
      b.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.toString();
  }
}
