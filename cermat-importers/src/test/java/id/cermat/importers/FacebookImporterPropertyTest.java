package id.cermat.importers;

/** The Facebook importer keeps its contract on random bytes and on damaged copies of its fixtures. */
class FacebookImporterPropertyTest extends MetaImporterProperties {

  FacebookImporterPropertyTest() {
    super(new FacebookImporter(), "facebook", "your_posts_1.json");
  }
}
