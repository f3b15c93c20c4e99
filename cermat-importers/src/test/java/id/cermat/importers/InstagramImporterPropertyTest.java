package id.cermat.importers;

/** The Instagram importer keeps its contract on random bytes and on damaged copies of its fixtures. */
class InstagramImporterPropertyTest extends MetaImporterProperties {

  InstagramImporterPropertyTest() {
    super(new InstagramImporter(), "instagram", "posts_1.json");
  }
}
