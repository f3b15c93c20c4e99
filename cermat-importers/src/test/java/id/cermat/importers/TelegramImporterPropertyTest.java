package id.cermat.importers;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The Telegram importer keeps its contract on random and damaged input. */
class TelegramImporterPropertyTest {

  private static final List<byte[]> SEEDS = TelegramTikTokMutations.seeds("telegram", "result.json");

  @Property(tries = 150)
  void randomBytes(@ForAll @Size(max = 4000) byte[] bytes) throws IOException {
    TelegramTikTokMutations.check(new TelegramImporter(), "result.json", bytes, "Budi Santoso");
  }

  @Property(tries = 250)
  void damagedFixtures(@ForAll @IntRange(min = 0, max = 99) int which, @ForAll long seed) throws IOException {
    byte[] mutated = TelegramTikTokMutations.mutate(SEEDS.get(which % SEEDS.size()), seed);
    TelegramTikTokMutations.check(new TelegramImporter(), "result.json", mutated, "Budi Santoso");
  }
}
