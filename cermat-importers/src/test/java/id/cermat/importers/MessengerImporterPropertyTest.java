package id.cermat.importers;

/** The Messenger importer keeps its contract on random bytes and on damaged copies of its fixtures. */
class MessengerImporterPropertyTest extends MetaImporterProperties {

  MessengerImporterPropertyTest() {
    super(new MessengerImporter(), "messenger", "message_1.json");
  }
}
