package id.cermat.importers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The Messenger importer keeps its contract on random bytes and on damaged copies of its fixtures. */
class MessengerImporterPropertyTest {

  private static final ExportImporter IMPORTER = new MessengerImporter();
  private static final List<Path> INPUTS = MetaMutations.inputs("messenger");

  @Property(tries = 100)
  void randomBytes(@ForAll @Size(max = 2048) byte[] bytes) throws IOException {
    MetaMutations.checkFile(IMPORTER, "message_1.json", bytes);
  }

  @Property(tries = 50)
  void randomJsonishText(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 9) Integer> pieces)
      throws IOException {
    String[] parts = {"{", "}", "[", "]", "\"", ":", ",", "\"timestamp\"", "\"media\"", "\\u00c3"};
    StringBuilder b = new StringBuilder();
    for (int p : pieces) {
      b.append(parts[p]);
    }
    MetaMutations.checkFile(IMPORTER, "message_1.json", b.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 200)
  void damagedFixtures(@ForAll @IntRange(min = 0, max = 1000) int input, @ForAll @IntRange(min = 0, max = 1000) int file,
      @ForAll @IntRange(min = 0, max = 8) int op, @ForAll int where, @ForAll byte value) throws IOException {
    MetaMutations.checkMutatedCopy(IMPORTER, INPUTS.get(input % INPUTS.size()), file, op, where, value);
  }
}
