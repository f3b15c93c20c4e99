package id.cermat.importers;

import id.cermat.engine.Platform;
import id.cermat.engine.PostKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TikTok's "Download your data" JSON ({@code user_data.json}, newer {@code user_data_tiktok.json}): the
 * account's own videos (POST), comments (COMMENT) and likes (LIKE). The file is one large object; only its
 * record lists are read, one record at a time. See {@code docs/importers/tiktok.md}.
 */
public final class TikTokImporter implements ExportImporter {

  static final List<String> FILES = List.of("user_data_tiktok.json", "user_data.json");

  /** Keys only TikTok's export writes (its sections, in the order it writes them, start with these). */
  private static final List<String> STRONG = List.of("\"VideoList\"", "\"ItemFavoriteList\"", "\"LikeVideoList\"",
      "\"CommentsList\"", "\"Video Browsing History\"", "\"Favorite Effects\"", "\"Favorite Sounds\"",
      "\"Favorite Videos\"", "\"FavoriteVideoList\"", "\"Like List\"", "\"ProfileMap\"", "\"Ads and data\"",
      "\"App Settings\"", "\"Tiktok Live\"", "\"Tiktok Shopping\"", "tiktokv.com", "tiktok.com");

  private static final List<String> WEAK = List.of("\"Activity\"", "\"Comment\"", "\"Video\"", "\"Post\"",
      "\"Profile\"", "\"Direct Messages\"");

  private static final Pattern VIDEO_ID = Pattern.compile("/(?:video|photo)/(\\d+)");

  @Override
  public String format() {
    return "tiktok";
  }

  @Override
  public Platform platform() {
    return Platform.TIKTOK;
  }

  @Override
  public boolean chat() {
    return false;
  }

  @Override
  public int detect(ExportSource source) throws ImportException {
    int best = 0;
    for (ExportSource.Entry e : files(source)) {
      String head = new String(source.head(e, 4096), StandardCharsets.UTF_8);
      boolean newer = e.fileName().equalsIgnoreCase(FILES.get(0));
      int score = 0;
      if (STRONG.stream().anyMatch(head::contains)) {
        score = newer ? 95 : 90;
      } else if (WEAK.stream().anyMatch(head::contains)) {
        score = newer ? 80 : 50;
      }
      best = Math.max(best, score);
    }
    return best;
  }

  private static List<ExportSource.Entry> files(ExportSource source) {
    List<ExportSource.Entry> out = new ArrayList<>();
    for (String name : FILES) {
      out.addAll(source.named(name));
    }
    return out;
  }

  @Override
  public void read(ExportSource source, ImportContext context) throws ImportException {
    List<ExportSource.Entry> files = files(source);
    if (files.isEmpty()) {
      throw new ImportException(source.name(), null, "error.noFiles.tiktok", FILES.get(0), FILES.get(1));
    }
    for (ExportSource.Entry entry : files) {
      String sha = source.sha256(entry, context);
      if (sha == null) {
        continue;
      }
      // first pass: the user name (Profile comes after the lists); its problems are reported by the second
      String userName = Json.firstScalar(source, entry, false, new ImportContext(ZoneId.of("UTC"), null, p -> { }),
          (path, value) -> path.size() >= 2 && path.get(path.size() - 1).equalsIgnoreCase("userName")
              && path.get(path.size() - 2).equalsIgnoreCase("ProfileMap") && TikTokFields.value(value) != null);
      Json.read(source, entry, false, false, context,
          new TikTokReader(entry, sha, userName == null ? null : userName.strip(), context));
    }
  }

  /** The kind of record the list at {@code path} holds, or null when it is not one to read. */
  static PostKind kindOf(List<String> path) {
    int n = path.size();
    if (n < 2) {
      return null;
    }
    String parent = path.get(n - 2).toLowerCase(Locale.ROOT);
    String list = path.get(n - 1).toLowerCase(Locale.ROOT);
    if (list.equals("videolist") && (parent.equals("videos") || parent.equals("posts"))) {
      return PostKind.POST;
    }
    if (list.equals("commentslist") && parent.equals("comments")) {
      return PostKind.COMMENT;
    }
    if ((list.equals("itemfavoritelist") || list.equals("likevideolist")) && parent.equals("like list")) {
      return PostKind.LIKE;
    }
    return null;
  }

  /** The video id in a TikTok link ({@code .../video/7332000000000000001/}), or null. */
  static String videoId(String link) {
    if (link == null) {
      return null;
    }
    Matcher m = VIDEO_ID.matcher(link);
    return m.find() ? m.group(1) : null;
  }

  /** Turns the records of the lists read into posts. */
  private static final class TikTokReader implements Json.Visitor {
    private final ExportSource.Entry entry;
    private final String sha;
    private final String account;
    private final ImportContext context;

    TikTokReader(ExportSource.Entry entry, String sha, String account, ImportContext context) {
      this.entry = entry;
      this.sha = sha;
      this.account = account;
      this.context = context;
    }

    @Override
    public boolean records(List<String> path) {
      return kindOf(path) != null;
    }

    @Override
    public void record(List<String> path, JsonNode r, String position) {
      try {
        read(path, r, position);
      } catch (RuntimeException e) {
        // a guard: no record may stop the import, whatever it holds
        context.problem(entry.path(), position, "problem.record.unreadable", ExportSource.detail(e));
      }
    }

    private void read(List<String> path, JsonNode r, String position) {
      PostKind kind = kindOf(path);
      if (r == null || !r.isObject()) {
        context.problem(entry.path(), position, "problem.tiktok.notObject", String.join(" > ", path));
        return;
      }
      Instant time;
      try {
        time = TikTokFields.time(TikTokFields.get(r, "Date"));
      } catch (DateTimeException e) {
        context.problem(entry.path(), position, "problem.tiktok.badDate", String.join(" > ", path));
        return;
      }
      CapturedPost.Builder b = CapturedPost.builder(Platform.TIKTOK, kind)
          .account(account)
          .createdAt(time)
          .source(new CapturedPost.Source(entry.path(), position, sha));
      switch (kind) {
        case POST -> {
          List<String> links = TikTokFields.links(TikTokFields.get(r, "Link", "VideoLink"));
          String text = TikTokFields.get(r, "Title", "Desc", "Description", "Caption", "Text");
          if (links.isEmpty() && text == null) {
            context.skip("video_without_link_or_caption");
            return;
          }
          String url = links.isEmpty() ? null : links.get(0);
          b.text(text).url(url).media(links.size() > 1 ? links.subList(1, links.size()) : List.of());
          String id = videoId(url);
          if (id != null) {
            b.externalId(id);
          }
        }
        case COMMENT -> {
          String text = TikTokFields.get(r, "Comment");
          String photo = TikTokFields.get(r, "Photo");
          if (text == null && photo == null) {
            context.skip("empty_comment");
            return;
          }
          b.text(text).url(TikTokFields.get(r, "Url")).media(photo == null ? List.of() : List.of(photo));
        }
        default -> {
          List<String> links = TikTokFields.links(TikTokFields.get(r, "Link", "VideoLink"));
          if (links.isEmpty()) {
            context.skip("like_without_link");
            return;
          }
          String url = links.get(0);
          String id = videoId(url);
          b.url(url).externalId(id != null ? "like:" + id : PostIds.hash(account, time, url));
        }
      }
      context.emit(b.build());
    }
  }
}
