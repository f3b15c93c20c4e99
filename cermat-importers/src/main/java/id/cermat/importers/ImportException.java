package id.cermat.importers;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The only exception an importer throws: the export (or one file of it) could not be read, with the file and
 * the position where reading stopped. Problems that spoil a single record or file are reported to the
 * {@link ImportContext} instead and reading goes on. What went wrong is a message key of
 * {@link ImportMessages} with its arguments; {@link #getMessage()} says it in English, {@link #message(Locale)}
 * in the language asked.
 */
public final class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String position;
  private final String key;
  private final transient List<Object> args;

  /**
   * @param file     the file that could not be read (may be null)
   * @param position where in it ("line 12", may be null)
   * @param key      the message key of what went wrong, in {@link ImportMessages}' bundles
   * @param args     the message's arguments
   */
  public ImportException(String file, String position, String key, Object... args) {
    this(null, file, position, key, args);
  }

  private ImportException(Throwable cause, String file, String position, String key, Object[] args) {
    super(describe(file, position, ImportMessages.get(Locale.ENGLISH, key, args)), cause);
    this.file = file;
    this.position = position;
    this.key = key;
    this.args = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.clone()));
  }

  /** As {@link #ImportException(String, String, String, Object...)}, with the exception that caused it. */
  public static ImportException caused(Throwable cause, String file, String position, String key,
      Object... args) {
    return new ImportException(cause, file, position, key, args);
  }

  static String describe(String file, String position, String reason) {
    StringBuilder b = new StringBuilder();
    if (file != null) {
      b.append(file).append(": ");
    }
    if (position != null && !position.isEmpty()) {
      b.append(position).append(": ");
    }
    return b.append(reason).toString();
  }

  /** The file (inside its archive, as {@code archive.zip!/path}) that could not be read; may be null. */
  public String file() {
    return file;
  }

  /** Where in the file reading stopped ("line 12"); may be null. */
  public String position() {
    return position;
  }

  /** The message key of what went wrong. */
  public String key() {
    return key;
  }

  /** The message's arguments. */
  public List<Object> args() {
    return args == null ? List.of() : args;
  }

  /** What went wrong, without the file and position, in English. */
  public String reason() {
    return reason(Locale.ENGLISH);
  }

  /** What went wrong, without the file and position, in {@code locale}. */
  public String reason(Locale locale) {
    return ImportMessages.get(locale, key, args().toArray());
  }

  /** "file: position: reason" in {@code locale}. */
  public String message(Locale locale) {
    return describe(file, ImportMessages.position(locale, position), reason(locale));
  }

  /** This exception as a problem of the file and position it names. */
  public ImportProblem problem() {
    return new ImportProblem(file, position, key, args());
  }
}
