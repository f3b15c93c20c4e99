package id.cermat.importers;

/** PLACEHOLDER: being written. */
public final class MessengerImporter implements ExportImporter {

  @Override
  public String format() {
    return "messenger";
  }

  @Override
  public Platform platform() {
    return Platform.MESSENGER;
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
    throw new ImportException(source.name(), null, "the messenger importer is not written yet");
  }
}
