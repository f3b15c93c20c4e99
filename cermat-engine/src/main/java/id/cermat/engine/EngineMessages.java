package id.cermat.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The engine's words for people (reasons of evidence), in Bahasa Indonesia or English. */
final class EngineMessages {

  private static final String BUNDLE = "id.cermat.engine.messages";

  /**
   * Every message cut once at its placeholders: literal text at even positions, a placeholder's number at odd
   * ones. A post's reasons are written often enough that searching each message for "{0}", "{1}", ... every
   * time was a measurable part of screening; and an argument is never searched again, so a word of a post
   * that reads "{1}" stays as written.
   */
  private final Map<String, Object[]> templates = new HashMap<>();

  EngineMessages(Locale locale) {
    // Indonesian is the base bundle; no fallback to the JVM's default locale.
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH
        : Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    for (String key : bundle.keySet()) {
      templates.put(key, parse(bundle.getString(key)));
    }
  }

  private static Object[] parse(String s) {
    List<Object> parts = new ArrayList<>();
    int literal = 0;
    for (int i = 0; i < s.length(); i++) {
      int close = s.indexOf('}', i);
      if (s.charAt(i) == '{' && close > i + 1 && close <= i + 3 && s.substring(i + 1, close).chars()
          .allMatch(Character::isDigit)) {
        parts.add(s.substring(literal, i));
        parts.add(Integer.parseInt(s.substring(i + 1, close)));
        literal = close + 1;
        i = close;
      }
    }
    parts.add(s.substring(literal));
    return parts.toArray();
  }

  /** The message {@code key} with {0}, {1}, ... replaced by {@code args}. */
  String get(String key, Object... args) {
    Object[] parts = templates.get(key);
    if (parts == null) {
      throw new IllegalStateException("message missing: " + key);
    }
    if (parts.length == 1) {
      return (String) parts[0];
    }
    StringBuilder b = new StringBuilder(64);
    for (int p = 0; p < parts.length; p++) {
      if (p % 2 == 0) {
        b.append((String) parts[p]);
      } else {
        int n = (Integer) parts[p];
        if (n < args.length) {
          b.append(args[n]);
        } else {
          b.append('{').append(n).append('}');
        }
      }
    }
    return b.toString();
  }
}
