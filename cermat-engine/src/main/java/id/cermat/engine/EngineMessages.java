package id.cermat.engine;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The engine's words for people (reasons of evidence), in Bahasa Indonesia or English. */
final class EngineMessages {

  private static final String BUNDLE = "id.cermat.engine.messages";

  private final ResourceBundle bundle;

  EngineMessages(Locale locale) {
    // Indonesian is the base bundle; no fallback to the JVM's default locale.
    this.bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH
        : Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The message {@code key} with {0}, {1}, ... replaced by {@code args}. */
  String get(String key, Object... args) {
    String s;
    try {
      s = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("message missing: " + key, e);
    }
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }
}
