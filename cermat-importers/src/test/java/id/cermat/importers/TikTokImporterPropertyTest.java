package id.cermat.importers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The TikTok importer keeps its contract on random and damaged input. */
class TikTokImporterPropertyTest {

  private static final List<byte[]> SEEDS = seeds();

  private static List<byte[]> seeds() {
    List<byte[]> all = new ArrayList<>(TelegramTikTokMutations.seeds("tiktok", "user_data.json"));
    all.addAll(TelegramTikTokMutations.seeds("tiktok", "user_data_tiktok.json"));
    return all;
  }

  @Property(tries = 150)
  void randomBytes(@ForAll @Size(max = 4000) byte[] bytes) throws IOException {
    TelegramTikTokMutations.check(new TikTokImporter(), "user_data_tiktok.json", bytes, null);
  }

  @Property(tries = 250)
  void damagedFixtures(@ForAll @IntRange(min = 0, max = 99) int which, @ForAll long seed) throws IOException {
    byte[] mutated = TelegramTikTokMutations.mutate(SEEDS.get(which % SEEDS.size()), seed);
    TelegramTikTokMutations.check(new TikTokImporter(), which % 2 == 0 ? "user_data.json" : "user_data_tiktok.json",
        mutated, null);
  }
}
