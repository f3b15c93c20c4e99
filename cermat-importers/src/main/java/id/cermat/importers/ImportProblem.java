package id.cermat.importers;

/**
 * A record or file that could not be read while the rest of the export could: the file, the position in it
 * ("line 12", "record 3") and what was wrong.
 */
public record ImportProblem(String file, String position, String reason) {

  @Override
  public String toString() {
    return ImportException.describe(file, position, reason);
  }
}
