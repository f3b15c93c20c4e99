package id.cermat.importers;

/** PLACEHOLDER: being written. */
public final class FacebookImporter implements ExportImporter {

  @Override
  public String format() {
    return "facebook";
  }

  @Override
  public Platform platform() {
    return Platform.FACEBOOK;
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
    throw new ImportException(source.name(), null, "the facebook importer is not written yet");
  }
}
