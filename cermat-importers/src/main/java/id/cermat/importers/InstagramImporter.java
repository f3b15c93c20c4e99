package id.cermat.importers;

/** PLACEHOLDER: being written. */
public final class InstagramImporter implements ExportImporter {

  @Override
  public String format() {
    return "instagram";
  }

  @Override
  public Platform platform() {
    return Platform.INSTAGRAM;
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
    throw new ImportException(source.name(), null, "the instagram importer is not written yet");
  }
}
