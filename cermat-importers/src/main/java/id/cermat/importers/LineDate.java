package id.cermat.importers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day line of a LINE chat history, in one of the shapes LINE writes: {@code 2018/04/16(Mon)},
 * {@code 2017.09.02 Saturday}, {@code 2024/1/23(火)} (year first, day name optional), or
 * {@code Fri, 1/30/2026} / {@code Jum, 30/01/2026} (a known English or Indonesian day name, then a date whose
 * day/month order has to be inferred).
 *
 * @param a          the first date field (the year when {@code yearFirst})
 * @param b          the second
 * @param c          the third (the year when not {@code yearFirst})
 * @param yearFirst  whether the year comes first
 * @param indonesian whether the day name is Indonesian
 */
record LineDate(int a, int b, int c, boolean yearFirst, boolean indonesian) {

  private static final Pattern YEAR_FIRST = Pattern.compile(
      "^(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})\\s*(?:\\(\\s*[^()\\s]{1,12}\\s*\\)|\\s[\\p{L}']{2,12}\\.?)?$");
  private static final Pattern NAME_FIRST = Pattern.compile(
      "^([\\p{L}']{2,12})\\.?,?\\s+(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$");
  private static final Set<String> ENGLISH = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
  private static final Set<String> INDONESIAN = Set.of("senin", "selasa", "rabu", "kamis", "jumat", "jum'at",
      "sabtu", "minggu", "sen", "sel", "rab", "kam", "jum", "sab", "min");

  /** The day line {@code line} (already stripped), or null when it is not one. */
  static LineDate parse(String line) {
    if (line.length() < 8 || line.length() > 40) {
      return null;
    }
    Matcher m = YEAR_FIRST.matcher(line);
    if (m.matches()) {
      return new LineDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), true, false);
    }
    m = NAME_FIRST.matcher(line);
    if (m.matches()) {
      String day = m.group(1).toLowerCase(Locale.ROOT);
      boolean en = ENGLISH.contains(day);
      boolean id = INDONESIAN.contains(day);
      if (en || id) {
        return new LineDate(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)), false, id && !en);
      }
    }
    return null;
  }

  /**
   * The date, with the first two fields read as day/month when {@code dayMonth} (ignored for year-first dates).
   *
   * @throws DateTimeException when there is no such date
   */
  LocalDate date(boolean dayMonth) {
    if (yearFirst) {
      return LocalDate.of(a, b, c);
    }
    return dayMonth ? LocalDate.of(c, b, a) : LocalDate.of(c, a, b);
  }
}
