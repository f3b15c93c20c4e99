package id.cermat.importers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading the fields of TikTok's records, whose names changed case between vintages. */
final class TikTokFields {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]")
      .withResolverStyle(ResolverStyle.STRICT);

  private TikTokFields() {
  }

  /**
   * The first of {@code names} (case ignored) that {@code record} holds with a value, as text; null when none
   * does. "", "None", "N/A" and "null" count as no value.
   */
  static String get(JsonNode record, String... names) {
    for (String name : names) {
      for (Map.Entry<String, JsonNode> f : record.properties()) {
        if (f.getKey().equalsIgnoreCase(name) && f.getValue() != null && f.getValue().isValueNode()) {
          String v = value(f.getValue().isNull() ? null : f.getValue().asText());
          if (v != null) {
            return v;
          }
        }
      }
    }
    return null;
  }

  /** {@code s} stripped, or null when it is blank or one of TikTok's words for nothing. */
  static String value(String s) {
    if (s == null) {
      return null;
    }
    String v = s.strip();
    if (v.isEmpty() || v.equalsIgnoreCase("None") || v.equalsIgnoreCase("N/A") || v.equalsIgnoreCase("null")) {
      return null;
    }
    return v;
  }

  /**
   * A TikTok date ({@code 2023-05-01 14:22:10}) as an instant, read as UTC (UNVERIFIED: the export writes no
   * zone); null when there is none.
   *
   * @throws DateTimeException when it cannot be read
   */
  static Instant time(String s) {
    if (s == null) {
      return null;
    }
    return LocalDateTime.parse(s.strip().replace('T', ' '), DATE).toInstant(ZoneOffset.UTC);
  }

  /** The links in a Link field: slideshows hold several, one a line. */
  static List<String> links(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (String part : s.split("\\s+")) {
      if (!part.isEmpty() && !out.contains(part)) {
        out.add(part);
      }
    }
    return out;
  }
}
