package id.cermat.importers;

/** PLACEHOLDER: being written. */
public final class TikTokImporter implements ExportImporter {

  @Override
  public String format() {
    return "tiktok";
  }

  @Override
  public Platform platform() {
    return Platform.TIKTOK;
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
    throw new ImportException(source.name(), null, "the tiktok importer is not written yet");
  }
}
