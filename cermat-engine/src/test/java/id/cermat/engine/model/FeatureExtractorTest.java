package id.cermat.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.cermat.engine.CategoryCode;
import id.cermat.engine.Screener;
import id.cermat.engine.text.NormalizedText;
import id.cermat.engine.text.TextNormalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

  private static final Screener RULES = Screener.createRulesOnly(Locale.forLanguageTag("id"));
  private static final TextNormalizer NORMALIZER = RULES.normalizer();
  private static final FeatureExtractor EXTRACTOR = new FeatureExtractor();
  private static final double[] NO_RULES = new double[CategoryCode.values().length];

  private static Occurrences extract(String text, double[] rules) {
    Occurrences occ = new Occurrences();
    EXTRACTOR.extract(NORMALIZER.normalize(text), List.of(), rules, occ);
    return occ;
  }

  private static Set<Long> keys(Occurrences occ, byte group) {
    Set<Long> out = new HashSet<>();
    for (int i = 0; i < occ.size(); i++) {
      if (occ.group(i) == group) {
        out.add(occ.key(i));
      }
    }
    return out;
  }

  @Test
  void givesAWordItsFormStemPairsAndCharacterGrams() {
    Occurrences occ = extract("abc", NO_RULES);
    // " abc ": 4 starts, grams of 2 to 5 characters that fit: 4 + 3 + 2 + 1
    assertThat(keys(occ, FeatureExtractor.CHARS)).hasSize(10);
    assertThat(keys(occ, FeatureExtractor.WORDS)).hasSize(1);
    Occurrences two = extract("abc def", NO_RULES);
    // two words and the pair between them
    assertThat(keys(two, FeatureExtractor.WORDS)).hasSize(3);
  }

  @Test
  void seesThroughDisguisesButNotesThem() {
    Set<Long> plain = keys(extract("judi online", NO_RULES), FeatureExtractor.WORDS);
    Occurrences spaced = extract("j u d i online", NO_RULES);
    assertThat(keys(spaced, FeatureExtractor.WORDS)).containsAll(plain);
    // the spacing itself is a signal the plain text does not have
    assertThat(keys(spaced, FeatureExtractor.SIGNALS)).isNotEmpty();
    assertThat(keys(extract("judi online", NO_RULES), FeatureExtractor.SIGNALS)).isEmpty();
  }

  @Test
  void turnsTheRulesEvidenceIntoOneSignalPerCategory() {
    double[] rules = NO_RULES.clone();
    rules[CategoryCode.GAMBLING.ordinal()] = 0.75;
    Occurrences occ = extract("apa kabar", rules);
    int signals = 0;
    for (int i = 0; i < occ.size(); i++) {
      if (occ.group(i) == FeatureExtractor.SIGNALS) {
        signals++;
        assertThat((double) occ.value(i)).isCloseTo(-Math.log(0.25), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(occ.firstToken(i)).isEqualTo(-1);
      }
    }
    assertThat(signals).isEqualTo(1);
  }

  @Test
  void pointsEveryWordFeatureAtTheTokensItCameFrom() {
    NormalizedText n = NORMALIZER.normalize("Slot gacor #judionline https://x.co/a @budi 50rb");
    Occurrences occ = new Occurrences();
    EXTRACTOR.extract(n, List.of(), NO_RULES, occ);
    for (int i = 0; i < occ.size(); i++) {
      if (occ.group(i) != FeatureExtractor.SIGNALS) {
        assertThat(occ.firstToken(i)).isBetween(0, n.tokens().size() - 1);
        assertThat(occ.lastToken(i)).isBetween(occ.firstToken(i), n.tokens().size() - 1);
      }
    }
  }

  @Test
  void isDeterministicAcrossCalls() {
    Occurrences a = extract("Mobil baru lagi, alhamdulillah 🚗 #rezeki", NO_RULES);
    Occurrences b = extract("Mobil baru lagi, alhamdulillah 🚗 #rezeki", NO_RULES);
    assertThat(a.size()).isEqualTo(b.size());
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.key(i)).isEqualTo(b.key(i));
    }
  }
}
