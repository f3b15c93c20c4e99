package id.cermat.importers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A Meta importer (Instagram, Facebook, Messenger) keeps its contract on random bytes named as its main file
 * and on damaged copies of its fixtures. Each importer's test class names the importer, its fixtures and file.
 */
abstract class MetaImporterProperties {

  private final ExportImporter importer;
  private final String fileName;
  private final List<Path> inputs;

  MetaImporterProperties(ExportImporter importer, String format, String fileName) {
    this.importer = importer;
    this.fileName = fileName;
    this.inputs = MetaMutations.inputs(format);
  }

  @Property(tries = 100)
  void randomBytes(@ForAll @Size(max = 2048) byte[] bytes) throws IOException {
    MetaMutations.checkFile(importer, fileName, bytes);
  }

  @Property(tries = 50)
  void randomJsonishText(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 9) Integer> pieces)
      throws IOException {
    String[] parts = {"{", "}", "[", "]", "\"", ":", ",", "\"timestamp\"", "\"media\"", "\\u00c3"};
    StringBuilder b = new StringBuilder();
    for (int p : pieces) {
      b.append(parts[p]);
    }
    MetaMutations.checkFile(importer, fileName, b.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 200)
  void damagedFixtures(@ForAll @IntRange(min = 0, max = 1000) int input, @ForAll @IntRange(min = 0, max = 1000) int file,
      @ForAll @IntRange(min = 0, max = 8) int op, @ForAll int where, @ForAll byte value) throws IOException {
    MetaMutations.checkMutatedCopy(importer, inputs.get(input % inputs.size()), file, op, where, value);
  }
}
