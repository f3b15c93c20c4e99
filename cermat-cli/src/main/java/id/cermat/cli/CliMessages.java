package id.cermat.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/** What the command line says to people, in Bahasa Indonesia (default) or English. */
final class CliMessages {

  private final ResourceBundle bundle;
  private final Locale locale;

  CliMessages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("id.cermat.cli.messages",
        "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  Locale locale() {
    return locale;
  }

  String get(String key, Object... args) {
    String s = bundle.getString(key);
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }
}
