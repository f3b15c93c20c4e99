package id.cermat.importers;

import id.cermat.engine.Platform;
import id.cermat.engine.PostKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing an employee published, liked or sent, as read from a platform's export: the common record every
 * importer produces.
 *
 * @param platform   where it was published
 * @param account    who published it as the export names them: the archive's user name (X), the sender's
 *                   name as the chat shows it (WhatsApp, LINE, Telegram, Messenger); null when the export
 *                   does not say
 * @param externalId the platform's own id where the format has one (tweet id, Telegram chat/message), else
 *                   {@code "h:"} and a deterministic hash of author, time and text ({@link PostIds})
 * @param kind       what it is
 * @param text       the text as written, with Meta's mojibake repaired and t.co links expanded; "" for a
 *                   post with media only
 * @param createdAt  when it was published, null when the export gives no time
 * @param url        where it can be seen on the platform, null when unknown
 * @param hashtags   the hashtags, without '#', in order of appearance
 * @param mentions   the accounts mentioned, without '@'
 * @param links      the links, expanded where the export gives the expanded form
 * @param media      references to the media attached (paths inside the export, or URLs)
 * @param source     the file and position it was read from, and the SHA-256 of that file's bytes
 */
public record CapturedPost(Platform platform, String account, String externalId, PostKind kind, String text,
    Instant createdAt, String url, List<String> hashtags, List<String> mentions, List<String> links,
    List<String> media, Source source) {

  /**
   * Where a record was read.
   *
   * @param file     the file's path inside the export ({@code export.zip!/data/tweets.js}, or the file itself)
   * @param position where in that file ("line 12" for text and JSON files)
   * @param sha256   the SHA-256 of that file's bytes, lower-case hex
   */
  public record Source(String file, String position, String sha256) {

    public Source {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(position, "position");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  public CapturedPost {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    hashtags = List.copyOf(hashtags);
    mentions = List.copyOf(mentions);
    links = List.copyOf(links);
    media = List.copyOf(media);
  }

  /** A builder for a record of {@code platform}, {@code kind}. */
  public static Builder builder(Platform platform, PostKind kind) {
    return new Builder(platform, kind);
  }

  /**
   * Builds a {@link CapturedPost}. Hashtags, mentions and links not set explicitly are found in the text
   * ({@link TextParts}); an id not set is the hash of account, time and text ({@link PostIds#hash}).
   */
  public static final class Builder {
    private final Platform platform;
    private final PostKind kind;
    private String account;
    private String externalId;
    private String text = "";
    private Instant createdAt;
    private String url;
    private List<String> hashtags;
    private List<String> mentions;
    private List<String> links;
    private List<String> media = List.of();
    private Source source;

    private Builder(Platform platform, PostKind kind) {
      this.platform = Objects.requireNonNull(platform, "platform");
      this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Builder account(String value) {
      this.account = value;
      return this;
    }

    public Builder externalId(String value) {
      this.externalId = value;
      return this;
    }

    public Builder text(String value) {
      this.text = value == null ? "" : value;
      return this;
    }

    public Builder createdAt(Instant value) {
      this.createdAt = value;
      return this;
    }

    public Builder url(String value) {
      this.url = value;
      return this;
    }

    public Builder hashtags(List<String> value) {
      this.hashtags = value;
      return this;
    }

    public Builder mentions(List<String> value) {
      this.mentions = value;
      return this;
    }

    public Builder links(List<String> value) {
      this.links = value;
      return this;
    }

    public Builder media(List<String> value) {
      this.media = value == null ? List.of() : value;
      return this;
    }

    public Builder source(Source value) {
      this.source = value;
      return this;
    }

    public CapturedPost build() {
      String id = externalId != null ? externalId : PostIds.hash(account, createdAt, text);
      return new CapturedPost(platform, account, id, kind, text, createdAt, url,
          hashtags != null ? hashtags : TextParts.hashtags(text),
          mentions != null ? mentions : TextParts.mentions(text),
          links != null ? links : TextParts.links(text), media, source);
    }
  }
}
