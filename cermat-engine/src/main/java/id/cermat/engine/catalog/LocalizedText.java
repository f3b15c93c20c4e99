package id.cermat.engine.catalog;

import java.util.Locale;
import java.util.Objects;

/** A text of the catalog in Bahasa Indonesia (first) and English. */
public record LocalizedText(String id, String en) {

  public LocalizedText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(en, "en");
  }

  /** The English text for an English locale, the Indonesian text otherwise. */
  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : id;
  }
}
