package id.cermat.importers;

/** PLACEHOLDER: being written. */
public final class TelegramImporter implements ExportImporter {

  @Override
  public String format() {
    return "telegram";
  }

  @Override
  public Platform platform() {
    return Platform.TELEGRAM;
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
    throw new ImportException(source.name(), null, "the telegram importer is not written yet");
  }
}
