package id.cermat.importers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a Telegram message and, when the export marks them, its hashtags, mentions and links.
 *
 * @param text     the text as shown (the pieces of an array joined)
 * @param entities whether the export marked entities ({@code text_entities}, or {@code text} as an array):
 *                 then the lists below are the export's own and not found again in the text
 */
record TelegramText(String text, boolean entities, List<String> hashtags, List<String> mentions,
    List<String> links) {

  /** Reads {@code text} and {@code text_entities} of message {@code m}; a poll gives its question and answers. */
  static TelegramText of(JsonNode m) {
    JsonNode text = m.get("text");
    JsonNode marked = m.get("text_entities");
    List<JsonNode> parts = new ArrayList<>();
    boolean entities = false;
    if (marked != null && marked.isArray()) {
      marked.forEach(parts::add);
      entities = true;
    } else if (text != null && text.isArray()) {
      text.forEach(parts::add);
      entities = true;
    }
    String plain;
    if (text != null && text.isValueNode() && !text.isNull()) {
      plain = text.asText();
    } else if (text != null && text.isArray()) {
      plain = join(text);
    } else {
      plain = marked != null && marked.isArray() ? join(marked) : "";
    }
    if (plain.isEmpty()) {
      String poll = poll(m.get("poll"));
      if (!poll.isEmpty()) {
        // a poll has no entities of its own: its hashtags and links are found in its text
        return new TelegramText(poll, false, List.of(), List.of(), List.of());
      }
    }
    List<String> hashtags = new ArrayList<>();
    List<String> mentions = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (JsonNode p : parts) {
      if (p == null || !p.isObject()) {
        continue;
      }
      String type = Json.text(p, "type");
      String t = Json.text(p, "text");
      if (type == null || t == null) {
        continue;
      }
      t = t.strip();
      switch (type) {
        case "hashtag" -> add(hashtags, t.startsWith("#") ? t.substring(1) : t);
        case "mention", "mention_name" -> add(mentions, t.startsWith("@") ? t.substring(1) : t);
        case "link" -> add(links, t);
        case "text_link" -> add(links, Json.text(p, "href"));
        default -> {
        }
      }
    }
    return new TelegramText(plain, entities, hashtags, mentions, links);
  }

  /** Whether a media field holds Telegram's note of a file left out of the export, not a path. */
  static boolean isPlaceholder(String value) {
    return value.startsWith("(") && value.endsWith(")");
  }

  private static String join(JsonNode array) {
    StringBuilder b = new StringBuilder();
    for (JsonNode p : array) {
      if (p == null || p.isNull()) {
        continue;
      }
      if (p.isValueNode()) {
        b.append(p.asText());
      } else {
        String t = Json.text(p, "text");
        if (t != null) {
          b.append(t);
        }
      }
    }
    return b.toString();
  }

  /** A poll's question and answers, one a line; "" when there is none. */
  private static String poll(JsonNode poll) {
    String question = Json.text(poll, "question");
    if (question == null || question.isBlank()) {
      return "";
    }
    StringBuilder b = new StringBuilder(question);
    for (JsonNode a : Json.array(poll, "answers")) {
      String t = Json.text(a, "text");
      if (t != null && !t.isBlank()) {
        b.append('\n').append(t);
      }
    }
    return b.toString();
  }

  private static void add(List<String> list, String value) {
    if (value != null && !value.isBlank() && !list.contains(value)) {
      list.add(value);
    }
  }
}
