package id.cermat.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Every importer, the choice of one for an export, and a whole import run. */
public final class Importers {

  private static final List<ExportImporter> ALL = List.of(
      new XImporter(), new InstagramImporter(), new FacebookImporter(), new TikTokImporter(),
      new TelegramImporter(), new WhatsAppImporter(), new LineImporter(), new MessengerImporter());

  /** The key of the error a chat gives without a sender: a usage error rather than an unreadable export. */
  public static final String NEED_SENDER = "error.chat.needSender";

  private Importers() {
  }

  public static List<ExportImporter> all() {
    return ALL;
  }

  /** The formats' names, for messages: "x, instagram, ...". */
  public static String formats() {
    return ALL.stream().map(ExportImporter::format).collect(Collectors.joining(", "));
  }

  /** The importer for {@code format} (case ignored), or null. */
  public static ExportImporter byFormat(String format) {
    for (ExportImporter i : ALL) {
      if (i.format().equalsIgnoreCase(format.strip())) {
        return i;
      }
    }
    return null;
  }

  /**
   * The importer surest that {@code source} is its format.
   *
   * @throws ImportException when none recognises it, or two are equally sure
   */
  public static ExportImporter detect(ExportSource source) throws ImportException {
    int best = 0;
    List<ExportImporter> winners = new ArrayList<>();
    for (ExportImporter i : ALL) {
      int score = i.detect(source);
      if (score > best) {
        best = score;
        winners.clear();
        winners.add(i);
      } else if (score == best && score > 0) {
        winners.add(i);
      }
    }
    if (winners.isEmpty()) {
      throw new ImportException(source.name(), null, "error.format.unrecognised", formats());
    }
    if (winners.size() > 1) {
      List<String> names = winners.stream().map(ExportImporter::format).toList();
      throw new ImportException(source.name(), null, "error.format.ambiguous",
          String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }
    return winners.get(0);
  }

  /** The importer named {@code format}, or when it is null the one that recognises {@code source}. */
  public static ExportImporter choose(ExportSource source, String format) throws ImportException {
    if (format == null) {
      return detect(source);
    }
    ExportImporter importer = byFormat(format);
    if (importer == null) {
      throw new ImportException(null, null, "error.format.unknown", format, formats());
    }
    return importer;
  }

  /**
   * Imports {@code path} (a file, folder or zip) into {@code context}: the format named (or recognised when
   * {@code format} is null), files refused as unsafe reported as problems.
   *
   * @return the importer that read it
   */
  public static ExportImporter run(Path path, String format, Limits limits, ImportContext context,
      ProgressListener progress) throws ImportException {
    ExportImporter importer = null;
    try (ExportSource source = ExportSource.open(path, limits)) {
      source.progress(progress);
      importer = choose(source, format);
      if (importer.chat() && context.sender() == null) {
        throw new ImportException(source.name(), null, NEED_SENDER, importer.format());
      }
      for (ImportProblem refused : source.refused()) {
        context.problem(refused);
      }
      importer.read(source, context);
    } catch (IOException e) {
      // closing the archive failed after everything was read: nothing is lost, but say so
      context.problem(path.toString(), null, "problem.file.notClosed", ExportSource.detail(e));
    }
    return importer;
  }

}
