package id.cermat.importers;

/**
 * The only exception an importer throws: the export (or one file of it) could not be read, with the file and
 * the position where reading stopped. Problems that spoil a single record or file are reported to the
 * {@link ImportContext} instead and reading goes on.
 */
public final class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String position;
  private final String reason;

  public ImportException(String file, String position, String reason) {
    this(file, position, reason, null);
  }

  public ImportException(String file, String position, String reason, Throwable cause) {
    super(describe(file, position, reason), cause);
    this.file = file;
    this.position = position;
    this.reason = reason;
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

  /** Where in the file reading stopped ("line 12", "record 3"); may be null. */
  public String position() {
    return position;
  }

  /** What went wrong, without the file and position. */
  public String reason() {
    return reason;
  }
}
