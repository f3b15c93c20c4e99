package id.cermat.importers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A record or file that could not be read while the rest of the export could: the file, the position in it
 * ("line 12", kept in English as records hold it) and what was wrong, as a message key of
 * {@link ImportMessages} with its arguments, so it can be said in Bahasa Indonesia or English.
 *
 * @param args the message's arguments (may hold nulls, and {@link ImportMessages.Text} to be translated too)
 */
public record ImportProblem(String file, String position, String key, List<Object> args) {

  public ImportProblem {
    Objects.requireNonNull(key, "key");
    args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
  }

  /** A problem with the message {@code key} and its {@code args}. */
  public static ImportProblem of(String file, String position, String key, Object... args) {
    return new ImportProblem(file, position, key, args == null ? null : Arrays.asList(args));
  }

  /** What was wrong, without the file and position, in {@code locale}. */
  public String reason(Locale locale) {
    return ImportMessages.get(locale, key, args.toArray());
  }

  /** What was wrong, in English. */
  public String reason() {
    return reason(Locale.ENGLISH);
  }

  /** "file: position: reason" in {@code locale} (the position too: "baris 12"). */
  public String message(Locale locale) {
    return ImportException.describe(file, ImportMessages.position(locale, position), reason(locale));
  }

  /** The message in English. */
  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }
}
