package id.cermat.importers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The LINE importer honours the contract on random bytes and on damaged copies of its fixtures. */
class LineImporterPropertyTest {

  private static final ExportImporter IMPORTER = new LineImporter();

  @Provide
  Arbitrary<List<Integer>> ops() {
    return Arbitraries.integers().list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 150)
  void randomBytesAfterAHeader(@ForAll @Size(max = 2000) byte[] bytes) throws IOException {
    byte[] head = "[LINE] Chat history with X\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + bytes.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bytes, 0, all, head.length, bytes.length);
    WhatsAppImporterPropertyTest.check(IMPORTER, "[LINE] Chat with X.txt", all);
  }

  @Property(tries = 200)
  void damagedFixtures(@ForAll("ops") List<Integer> ops, @ForAll int which) throws IOException {
    List<byte[]> all = WhatsAppImporterPropertyTest.fixtures("line");
    byte[] base = all.get(Math.floorMod(which, all.size()));
    WhatsAppImporterPropertyTest.check(IMPORTER, "[LINE] Chat with Uji.txt",
        WhatsAppImporterPropertyTest.mutate(base, ops));
  }

  @Property(tries = 20)
  void anOpenQuoteAndDeepNesting(@ForAll("ops") List<Integer> ops) throws IOException {
    StringBuilder b = new StringBuilder("[LINE] Chat history with X\n\n2026/02/02(Mon)\n10:00\tAnda\t\"");
    b.append("{[\"".repeat(20_000)).append('\n');
    for (int i = 0; i < 2000; i++) {
      b.append("lanjutan ").append(i).append('\n');
    }
    WhatsAppImporterPropertyTest.check(IMPORTER, "chat.txt",
        WhatsAppImporterPropertyTest.mutate(b.toString().getBytes(StandardCharsets.UTF_8), ops));
  }
}
