package id.cermat.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.cermat.engine.CategoryCode;
import id.cermat.engine.Screener;
import id.cermat.engine.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ClassifierModel#score} takes a post's character grams word by word from a cache; it must give the
 * margins and explanations that all the occurrences give through {@link ClassifierModel#vectorize}, which is
 * what the model was trained on.
 */
class PostScoreTest {

  private static final Screener SCREENER = Screener.createDefault();
  private static final ClassifierModel MODEL = SCREENER.model();
  private static final FeatureExtractor EXTRACTOR = new FeatureExtractor();

  private static final String[] WORDS = {"anjing", "judi", "slot", "gacor", "menang", "banyak", "pasti",
      "jangan", "golput", "paslon", "pilih", "nomor", "dua", "saldo", "rekening", "gendut", "liburan", "ke",
      "bali", "tas", "branded", "kafir", "cina", "bangsat", "kutu", "busuk", "kasur", "NIK", "KTP", "foto",
      "data", "pribadi", "bokep", "link", "bio", "ajg", "j*di", "s.l.o.t", "4nj1ng", "goblokkkk", "bgt", "gw",
      "lu", "yg", "dgn", "🐶", "😂", "#pilkada2024", "@teman", "https://x.co/a", "Rp", "5.000.000", "2019",
      "antidisestablishmentarianismelagipanjangsekali", "nganga", "anananan", "aaaaaa", "pegawai", "dinas"};

  private static List<String> texts() {
    List<String> out = new ArrayList<>(List.of("", "   ", "anjing", "anjing anjing anjing", "Ayo main judi"
        + " online, pasti menang banyak", "nganga nganga anananan", "😂😂😂", "12345 67890"));
    Random random = new Random(20261124);
    for (int i = 0; i < 400; i++) {
      StringBuilder b = new StringBuilder();
      // now and then a post longer than the counting table a thread keeps, then short ones again
      int n = i % 100 == 50 ? 1500 : 1 + random.nextInt(40);
      for (int w = 0; w < n; w++) {
        // a few words again and again, so that grams repeat within a post
        String word = WORDS[random.nextInt(random.nextBoolean() ? 6 : WORDS.length)];
        b.append(word).append(random.nextInt(8) == 0 ? ", " : " ");
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void givesTheMarginsAndContributionsOfAllTheOccurrences() {
    int heads = MODEL.heads().size();
    // auxiliary heads sit between the categories' and the gate in the shipped model: their columns move
    assertThat(MODEL.heads().subList(0, heads - 1))
        .anyMatch(h -> h.category() == null && !h.name().equals(ClassifierModel.GATE));
    int repeatedGrams = 0;
    for (String text : texts()) {
      NormalizedText nt = SCREENER.normalizer().normalize(text);
      double[] rules = new double[CategoryCode.values().length];
      rules[CategoryCode.GAMBLING.ordinal()] = 0.6;
      Occurrences all = new Occurrences();
      EXTRACTOR.extract(nt, List.of(), rules, all, true);
      FeatureVector v = MODEL.vectorize(all);
      double[] expected = new double[heads];
      MODEL.margins(v, expected);

      Occurrences some = new Occurrences();
      EXTRACTOR.extract(nt, List.of(), rules, some, false);
      String[] words = FeatureExtractor.gramWords(nt.tokens());
      // twice: the first scoring may fill the cache, the second reads from it
      for (int round = 0; round < 2; round++) {
        PostScore s = MODEL.score(some, words);
        for (int k = 0; k < heads; k++) {
          assertThat(s.margin(k)).as("%s, head %d", text, k).isCloseTo(expected[k], within(1e-4));
          double[] want = MODEL.tokenContributions(v, all, k, words.length);
          double[] got = MODEL.tokenContributions(s, some, k, words.length);
          for (int t = 0; t < words.length; t++) {
            assertThat(got[t]).as("%s, head %d, token %d", text, k, t).isCloseTo(want[t], within(1e-4));
          }
        }
        repeatedGrams += round == 0 ? s.repeatedGrams() : 0;
        // screening's scoring: the same margins for the categories and the gate, none for auxiliary heads
        PostScore screened = MODEL.score(some, words, false);
        for (int k = 0; k < heads; k++) {
          Head head = MODEL.heads().get(k);
          if (head.category() != null || head.name().equals(ClassifierModel.GATE)) {
            assertThat(screened.margin(k)).as("%s, head %d", text, k).isEqualTo(s.margin(k));
            assertThat(MODEL.tokenContributions(screened, some, k, words.length)).as("%s, head %d", text, k)
                .containsExactly(MODEL.tokenContributions(s, some, k, words.length));
          } else {
            assertThat(screened.margin(k)).as("%s, head %d", text, k).isNaN();
            int aux = k;
            assertThatThrownBy(() -> MODEL.tokenContributions(screened, some, aux, words.length))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not scored");
          }
        }
      }
    }
    // the correction for grams that occur more than once in a post was exercised
    assertThat(repeatedGrams).isGreaterThan(1000);
  }

  @Test
  void threadsSharingTheCacheGetTheSameMargins() throws Exception {
    List<String> texts = texts();
    double[][] alone = new double[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      alone[i] = margins(texts.get(i));
    }
    // four threads over the same words at once: slots of the cache are written and read while they race
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<double[][]>> runs = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        runs.add(pool.submit(() -> {
          double[][] out = new double[texts.size()][];
          for (int i = 0; i < texts.size(); i++) {
            out[i] = margins(texts.get(i));
          }
          return out;
        }));
      }
      for (var run : runs) {
        assertThat(run.get()).isDeepEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static double[] margins(String text) {
    NormalizedText nt = SCREENER.normalizer().normalize(text);
    Occurrences some = new Occurrences();
    EXTRACTOR.extract(nt, List.of(), new double[CategoryCode.values().length], some, false);
    PostScore s = MODEL.score(some, FeatureExtractor.gramWords(nt.tokens()));
    double[] out = new double[MODEL.heads().size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = s.margin(k);
    }
    return out;
  }
}
