package id.cermat.importers;

import id.cermat.engine.Platform;
import id.cermat.engine.PostKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads Facebook's "Download your information" export (JSON): the user's posts (three vintages of the posts
 * file: {@code your_posts_N.json}, {@code your_posts__check_ins__photos_and_videos_N.json}) as
 * {@link PostKind#POST}, or {@link PostKind#SHARE} for a shared link without own words, and their comments
 * ({@code comments.json}) as {@link PostKind#COMMENT}. The account is the profile's full name when the export
 * holds {@code profile_information.json}. See {@code docs/importers/facebook.md}.
 */
public final class FacebookImporter implements ExportImporter {

  private static final Pattern POSTS =
      Pattern.compile("your_posts(__check_ins__photos_and_videos)?(_\\d{1,9})?\\.json");
  private static final List<List<String>> FULL_NAME = List.of(
      List.of("profile_v2", "name", "full_name"), List.of("profile", "name", "full_name"));

  @Override
  public String format() {
    return "facebook";
  }

  @Override
  public Platform platform() {
    return Platform.FACEBOOK;
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
      if (POSTS.matcher(name).matches()) {
        String head = MetaSupport.head(source, e);
        score = head.contains("\"timestamp\"") && (head.contains("\"data\"") || head.contains("\"attachments\""))
            ? 95 : 0;
      } else if (name.equals("comments.json")) {
        score = MetaSupport.head(source, e).contains("\"comments_v2\"") ? 70 : 0;
      } else if (name.equals("profile_information.json")) {
        score = MetaSupport.head(source, e).contains("\"profile_v2\"") ? 40 : 0;
      }
      best = Math.max(best, score);
      if (best >= 95) {
        break;
      }
    }
    return best;
  }

  @Override
  public void read(ExportSource source, ImportContext context) throws ImportException {
    List<ExportSource.Entry> files = new ArrayList<>();
    for (ExportSource.Entry e : source.entries()) {
      String name = e.fileName().toLowerCase(Locale.ROOT);
      if (POSTS.matcher(name).matches() || name.equals("comments.json")) {
        files.add(e);
      }
    }
    if (files.isEmpty()) {
      throw new ImportException(source.name(), null, "error.noFiles.facebook");
    }
    String account = null;
    for (ExportSource.Entry e : source.named("profile_information.json")) {
      account = MetaSupport.scalar(source, e, context, FULL_NAME);
      if (account != null) {
        break;
      }
    }
    final String owner = account;
    for (ExportSource.Entry e : files) {
      if (e.fileName().equalsIgnoreCase("comments.json")) {
        MetaSupport.read(source, e, context, p -> p.size() <= 1, (path, r, src) -> comment(r, src, owner, context));
      } else {
        MetaSupport.read(source, e, context, p -> p.size() <= 1, (path, r, src) -> post(r, src, owner, context));
      }
    }
  }

  /** The own words of a record: its {@code data[].post} strings, joined by blank lines; "" when none. */
  static String ownText(JsonNode r) {
    StringBuilder b = new StringBuilder();
    for (JsonNode d : Json.array(r, "data")) {
      String post = MetaSupport.nonBlank(d, "post");
      if (post != null) {
        if (!b.isEmpty()) {
          b.append("\n\n");
        }
        b.append(post);
      }
    }
    return b.toString();
  }

  /**
   * A post: {@code {timestamp, data:[{post}, {update_timestamp}], attachments:[{data:[{media{uri}},
   * {external_context{url}}, ...]}], title}}. The localised {@code title} is not read.
   */
  static void post(JsonNode r, CapturedPost.Source src, String account, ImportContext context)
      throws MetaSupport.BadRecord {
    String text = ownText(r);
    List<String> media = new ArrayList<>();
    List<String> shared = new ArrayList<>();
    attachments(r, media, shared);
    if (text.isEmpty() && media.isEmpty() && shared.isEmpty()) {
      context.skip("no_text_media_or_link");
      return;
    }
    PostKind kind = text.isEmpty() && !shared.isEmpty() ? PostKind.SHARE : PostKind.POST;
    Instant time = MetaSupport.seconds(r, "timestamp");
    context.emit(CapturedPost.builder(Platform.FACEBOOK, kind).account(account).text(text).createdAt(time)
        .links(MetaSupport.union(TextParts.links(text), shared)).media(media).source(src).build());
  }

  /** Adds the media uris and shared links of {@code r}'s attachments. */
  private static void attachments(JsonNode r, List<String> media, List<String> links) {
    for (JsonNode a : Json.array(r, "attachments")) {
      for (JsonNode d : Json.array(a, "data")) {
        String uri = MetaSupport.nonBlank(d, "media", "uri");
        if (uri != null && !media.contains(uri)) {
          media.add(uri);
        }
        String url = MetaSupport.nonBlank(d, "external_context", "url");
        if (url != null && !links.contains(url.strip())) {
          links.add(url.strip());
        }
      }
    }
  }

  /**
   * A comment: {@code {timestamp, data:[{comment:{timestamp, comment, author}}], attachments?, title}}. The
   * account is the comment's author, else the profile's name.
   */
  static void comment(JsonNode r, CapturedPost.Source src, String account, ImportContext context)
      throws MetaSupport.BadRecord {
    String text = null;
    String author = null;
    Instant time = null;
    for (JsonNode d : Json.array(r, "data")) {
      if (text == null) {
        text = MetaSupport.nonBlank(d, "comment", "comment");
        author = MetaSupport.nonBlank(d, "comment", "author");
        time = MetaSupport.seconds(d, "comment", "timestamp");
      }
    }
    if (time == null) {
      time = MetaSupport.seconds(r, "timestamp");
    }
    List<String> media = new ArrayList<>();
    List<String> shared = new ArrayList<>();
    attachments(r, media, shared);
    if (text == null && media.isEmpty() && shared.isEmpty()) {
      context.skip("empty_comment");
      return;
    }
    context.emit(CapturedPost.builder(Platform.FACEBOOK, PostKind.COMMENT)
        .account(author != null ? author.strip() : account).text(text).createdAt(time)
        .links(MetaSupport.union(TextParts.links(text), shared)).media(media).source(src).build());
  }
}
