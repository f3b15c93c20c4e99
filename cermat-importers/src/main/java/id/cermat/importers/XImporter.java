package id.cermat.importers;

import id.cermat.engine.Platform;
import id.cermat.engine.PostKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an X (Twitter) archive ("Download an archive of your data"): the account's tweets ({@code tweets.js},
 * split archives' {@code tweets-partN.js}, and before about 2022 {@code tweet.js}), deleted tweets
 * ({@code deleted-tweets.js}), long posts ({@code note-tweet.js}, whose full text replaces the truncated text of
 * their tweet) and likes ({@code like.js}). The account is the manifest's {@code userInfo.userName}, else
 * {@code account.js}'s {@code username}. See {@code docs/importers/x.md}.
 */
public final class XImporter implements ExportImporter {

  static final Pattern TWEETS_FILE = Pattern.compile("tweets?(?:-part(\\d{1,6}))?\\.js");
  static final Pattern DELETED_FILE = Pattern.compile("deleted-tweets(?:-part(\\d{1,6}))?\\.js");
  static final Pattern NOTE_FILE = Pattern.compile("note-tweet(?:-part(\\d{1,6}))?\\.js");
  static final Pattern LIKE_FILE = Pattern.compile("like(?:-part(\\d{1,6}))?\\.js");

  private static final Pattern ID = Pattern.compile("\\d{1,30}");
  private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9_]{1,50}");
  private static final Pattern RETWEET = Pattern.compile("^RT @\\w+:");
  private static final int HEAD = 4096;

  @Override
  public String format() {
    return "x";
  }

  @Override
  public Platform platform() {
    return Platform.X;
  }

  @Override
  public boolean chat() {
    return false;
  }

  /**
   * 100 for a tweets file whose head assigns {@code YTD.tweets.part}/{@code YTD.tweet.part}; 90 for a deleted
   * tweets, note tweet or like file with its own {@code YTD.} name; 60 for a {@code manifest.js} holding
   * {@code __THAR_CONFIG} alone; else 0.
   */
  @Override
  public int detect(ExportSource source) {
    int score = 0;
    if (headHas(source, TWEETS_FILE, "YTD.tweets.part", "YTD.tweet.part")) {
      return 100;
    }
    if (headHas(source, DELETED_FILE, "YTD.deleted_tweets.part")
        || headHas(source, NOTE_FILE, "YTD.note_tweet.part")
        || headHas(source, LIKE_FILE, "YTD.like.part")) {
      score = 90;
    } else if (headHas(source, Pattern.compile("manifest\\.js"), "__THAR_CONFIG")) {
      score = 60;
    }
    return score;
  }

  /** Whether one of the first few files named by {@code name} starts with one of {@code marks}. */
  private static boolean headHas(ExportSource source, Pattern name, String... marks) {
    int looked = 0;
    for (ExportSource.Entry e : files(source, name)) {
      if (looked++ >= 3) {
        break;
      }
      String head;
      try {
        head = new String(source.head(e, HEAD), StandardCharsets.UTF_8);
      } catch (ImportException ex) {
        continue;
      }
      for (String mark : marks) {
        if (head.contains(mark)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The files whose name matches {@code name}, ordered by part number, then path. */
  static List<ExportSource.Entry> files(ExportSource source, Pattern name) {
    List<ExportSource.Entry> out = new ArrayList<>(source.matching(n -> name.matcher(lastSegment(n)).matches()));
    out.sort(Comparator.comparingInt((ExportSource.Entry e) -> part(name, e)).thenComparing(ExportSource.Entry::name));
    return out;
  }

  private static String lastSegment(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static int part(Pattern name, ExportSource.Entry e) {
    Matcher m = name.matcher(lastSegment(e.name()).toLowerCase(java.util.Locale.ROOT));
    if (m.matches() && m.groupCount() >= 1 && m.group(1) != null) {
      return Integer.parseInt(m.group(1));
    }
    return 0;
  }

  @Override
  public void read(ExportSource source, ImportContext context) throws ImportException {
    List<ExportSource.Entry> tweets = files(source, TWEETS_FILE);
    List<ExportSource.Entry> deleted = files(source, DELETED_FILE);
    List<ExportSource.Entry> notes = files(source, NOTE_FILE);
    List<ExportSource.Entry> likes = files(source, LIKE_FILE);
    if (tweets.isEmpty() && deleted.isEmpty() && notes.isEmpty() && likes.isEmpty()) {
      throw new ImportException(source.name(), null, "error.noFiles.x");
    }
    Run run = new Run(source, context, account(source, context));
    for (ExportSource.Entry e : notes) {
      run.each(e, run::note);
    }
    for (ExportSource.Entry e : tweets) {
      run.each(e, run::tweet);
    }
    for (ExportSource.Entry e : deleted) {
      run.each(e, run::tweet);
    }
    for (XNotes.Note n : run.notes.unused()) {
      run.emitNote(n);
    }
    for (ExportSource.Entry e : likes) {
      run.each(e, run::like);
    }
  }

  /** The archive's user name: {@code manifest.js}'s {@code userInfo.userName}, else {@code account.js}'s. */
  static String account(ExportSource source, ImportContext context) {
    for (ExportSource.Entry e : source.named("manifest.js")) {
      String found = Json.firstScalar(source, e, true, context,
          (path, value) -> path.equals(List.of("userInfo", "userName")) && userName(value) != null);
      if (found != null) {
        return userName(found);
      }
    }
    for (ExportSource.Entry e : source.named("account.js")) {
      String[] found = new String[1];
      readQuietly(source, e, context, new Json.Visitor() {
        @Override
        public boolean records(List<String> path) {
          return path.isEmpty();
        }

        @Override
        public void record(List<String> path, JsonNode record, String position) {
          if (found[0] == null) {
            found[0] = userName(Json.text(record, "account", "username"));
          }
        }
      });
      if (found[0] != null) {
        return found[0];
      }
    }
    return null;
  }

  /** Reads {@code entry} with {@code visitor}, a file that cannot be opened being reported as a problem. */
  private static void readQuietly(ExportSource source, ExportSource.Entry entry, ImportContext context,
      Json.Visitor visitor) {
    try {
      Json.read(source, entry, true, false, context, visitor);
    } catch (ImportException e) {
      context.problem(entry.path(), e.position(), e);
    } catch (RuntimeException e) {
      context.problem(entry.path(), null, "problem.file.unreadable", ExportSource.detail(e));
    }
  }

  private static String userName(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.startsWith("@")) {
      v = v.substring(1);
    }
    return USER_NAME.matcher(v).matches() ? v : null;
  }

  /** Handles one record of a file. */
  private interface Handler {
    void handle(JsonNode record, String position, ExportSource.Entry entry, String sha256);
  }

  /** One import: the account, the notes held, and the context. */
  private static final class Run {
    private final ExportSource source;
    private final ImportContext context;
    private final String account;
    private final XNotes notes = new XNotes();

    Run(ExportSource source, ImportContext context, String account) {
      this.source = source;
      this.context = context;
      this.account = account;
    }

    /** Reads every record of {@code entry}'s top-level array with {@code handler}; problems are reported. */
    void each(ExportSource.Entry entry, Handler handler) {
      String sha = source.sha256(entry, context);
      if (sha == null) {
        return;
      }
      boolean[] list = new boolean[1];
      long before = context.summary().problemCount();
      try {
        Json.read(source, entry, true, false, context, new Json.Visitor() {
          @Override
          public boolean records(List<String> path) {
            if (path.isEmpty()) {
              list[0] = true;
            }
            return path.isEmpty();
          }

          @Override
          public void record(List<String> path, JsonNode record, String position) {
            try {
              handler.handle(record, position, entry, sha);
            } catch (RuntimeException e) {
              context.problem(entry.path(), position, "problem.record.unreadable", ExportSource.detail(e));
            }
          }
        });
      } catch (ImportException e) {
        context.problem(entry.path(), e.position(), e);
        return;
      } catch (RuntimeException e) {
        context.problem(entry.path(), null, "problem.file.unreadable", ExportSource.detail(e));
        return;
      }
      if (!list[0] && context.summary().problemCount() == before) {
        context.problem(entry.path(), "line 1", "problem.x.notAList");
      }
    }

    void tweet(JsonNode record, String position, ExportSource.Entry entry, String sha) {
      JsonNode t = unwrap(record, "tweet");
      if (t == null || !t.isObject()) {
        context.problem(entry.path(), position, "problem.x.notATweet");
        return;
      }
      String id = Json.text(t, "id_str");
      if (id == null) {
        id = Json.text(t, "id");
      }
      if (id == null || !ID.matcher(id.strip()).matches()) {
        context.problem(entry.path(), position, "problem.x.tweetWithoutId");
        return;
      }
      id = id.strip();
      String raw = Json.text(t, "full_text");
      if (raw == null) {
        raw = Json.text(t, "text");
      }
      if (raw == null) {
        raw = "";
      }
      Instant created = time(Json.text(t, "created_at"), "created_at", ImportMessages.Text.of("problem.x.tweet", id),
          entry, position);
      PostKind kind;
      if (RETWEET.matcher(raw).find()) {
        kind = PostKind.SHARE;
      } else if (present(Json.text(t, "in_reply_to_status_id_str")) || present(Json.text(t, "in_reply_to_status_id"))) {
        kind = PostKind.REPLY;
      } else {
        kind = PostKind.POST;
      }

      String text = XText.unescapeHtml(raw);
      List<JsonNode> urls = Json.array(t, "entities", "urls");
      urls.sort(Comparator.comparingInt((JsonNode u) -> length(Json.text(u, "url"))).reversed());
      Set<String> shortUrls = new LinkedHashSet<>();
      for (JsonNode u : urls) {
        String shortUrl = Json.text(u, "url");
        String expanded = Json.text(u, "expanded_url");
        if (present(shortUrl)) {
          shortUrls.add(shortUrl);
          if (present(expanded)) {
            text = text.replace(shortUrl, expanded);
          }
        }
      }
      List<JsonNode> mediaNodes = Json.array(t, "extended_entities", "media");
      if (mediaNodes.isEmpty()) {
        mediaNodes = Json.array(t, "entities", "media");
      }
      Set<String> media = new LinkedHashSet<>();
      boolean removed = false;
      for (JsonNode m : mediaNodes) {
        String file = Json.text(m, "media_url_https");
        if (!present(file)) {
          file = Json.text(m, "media_url");
        }
        if (present(file)) {
          media.add(file);
        }
        String link = Json.text(m, "url");
        if (present(link) && !shortUrls.contains(link) && text.contains(link)) {
          text = text.replace(" " + link, "").replace(link, "");
          removed = true;
        }
      }
      if (removed) {
        text = text.strip();
      }

      JsonNode entities = Json.at(t, "entities");
      List<String> hashtags = entities == null ? null : values(Json.array(entities, "hashtags"), "text", null);
      List<String> mentions = entities == null ? null
          : values(Json.array(entities, "user_mentions"), "screen_name", null);
      List<String> links = entities == null ? null : values(Json.array(entities, "urls"), "expanded_url", "url");

      XNotes.Note note = notes.take(created, text);
      if (note != null) {
        // the tweet's own entities (or, without entities, what its text names) stay: a reply keeps its mentions
        hashtags = hashtags != null ? hashtags : TextParts.hashtags(text);
        mentions = mentions != null ? mentions : TextParts.mentions(text);
        links = links != null ? links : TextParts.links(text);
        text = note.text();
        hashtags = union(note.hashtags() != null ? note.hashtags() : TextParts.hashtags(note.text()), hashtags);
        mentions = union(mentions, note.mentions() != null ? note.mentions() : TextParts.mentions(note.text()));
        links = union(note.links() != null ? note.links() : TextParts.links(note.text()), links);
        context.skip("note_tweet_merged");
      }

      context.emit(CapturedPost.builder(Platform.X, kind)
          .account(account)
          .externalId(id)
          .text(text)
          .createdAt(created)
          .url(statusUrl(id))
          .hashtags(hashtags)
          .mentions(mentions)
          .links(links)
          .media(new ArrayList<>(media))
          .source(new CapturedPost.Source(entry.path(), position, sha))
          .build());
    }

    void note(JsonNode record, String position, ExportSource.Entry entry, String sha) {
      JsonNode n = unwrap(record, "noteTweet");
      if (n == null || !n.isObject()) {
        context.problem(entry.path(), position, "problem.x.notANote");
        return;
      }
      String id = Json.text(n, "noteTweetId");
      id = id != null && ID.matcher(id.strip()).matches() ? id.strip() : null;
      JsonNode core = Json.at(n, "core");
      String raw = Json.text(core, "text");
      if (raw == null) {
        context.problem(entry.path(), position, "problem.x.noteWithoutText");
        return;
      }
      String text = XText.unescapeHtml(raw);
      List<JsonNode> urls = Json.array(core, "urls");
      for (JsonNode u : urls) {
        String shortUrl = first(Json.text(u, "shortUrl"), Json.text(u, "url"));
        String expanded = first(Json.text(u, "expandedUrl"), Json.text(u, "expanded_url"));
        if (present(shortUrl) && present(expanded)) {
          text = text.replace(shortUrl, expanded);
        }
      }
      List<String> hashtags = Json.at(core, "hashtags") == null ? null
          : values(Json.array(core, "hashtags"), "text", null);
      List<String> mentions = Json.at(core, "mentions") == null ? null
          : values(Json.array(core, "mentions"), "screenName", "screen_name");
      List<String> links = Json.at(core, "urls") == null ? null : values(urls, "expandedUrl", "expanded_url");
      Instant created = time(Json.text(n, "createdAt"), "createdAt",
          ImportMessages.Text.of("problem.x.noteTweet", id == null ? "" : id), entry, position);
      XNotes.Note note = new XNotes.Note(id, created, text, hashtags, mentions, links,
          new CapturedPost.Source(entry.path(), position, sha));
      if (!notes.hold(note)) {
        emitNote(note);
      }
    }

    /** A note tweet no tweet took, as a post of its own (it has no status address of its own). */
    void emitNote(XNotes.Note n) {
      context.emit(CapturedPost.builder(Platform.X, PostKind.POST)
          .account(account)
          .externalId(n.id() == null ? null : "note:" + n.id())
          .text(n.text())
          .createdAt(n.createdAt())
          .url(null)
          .hashtags(n.hashtags())
          .mentions(n.mentions())
          .links(n.links())
          .source(n.source())
          .build());
    }

    void like(JsonNode record, String position, ExportSource.Entry entry, String sha) {
      JsonNode l = unwrap(record, "like");
      if (l == null || !l.isObject()) {
        context.problem(entry.path(), position, "problem.x.notALike");
        return;
      }
      String tweetId = Json.text(l, "tweetId");
      if (tweetId == null || !ID.matcher(tweetId.strip()).matches()) {
        context.problem(entry.path(), position, "problem.x.likeWithoutId");
        return;
      }
      tweetId = tweetId.strip();
      String text = XText.unescapeHtml(Json.text(l, "fullText"));
      String expanded = Json.text(l, "expandedUrl");
      String url = expanded != null && (expanded.startsWith("https://") || expanded.startsWith("http://"))
          ? expanded : "https://x.com/i/web/status/" + tweetId;
      context.emit(CapturedPost.builder(Platform.X, PostKind.LIKE)
          .account(account)
          .externalId(account == null ? "like:" + tweetId : "like:" + account + ":" + tweetId)
          .text(text)
          .createdAt(null)
          .url(url)
          .source(new CapturedPost.Source(entry.path(), position, sha))
          .build());
    }

    private Instant time(String value, String field, ImportMessages.Text what, ExportSource.Entry entry,
        String position) {
      Instant t = XText.parseTime(value);
      if (t == null) {
        if (value == null) {
          context.problem(entry.path(), position, "problem.x.noTime", what, field);
        } else {
          context.problem(entry.path(), position, "problem.x.badTime", what, field, shorten(value));
        }
      }
      return t;
    }

    private String statusUrl(String id) {
      return account == null ? "https://x.com/i/web/status/" + id : "https://x.com/" + account + "/status/" + id;
    }
  }

  /** The object under {@code key} ({@code {"tweet": {...}}}), or the record itself when it is not wrapped. */
  private static JsonNode unwrap(JsonNode record, String key) {
    JsonNode inner = record != null && record.isObject() ? Json.at(record, key) : null;
    return inner != null && inner.isObject() ? inner : record;
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  /** The values of {@code field} (else {@code fallback}) of {@code nodes}, each once, in order. */
  private static List<String> values(List<JsonNode> nodes, String field, String fallback) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode n : nodes) {
      String v = Json.text(n, field);
      if (!present(v) && fallback != null) {
        v = Json.text(n, fallback);
      }
      if (present(v)) {
        out.add(v.strip());
      }
    }
    return new ArrayList<>(out);
  }

  private static List<String> union(List<String> a, List<String> b) {
    if (a == null && b == null) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    if (a != null) {
      out.addAll(a);
    }
    if (b != null) {
      out.addAll(b);
    }
    return new ArrayList<>(out);
  }
}
