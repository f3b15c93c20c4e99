package id.cermat.importers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A captured post as one line of JSON, with the fields in this order: {@code platform, account, externalId,
 * kind, text, createdAt} (ISO-8601 in UTC, or null), {@code url, hashtags, mentions, links, media,
 * source{file, position, sha256}}; absent values are null, lists are empty rather than null.
 */
public final class PostJson {

  /** Adds fields after {@code source} (the screening result, for {@code cermat import --screen}). */
  public interface Extra {
    void write(JsonGenerator g) throws IOException;
  }

  private static final JsonFactory JSON = new JsonFactory();

  private PostJson() {
  }

  /** The post as one line of JSON, without a line end. */
  public static String line(CapturedPost post) {
    return line(post, null);
  }

  public static String line(CapturedPost post, Extra extra) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write(g, post, extra);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static void write(JsonGenerator g, CapturedPost p, Extra extra) throws IOException {
    g.writeStartObject();
    g.writeStringField("platform", p.platform().name());
    g.writeStringField("account", p.account());
    g.writeStringField("externalId", p.externalId());
    g.writeStringField("kind", p.kind().name());
    g.writeStringField("text", p.text());
    g.writeStringField("createdAt", p.createdAt() == null ? null : p.createdAt().toString());
    g.writeStringField("url", p.url());
    list(g, "hashtags", p.hashtags());
    list(g, "mentions", p.mentions());
    list(g, "links", p.links());
    list(g, "media", p.media());
    g.writeObjectFieldStart("source");
    g.writeStringField("file", p.source().file());
    g.writeStringField("position", p.source().position());
    g.writeStringField("sha256", p.source().sha256());
    g.writeEndObject();
    if (extra != null) {
      extra.write(g);
    }
    g.writeEndObject();
  }

  private static void list(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
