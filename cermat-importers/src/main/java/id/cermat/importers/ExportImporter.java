package id.cermat.importers;

import id.cermat.engine.Platform;

/**
 * Reads one platform's export format. An importer never throws anything but {@link ImportException}, and only
 * when the export as a whole cannot be read (none of its files found, the archive unreadable); a file or record
 * that cannot be read is reported to {@link ImportContext#problem} and the others are still read. It never
 * holds more than one record of a file in memory.
 */
public interface ExportImporter {

  /** The name given to {@code --format}: x, instagram, facebook, tiktok, telegram, whatsapp, line, messenger. */
  String format();

  Platform platform();

  /** Whether the export is a chat holding other people's messages, so that a sender must be named. */
  boolean chat();

  /**
   * How sure this importer is that {@code source} is its format, from file names and the first bytes of files:
   * 0 = not its format; 100 = certain. Cheap: reads at most a few kilobytes.
   */
  int detect(ExportSource source) throws ImportException;

  /** Reads every record of the export into {@code context}. */
  void read(ExportSource source, ImportContext context) throws ImportException;
}
