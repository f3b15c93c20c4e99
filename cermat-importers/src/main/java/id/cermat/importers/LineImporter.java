package id.cermat.importers;

/** PLACEHOLDER: being written. */
public final class LineImporter implements ExportImporter {

  @Override
  public String format() {
    return "line";
  }

  @Override
  public Platform platform() {
    return Platform.LINE;
  }

  @Override
  public boolean chat() {
    return true;
  }

  @Override
  public int detect(ExportSource source) {
    return 0;
  }

  @Override
  public void read(ExportSource source, ImportContext context) throws ImportException {
    throw new ImportException(source.name(), null, "the line importer is not written yet");
  }
}
