package id.cermat.importers;

import id.cermat.engine.Platform;
import id.cermat.engine.PostKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Telegram Desktop export ({@code result.json}, in a folder or a zip of it): a single chat
 * ({@code {name, type, id, messages[]}}) or a full export ({@code chats.list[]} and {@code left_chats.list[]},
 * each a chat). Only the messages of the employee named with {@code --sender} are kept; other people's are
 * counted. See {@code docs/importers/telegram.md}.
 */
public final class TelegramImporter implements ExportImporter {

  static final String FILE = "result.json";

  /** Keys and values only a Telegram export writes near its start. */
  private static final List<String> STRONG = List.of("\"date_unixtime\"", "\"text_entities\"", "\"from_id\"",
      "\"personal_information\"", "\"personal_chat\"", "\"private_supergroup\"", "\"public_supergroup\"",
      "\"private_channel\"", "\"public_channel\"", "\"private_group\"", "\"saved_messages\"", "\"bot_chat\"");

  @Override
  public String format() {
    return "telegram";
  }

  @Override
  public Platform platform() {
    return Platform.TELEGRAM;
  }

  @Override
  public boolean chat() {
    return true;
  }

  @Override
  public int detect(ExportSource source) throws ImportException {
    int best = 0;
    for (ExportSource.Entry e : source.named(FILE)) {
      String head = new String(source.head(e, 4096), StandardCharsets.UTF_8);
      int score = 0;
      if (STRONG.stream().anyMatch(head::contains)) {
        score = 95;
      } else if (head.contains("\"messages\"") || (head.contains("\"chats\"") && head.contains("Telegram"))) {
        score = 70;
      }
      best = Math.max(best, score);
    }
    return best;
  }

  @Override
  public void read(ExportSource source, ImportContext context) throws ImportException {
    List<ExportSource.Entry> files = source.named(FILE);
    if (files.isEmpty()) {
      throw new ImportException(source.name(), null, "error.noFiles.telegram", FILE);
    }
    for (ExportSource.Entry entry : files) {
      String sha = source.sha256(entry, context);
      if (sha == null) {
        continue;
      }
      Json.read(source, entry, false, true, context, new TelegramReader(entry, sha, context));
    }
  }

  /** Follows which chat is being read and turns its messages into posts. */
  private static final class TelegramReader implements Json.Visitor {
    private final ExportSource.Entry entry;
    private final String sha;
    private final ImportContext context;
    private final String folder;
    private List<String> chatPath = List.of();
    private String chatId;

    TelegramReader(ExportSource.Entry entry, String sha, ImportContext context) {
      this.entry = entry;
      this.sha = sha;
      this.context = context;
      int slash = entry.name().lastIndexOf('/');
      this.folder = slash < 0 ? "" : entry.name().substring(0, slash + 1);
    }

    /** A chat object: the document itself (single chat) or an element of {@code chats.list}/{@code left_chats.list}. */
    private static boolean isChat(List<String> path) {
      return path.isEmpty() || (path.size() == 2 && path.get(1).equals("list")
          && (path.get(0).equals("chats") || path.get(0).equals("left_chats")));
    }

    @Override
    public void objectStart(List<String> path) {
      if (isChat(path)) {
        chatPath = path;
        chatId = null;
      }
    }

    @Override
    public void scalar(List<String> path, String value) {
      if (path.size() == chatPath.size() + 1 && path.get(path.size() - 1).equals("id")
          && path.subList(0, chatPath.size()).equals(chatPath)) {
        chatId = value == null || value.isBlank() ? null : value.strip();
      }
    }

    @Override
    public boolean records(List<String> path) {
      int n = path.size();
      return n > 0 && path.get(n - 1).equals("messages") && isChat(path.subList(0, n - 1));
    }

    @Override
    public void record(List<String> path, JsonNode m, String position) {
      try {
        read(path, m, position);
      } catch (RuntimeException e) {
        // a guard: no record may stop the import, whatever it holds
        context.problem(entry.path(), position, "problem.message.unreadable", ExportSource.detail(e));
      }
    }

    private void read(List<String> path, JsonNode m, String position) {
      if (m == null || !m.isObject()) {
        context.problem(entry.path(), position, "problem.message.notObject");
        return;
      }
      String type = Json.text(m, "type");
      if ("service".equals(type)) {
        context.skip("service_message");
        return;
      }
      if ("unsupported".equals(type)) {
        context.skip("unsupported_message");
        return;
      }
      if (type != null && !"message".equals(type)) {
        context.skip("unknown_message_type");
        return;
      }
      String from = Json.text(m, "from");
      String author = Json.text(m, "author");
      String account;
      if (context.isSender(from)) {
        account = from;
      } else if (context.isSender(author)) {
        account = author;
      } else {
        context.other();
        return;
      }
      Instant time;
      try {
        time = TelegramDates.time(m, context.zone());
      } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
        context.problem(entry.path(), position, "problem.telegram.badDate", Json.text(m, "id"));
        return;
      }
      TelegramText text = TelegramText.of(m);
      List<String> media = new ArrayList<>();
      boolean hadMedia = false;
      for (String field : List.of("photo", "file")) {
        JsonNode f = m.get(field);
        if (f == null || f.isNull()) {
          continue;
        }
        hadMedia = true;
        String value = f.isValueNode() ? f.asText().strip() : "";
        if (!value.isEmpty() && !TelegramText.isPlaceholder(value)) {
          media.add(resolve(value));
        }
      }
      if (text.text().isEmpty() && !hadMedia) {
        context.skip("no_text_or_media");
        return;
      }
      String id = Json.text(m, "id");
      CapturedPost.Builder b = CapturedPost.builder(Platform.TELEGRAM,
              m.has("forwarded_from") ? PostKind.SHARE : PostKind.MESSAGE)
          .account(account)
          .text(text.text())
          .createdAt(time)
          .url(null)
          .media(media)
          .source(new CapturedPost.Source(entry.path(), position, sha));
      if (chatId != null && id != null && !id.isBlank()) {
        b.externalId(chatId + "/" + id.strip());
      }
      if (text.entities()) {
        b.hashtags(text.hashtags()).mentions(text.mentions()).links(text.links());
      }
      context.emit(b.build());
    }

    /** A media path relative to {@code result.json}, as a path inside the export. */
    private String resolve(String value) {
      String v = value.replace('\\', '/');
      if (v.startsWith("/") || v.contains("://") || v.startsWith("../") || folder.isEmpty()) {
        return v;
      }
      return folder + v;
    }
  }
}
