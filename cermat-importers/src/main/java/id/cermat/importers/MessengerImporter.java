package id.cermat.importers;

import id.cermat.engine.Platform;
import id.cermat.engine.PostKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Facebook Messenger conversations from Facebook's "Download your information" export (JSON):
 * {@code messages/inbox/<chat>_<id>/message_N.json} (also under {@code your_facebook_activity/} and in the
 * other thread folders), found by file name anywhere. Only the messages of the employee named as sender are
 * kept, as {@link PostKind#MESSAGE}; the others are counted. Messages are emitted in file order, which is
 * newest first. See {@code docs/importers/messenger.md}.
 */
public final class MessengerImporter implements ExportImporter {

  private static final Pattern MESSAGE_FILE = Pattern.compile("message_\\d{1,9}\\.json");
  /** Message types that are events, not words (someone joined or left, a call). */
  private static final Set<String> SYSTEM_TYPES = Set.of("subscribe", "unsubscribe", "call");
  /** The text Messenger writes for a message with only an attachment (English exports). */
  private static final Pattern GENERATED = Pattern.compile("sent (a|an) [\\p{L} ]{1,30}\\.",
      Pattern.CASE_INSENSITIVE);

  @Override
  public String format() {
    return "messenger";
  }

  @Override
  public Platform platform() {
    return Platform.MESSENGER;
  }

  @Override
  public boolean chat() {
    return true;
  }

  @Override
  public int detect(ExportSource source) {
    for (ExportSource.Entry e : source.entries()) {
      if (MESSAGE_FILE.matcher(e.fileName().toLowerCase(Locale.ROOT)).matches()
          && !e.path().toLowerCase(Locale.ROOT).contains("instagram")) {
        String head = MetaSupport.head(source, e);
        if (head.contains("\"participants\"") && head.contains("\"messages\"")) {
          return 80;
        }
      }
    }
    return 0;
  }

  @Override
  public void read(ExportSource source, ImportContext context) throws ImportException {
    List<ExportSource.Entry> files = new ArrayList<>(
        source.matching(n -> MESSAGE_FILE.matcher(n.substring(n.lastIndexOf('/') + 1)).matches()));
    if (files.isEmpty()) {
      throw new ImportException(source.name(), null, "error.noFiles.messenger");
    }
    files.sort(Comparator.comparing((ExportSource.Entry e) -> folder(e.name()))
        .thenComparingInt(e -> MetaSupport.fileNumber(e.fileName())));
    for (ExportSource.Entry e : files) {
      MetaSupport.read(source, e, context, p -> p.equals(List.of("messages")),
          (path, r, src) -> message(r, src, context));
    }
  }

  private static String folder(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }

  /**
   * One message: {@code {sender_name, timestamp_ms, content, share{link}, photos[], videos[], audio_files[],
   * files[], gifs[], sticker{uri}, is_unsent, type}}; the end-to-end encrypted export's {@code senderName,
   * timestamp, text, media[], isUnsent} are read too (UNVERIFIED).
   */
  static void message(JsonNode r, CapturedPost.Source src, ImportContext context) throws MetaSupport.BadRecord {
    String sender = MetaSupport.nonBlank(r, "sender_name");
    if (sender == null) {
      sender = MetaSupport.nonBlank(r, "senderName");
    }
    if (sender == null) {
      context.skip("message_without_sender");
      return;
    }
    if (!context.isSender(sender)) {
      context.other();
      return;
    }
    if (MetaSupport.isTrue(r, "is_unsent") || MetaSupport.isTrue(r, "isUnsent")) {
      context.skip("unsent_message");
      return;
    }
    String type = Json.text(r, "type");
    if (type != null && SYSTEM_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
      context.skip("system_message");
      return;
    }
    Instant time = MetaSupport.millis(r, "timestamp_ms");
    if (time == null) {
      time = MetaSupport.millis(r, "timestamp");
    }
    String text = MetaSupport.text(r, "content");
    if (text == null) {
      text = MetaSupport.text(r, "text");
    }
    List<String> media = new ArrayList<>();
    for (String field : List.of("photos", "videos", "audio_files", "files", "gifs", "media")) {
      MetaSupport.uris(r, media, "uri", field);
    }
    String sticker = MetaSupport.nonBlank(r, "sticker", "uri");
    if (sticker != null && !media.contains(sticker)) {
      media.add(sticker);
    }
    String link = MetaSupport.nonBlank(r, "share", "link");
    List<String> shared = link == null ? List.of() : List.of(link.strip());
    if (text != null && (!media.isEmpty() || link != null) && generated(text, sender)) {
      text = "";
    }
    if ((text == null || text.isBlank()) && media.isEmpty() && shared.isEmpty()) {
      context.skip("no_text_or_media");
      return;
    }
    String words = text == null ? "" : text;
    context.emit(CapturedPost.builder(Platform.MESSENGER, PostKind.MESSAGE).account(sender.strip()).text(words)
        .createdAt(time).links(MetaSupport.union(TextParts.links(words), shared)).media(media).source(src).build());
  }

  /** Whether {@code text} is Messenger's "Name sent a photo." placeholder for an attachment. */
  static boolean generated(String text, String sender) {
    String t = text.strip();
    for (String who : List.of(sender.strip(), "You")) {
      if (t.regionMatches(true, 0, who + " ", 0, who.length() + 1)
          && GENERATED.matcher(t.substring(who.length() + 1)).matches()) {
        return true;
      }
    }
    return false;
  }
}
