package id.cermat.importers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The time of a Telegram message. */
final class TelegramDates {

  private TelegramDates() {
  }

  /**
   * The time of message {@code m}: {@code date_unixtime} (seconds, written as a string) when present; else
   * {@code date} (ISO local date-time of the exporting computer, no offset) in {@code zone}; null when the
   * message has neither.
   *
   * @throws DateTimeException when the field used cannot be read
   */
  static Instant time(JsonNode m, ZoneId zone) {
    String unix = Json.text(m, "date_unixtime");
    if (unix != null && !unix.isBlank()) {
      return unix(unix);
    }
    String local = Json.text(m, "date");
    if (local != null && !local.isBlank()) {
      return LocalDateTime.parse(local.strip()).atZone(zone).toInstant();
    }
    return null;
  }

  /** Seconds since the epoch, as Telegram writes them ("1707189333"). */
  static Instant unix(String s) {
    String v = s.strip();
    if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new DateTimeException("not a number of seconds: " + v);
    }
    return Instant.ofEpochSecond(Long.parseLong(v));
  }
}
