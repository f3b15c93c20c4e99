package id.cermat.importers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the importers say to people, from the bundles {@code id/cermat/importers/messages*.properties}: Bahasa
 * Indonesia (the default, for every locale but English) or English. Patterns take {@code {0}}, {@code {1}}...
 * replaced by their arguments as they are ({@link String#valueOf}), the same plain replacement as the command
 * line's messages: no {@link java.text.MessageFormat} quoting, no number formatting. An argument that is a
 * {@link Text} is itself translated.
 */
public final class ImportMessages {

  /** The bundles' base name. */
  public static final String BUNDLE = "id.cermat.importers.messages";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Pattern LINE = Pattern.compile("line (\\d+|\\?)");

  /**
   * A message still to be translated: a key and its arguments, given as the argument of another message (a
   * reason inside "cannot be read: {0}").
   */
  public record Text(String key, List<Object> args) {

    public Text {
      Objects.requireNonNull(key, "key");
      args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Text of(String key, Object... args) {
      return new Text(key, args == null ? null : java.util.Arrays.asList(args));
    }

    public String in(Locale locale) {
      return get(locale, key, args.toArray());
    }

    /** English. */
    @Override
    public String toString() {
      return in(Locale.ENGLISH);
    }
  }

  private ImportMessages() {
  }

  /** The message {@code key} in {@code locale} (English for English, else Indonesian) with {@code args}. */
  public static String get(Locale locale, String key, Object... args) {
    String pattern = pattern(locale, key);
    if (pattern == null) {
      // never fail over a message: say what is known
      StringBuilder b = new StringBuilder(key);
      if (args != null) {
        for (Object a : args) {
          b.append(' ').append(argument(locale, a));
        }
      }
      return b.toString();
    }
    return format(locale, pattern, args);
  }

  /** A skip reason ({@link ImportContext#skip}'s identifier, such as {@code system_message}) in {@code locale}. */
  public static String skipReason(Locale locale, String id) {
    String pattern = pattern(locale, "skip." + id);
    return pattern == null ? id : pattern;
  }

  /**
   * A position ("line 12", "line ?", as records hold it) in {@code locale}: "baris 12" in Indonesian; any other
   * position as it is; null stays null.
   */
  public static String position(Locale locale, String position) {
    if (position == null) {
      return null;
    }
    Matcher m = LINE.matcher(position);
    return m.matches() ? get(locale, "position.line", m.group(1)) : position;
  }

  /** The bundle for {@code locale}: English for English, else Bahasa Indonesia (the root bundle). */
  static ResourceBundle bundle(Locale locale) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    return ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String pattern(Locale locale, String key) {
    try {
      ResourceBundle b = bundle(locale);
      return b.containsKey(key) ? b.getString(key) : null;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** {@code pattern} with each {@code {n}} replaced by argument n, in one pass (an argument is never re-read). */
  static String format(Locale locale, String pattern, Object... args) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      String value = args != null && i < args.length ? argument(locale, args[i]) : m.group();
      m.appendReplacement(b, Matcher.quoteReplacement(value));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String argument(Locale locale, Object a) {
    return a instanceof Text t ? t.in(locale) : String.valueOf(a);
  }
}
