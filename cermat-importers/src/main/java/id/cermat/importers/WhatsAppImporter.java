package id.cermat.importers;

/** PLACEHOLDER: being written. */
public final class WhatsAppImporter implements ExportImporter {

  @Override
  public String format() {
    return "whatsapp";
  }

  @Override
  public Platform platform() {
    return Platform.WHATSAPP;
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
    throw new ImportException(source.name(), null, "the whatsapp importer is not written yet");
  }
}
