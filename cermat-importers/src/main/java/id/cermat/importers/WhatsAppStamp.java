package id.cermat.importers;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timestamp that starts a WhatsApp message line, Android ({@code 04/02/22 10.15 - rest}) or iOS
 * ({@code [04/02/22, 10.16.40] rest}), before the day/month order is known. Lines are matched after
 * {@link #clean(String) cleaning} except for U+200E, which iOS puts before system messages and placeholders.
 *
 * @param a      the first date field
 * @param b      the second date field
 * @param c      the third date field
 * @param aDigits how many digits the first field has (4 = year first)
 * @param cDigits how many digits the third field has
 * @param hour   the hour as written
 * @param minute the minute
 * @param second the second, 0 when not written
 * @param meridiem 'A' or 'P' for 12-hour times, 0 for 24-hour times
 * @param dotTime whether the time is written with dots ({@code 10.15}, Indonesian)
 * @param ios    whether the line is in the iOS form
 * @param rest   what follows the timestamp (sender and text, or a system message), U+200E kept
 */
record WhatsAppStamp(int a, int b, int c, int aDigits, int cDigits, int hour, int minute, int second,
    char meridiem, boolean dotTime, boolean ios, String rest) {

  /** Day/month order of a file's dates. */
  enum Order { DAY_MONTH, MONTH_DAY }

  private static final String DATE = "(\\d{1,4})([/.\\-])(\\d{1,2})\\2(\\d{1,4})";
  private static final String TIME = "(\\d{1,2})([:.])(\\d{2})(?:[:.](\\d{2}))?(?:\\s*([AaPp])\\.?\\s?[Mm]\\.?)?";
  private static final Pattern ANDROID = Pattern.compile(
      "^\\u200e*" + DATE + ",?\\s+" + TIME + "\\s*[-\\u2013]\\s?(.*)$", Pattern.DOTALL);
  private static final Pattern IOS = Pattern.compile(
      "^\\u200e*\\[" + DATE + ",?\\s+" + TIME + "\\]\\s?(.*)$", Pattern.DOTALL);

  /**
   * Removes the marks WhatsApp writes into lines (byte-order mark, right-to-left mark, embedding marks) and turns
   * narrow and non-breaking spaces into spaces. U+200E (left-to-right mark) is kept; {@link #strip} removes it.
   */
  static String clean(String line) {
    StringBuilder b = null;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      boolean drop = ch == '\ufeff' || ch == '\u200f' || (ch >= '\u202a' && ch <= '\u202e')
          || (ch >= '\u2066' && ch <= '\u2069');
      boolean space = ch == '\u202f' || ch == '\u00a0';
      if (drop || space) {
        if (b == null) {
          b = new StringBuilder(line.length());
          b.append(line, 0, i);
        }
        if (space) {
          b.append(' ');
        }
      } else if (b != null) {
        b.append(ch);
      }
    }
    return b == null ? line : b.toString();
  }

  /** {@code s} without any U+200E. */
  static String strip(String s) {
    return s.indexOf('\u200e') < 0 ? s : s.replace("\u200e", "");
  }

  /** The timestamp starting the {@link #clean cleaned} {@code line}, or null when it starts none. */
  static WhatsAppStamp parse(String line) {
    if (line.isEmpty()) {
      return null;
    }
    char first = line.charAt(0);
    boolean ios = first == '[' || (first == '\u200e' && line.indexOf('[') >= 0 && line.indexOf('[') < 4);
    if (!ios && !(Character.isDigit(first) || first == '\u200e')) {
      return null;
    }
    Matcher m = (ios ? IOS : ANDROID).matcher(line);
    if (!m.matches()) {
      return null;
    }
    String as = m.group(1);
    String cs = m.group(4);
    boolean yearFirst = as.length() == 4 && cs.length() <= 2;
    boolean yearLast = as.length() <= 2 && (cs.length() == 2 || cs.length() == 4);
    if (!yearFirst && !yearLast) {
      return null;
    }
    String sec = m.group(8);
    String ap = m.group(9);
    return new WhatsAppStamp(Integer.parseInt(as), Integer.parseInt(m.group(3)), Integer.parseInt(cs), as.length(),
        cs.length(), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(7)),
        sec == null ? 0 : Integer.parseInt(sec),
        ap == null ? 0 : Character.toUpperCase(ap.charAt(0)), ".".equals(m.group(6)), ios, m.group(10));
  }

  /** Whether the first field is a year ({@code 2022-02-04}). */
  boolean yearFirst() {
    return aDigits == 4;
  }

  /**
   * The local time this stamp means with dates in {@code order} (ignored for year-first dates); two-digit years
   * are 20YY.
   *
   * @throws DateTimeException when there is no such date or time
   */
  LocalDateTime time(Order order) {
    int year;
    int month;
    int day;
    if (yearFirst()) {
      year = a;
      month = b;
      day = c;
    } else {
      year = cDigits == 2 ? 2000 + c : c;
      month = order == Order.DAY_MONTH ? b : a;
      day = order == Order.DAY_MONTH ? a : b;
    }
    int h = hour;
    if (meridiem != 0) {
      if (h < 1 || h > 12) {
        throw new DateTimeException("hour " + h + " with AM/PM");
      }
      h = h % 12 + (meridiem == 'P' ? 12 : 0);
    }
    return LocalDateTime.of(year, month, day, h, minute, second);
  }
}
