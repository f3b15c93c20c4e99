package id.cermat.importers;

import id.cermat.engine.Platform;
import id.cermat.engine.PostKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads Instagram's "Download your information" export (JSON): posts and reels ({@code posts_N.json},
 * {@code reels.json}) as {@link PostKind#POST}, stories ({@code stories.json}) as {@link PostKind#STORY},
 * comments ({@code post_comments_N.json}) as {@link PostKind#COMMENT} and liked posts
 * ({@code liked_posts.json}) as {@link PostKind#LIKE}, found by file name anywhere in the export. The account
 * is the user name of {@code personal_information.json} when the export holds it. See
 * {@code docs/importers/instagram.md}.
 */
public final class InstagramImporter implements ExportImporter {

  private static final Pattern POSTS = Pattern.compile("posts_\\d{1,9}\\.json");
  private static final Pattern COMMENTS = Pattern.compile("(post|reels)_comments(_\\d{1,9})?\\.json");
  private static final List<List<String>> USERNAME = List.of(
      List.of("profile_user", "string_map_data", "Username", "value"));
  /** The labels of a comment's text and time (English; others UNVERIFIED). */
  private static final List<String> COMMENT_LABELS = List.of("Comment", "Komentar");
  private static final List<String> TIME_LABELS = List.of("Time", "Waktu");

  private enum Kind { POSTS, STORIES, COMMENTS, LIKES }

  @Override
  public String format() {
    return "instagram";
  }

  @Override
  public Platform platform() {
    return Platform.INSTAGRAM;
  }

  @Override
  public boolean chat() {
    return false;
  }

  @Override
  public int detect(ExportSource source) {
    int best = 0;
    for (ExportSource.Entry e : source.entries()) {
      String name = e.fileName().toLowerCase(Locale.ROOT);
      int score = 0;
      if (POSTS.matcher(name).matches() && !name.startsWith("your_")) {
        String head = MetaSupport.head(source, e);
        score = head.contains("\"creation_timestamp\"") && head.contains("\"uri\"") && head.contains("\"media\"")
            ? 90 : 0;
      } else if (name.equals("stories.json")) {
        score = MetaSupport.head(source, e).contains("\"ig_stories\"") ? 90 : 0;
      } else if (name.equals("reels.json")) {
        score = MetaSupport.head(source, e).contains("\"ig_reels_media\"") ? 90 : 0;
      } else if (COMMENTS.matcher(name).matches()) {
        score = MetaSupport.head(source, e).contains("\"string_map_data\"") ? 85 : 0;
      } else if (name.equals("liked_posts.json")) {
        String head = MetaSupport.head(source, e);
        score = head.contains("\"likes_media_likes\"") || head.contains("\"string_list_data\"") ? 80 : 0;
      } else if (name.equals("personal_information.json")) {
        score = MetaSupport.head(source, e).contains("\"profile_user\"") ? 60 : 0;
      }
      best = Math.max(best, score);
      if (best >= 90) {
        break;
      }
    }
    return best;
  }

  private static Kind kindOf(ExportSource.Entry e) {
    String name = e.fileName().toLowerCase(Locale.ROOT);
    if ((POSTS.matcher(name).matches() && !name.startsWith("your_")) || name.equals("reels.json")) {
      return Kind.POSTS;
    }
    if (name.equals("stories.json")) {
      return Kind.STORIES;
    }
    if (COMMENTS.matcher(name).matches()) {
      return Kind.COMMENTS;
    }
    if (name.equals("liked_posts.json")) {
      return Kind.LIKES;
    }
    return null;
  }

  @Override
  public void read(ExportSource source, ImportContext context) throws ImportException {
    List<ExportSource.Entry> files = new ArrayList<>();
    for (ExportSource.Entry e : source.entries()) {
      if (kindOf(e) != null) {
        files.add(e);
      }
    }
    if (files.isEmpty()) {
      throw new ImportException(source.name(), null, "error.noFiles.instagram");
    }
    String account = null;
    for (ExportSource.Entry e : source.named("personal_information.json")) {
      account = MetaSupport.scalar(source, e, context, USERNAME);
      if (account != null) {
        break;
      }
    }
    final String owner = account;
    for (ExportSource.Entry e : files) {
      switch (kindOf(e)) {
        case POSTS -> MetaSupport.read(source, e, context, p -> p.size() <= 1,
            (path, r, src) -> post(r, src, owner, PostKind.POST, context));
        case STORIES -> MetaSupport.read(source, e, context, p -> p.size() <= 1,
            (path, r, src) -> post(r, src, owner, PostKind.STORY, context));
        case COMMENTS -> MetaSupport.read(source, e, context, p -> p.size() <= 1,
            (path, r, src) -> comment(r, src, owner, context));
        case LIKES -> MetaSupport.read(source, e, context, p -> p.size() <= 1,
            (path, r, src) -> like(r, src, owner, context));
        default -> {
        }
      }
    }
  }

  /**
   * A post, reel or story: either {@code {media:[...], title?, creation_timestamp?}} or a single media item
   * {@code {uri, creation_timestamp, title}} (stories).
   */
  static void post(JsonNode r, CapturedPost.Source src, String account, PostKind kind, ImportContext context)
      throws MetaSupport.BadRecord {
    List<String> media = new ArrayList<>();
    String caption;
    Instant time;
    if (r.has("media")) {
      List<JsonNode> items = Json.array(r, "media");
      caption = MetaSupport.nonBlank(r, "title");
      if (caption == null && items.size() == 1) {
        caption = MetaSupport.nonBlank(items.get(0), "title");
      }
      for (Iterator<JsonNode> it = items.iterator(); caption == null && it.hasNext(); ) {
        caption = MetaSupport.nonBlank(it.next(), "title");
      }
      time = MetaSupport.seconds(r, "creation_timestamp");
      for (JsonNode item : items) {
        if (time == null) {
          time = MetaSupport.seconds(item, "creation_timestamp");
        }
        String uri = MetaSupport.nonBlank(item, "uri");
        if (uri != null && !media.contains(uri)) {
          media.add(uri);
        }
      }
    } else {
      caption = MetaSupport.nonBlank(r, "title");
      time = MetaSupport.seconds(r, "creation_timestamp");
      String uri = MetaSupport.nonBlank(r, "uri");
      if (uri != null) {
        media.add(uri);
      }
    }
    if (caption == null && media.isEmpty()) {
      context.skip("no_text_or_media");
      return;
    }
    context.emit(CapturedPost.builder(Platform.INSTAGRAM, kind).account(account).text(caption).createdAt(time)
        .media(media).source(src).build());
  }

  /** A comment: {@code {string_map_data:{Comment:{value}, Media Owner:{value}, Time:{timestamp}}}}. */
  static void comment(JsonNode r, CapturedPost.Source src, String account, ImportContext context)
      throws MetaSupport.BadRecord {
    JsonNode map = Json.at(r, "string_map_data");
    if (map == null || !map.isObject()) {
      throw new MetaSupport.BadRecord("problem.instagram.noStringMapData");
    }
    String text = null;
    for (String label : COMMENT_LABELS) {
      if (text == null) {
        text = MetaSupport.nonBlank(map, label, "value");
      }
    }
    Instant time = null;
    for (String label : TIME_LABELS) {
      if (time == null) {
        time = MetaSupport.seconds(map, label, "timestamp");
      }
    }
    if (time == null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); time == null && it.hasNext(); ) {
        time = MetaSupport.seconds(it.next().getValue(), "timestamp");
      }
    }
    List<String> media = new ArrayList<>();
    MetaSupport.uris(r, media, "uri", "media_list_data");
    if (text == null && media.isEmpty()) {
      context.skip("empty_comment");
      return;
    }
    context.emit(CapturedPost.builder(Platform.INSTAGRAM, PostKind.COMMENT).account(account).text(text)
        .createdAt(time).media(media).source(src).build());
  }

  /**
   * A liked post: {@code {title: owner, string_list_data:[{href, value, timestamp}]}}; each element is one like.
   * The export gives only the link to the post and the time, so the record has no text and its url is the
   * liked post's link.
   */
  static void like(JsonNode r, CapturedPost.Source src, String account, ImportContext context)
      throws MetaSupport.BadRecord {
    List<JsonNode> list = Json.array(r, "string_list_data");
    if (list.isEmpty()) {
      // UNVERIFIED newer shape: {timestamp, label_values:[{label, value, href}]}
      String href = null;
      for (JsonNode lv : Json.array(r, "label_values")) {
        if (href == null) {
          href = MetaSupport.nonBlank(lv, "href");
        }
      }
      like(href, MetaSupport.seconds(r, "timestamp"), src, account, context);
      return;
    }
    for (JsonNode item : list) {
      like(MetaSupport.nonBlank(item, "href"), MetaSupport.seconds(item, "timestamp"), src, account, context);
    }
  }

  private static void like(String href, Instant time, CapturedPost.Source src, String account,
      ImportContext context) {
    if (href == null && time == null) {
      context.skip("like_without_link_or_time");
      return;
    }
    context.emit(CapturedPost.builder(Platform.INSTAGRAM, PostKind.LIKE).account(account)
        .externalId(PostIds.hash(account, time, "like " + (href == null ? "" : href)))
        .text("").createdAt(time).url(href).source(src).build());
  }
}
