package id.cermat.importers;

/** PLACEHOLDER: being written. */
public final class XImporter implements ExportImporter {

  @Override
  public String format() {
    return "x";
  }

  @Override
  public Platform platform() {
    return Platform.X;
  }

  @Override
  public boolean chat() {
    return false;
  }

  @Override
  public int detect(ExportSource source) {
    return 0;
  }

  @Override
  public void read(ExportSource source, ImportContext context) throws ImportException {
    throw new ImportException(source.name(), null, "the x importer is not written yet");
  }
}
