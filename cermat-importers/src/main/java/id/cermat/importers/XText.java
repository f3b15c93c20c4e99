package id.cermat.importers;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text and time helpers of the X archive: HTML entities, X's date format, text compared for note tweets. */
final class XText {

  /**
   * {@code Fri Feb 24 06:58:32 +0000 2023}, as X writes {@code created_at} ({@code EEE MMM dd HH:mm:ss Z yyyy};
   * {@code uuuu} so that strict resolving refuses a day the month does not have).
   */
  static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z uuuu", Locale.ENGLISH)
      .withResolverStyle(ResolverStyle.STRICT);

  /** The same without the day of the week, for a date whose weekday does not agree with it. */
  private static final DateTimeFormatter CREATED_AT_NO_WEEKDAY =
      DateTimeFormatter.ofPattern("MMM dd HH:mm:ss Z uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

  private static final Pattern URL = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_MENTIONS = Pattern.compile("^(?:@\\w+\\s+)+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private XText() {
  }

  /**
   * {@code value} with HTML character references decoded in one pass ({@code &amp;lt;} gives {@code &lt;}):
   * {@code &amp; &lt; &gt; &quot; &apos; &nbsp;} and numeric ones ({@code &#39; &#x27;}). Anything else that
   * starts with '&' is left as written.
   */
  static String unescapeHtml(String value) {
    if (value == null || value.indexOf('&') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    int i = 0;
    int n = value.length();
    while (i < n) {
      char c = value.charAt(i);
      if (c == '&') {
        int semi = value.indexOf(';', i + 1);
        if (semi > i + 1 && semi - i <= 10) {
          String decoded = entity(value.substring(i + 1, semi));
          if (decoded != null) {
            out.append(decoded);
            i = semi + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static String entity(String name) {
    switch (name) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      case "nbsp":
        return "\u00a0";
      default:
        break;
    }
    if (name.length() < 2 || name.charAt(0) != '#') {
      return null;
    }
    try {
      int code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
          ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
      if (code <= 0 || code > Character.MAX_CODE_POINT || (code >= 0xD800 && code <= 0xDFFF)) {
        return null;
      }
      return new String(Character.toChars(code));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The instant of an X time: {@code created_at}'s {@code EEE MMM dd HH:mm:ss Z yyyy} (English names; a weekday
   * that does not agree with the date is ignored) or ISO-8601 with an offset ({@code 2023-03-01T08:00:00.000Z},
   * as note tweets and likes write them); null when {@code value} is neither.
   */
  static Instant parseTime(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.isEmpty() || v.length() > 64) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v, CREATED_AT).toInstant();
    } catch (DateTimeException e) {
      // the weekday may disagree with the date, or it is another form
    }
    int space = v.indexOf(' ');
    if (space == 3) {
      try {
        return OffsetDateTime.parse(v.substring(4), CREATED_AT_NO_WEEKDAY).toInstant();
      } catch (DateTimeException e) {
        // not X's form
      }
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The text as compared to find a tweet's note tweet: links, the leading reply mentions and ellipses left out,
   * white space collapsed, lower case.
   */
  static String comparable(String text) {
    if (text == null) {
      return "";
    }
    String t = URL.matcher(text).replaceAll(" ").replace("\u2026", " ");
    t = SPACES.matcher(t).replaceAll(" ").strip();
    t = LEADING_MENTIONS.matcher(t + " ").replaceFirst("").strip();
    return t.toLowerCase(Locale.ROOT);
  }
}
