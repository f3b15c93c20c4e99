package id.cermat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The screener with the shipped model: rules and model combined, explained by spans of the original text. */
class ScreenerModelTest {

  private static final Screener SCREENER = Screener.createDefault();
  private static final Screener RULES = Screener.createRulesOnly(Locale.forLanguageTag("id"));

  @Test
  void givesAPostTheSameResultWhateverTheThreadScreenedBefore() throws Exception {
    // a thread keeps its table for counting grams from post to post: a long post (one table made for it alone),
    // then short ones, on several threads at once
    java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(
        "Info slot gacor malam ini, pasti JP, daftar lewat link di bio 🔥",
        "Jangan golput, pilih paslon nomor 2 ya, ASN juga boleh kok 😉",
        "Rapat koordinasi dinas hari ini berjalan lancar, terima kasih semua"));
    texts.add(1, "saldo rekening gendut, liburan ke bali naik pesawat pribadi ".repeat(800));
    Screener fresh = Screener.createDefault();
    java.util.List<ScreeningResult> alone = texts.stream().map(fresh::screen).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      java.util.List<java.util.concurrent.Future<java.util.List<ScreeningResult>>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 3; t++) {
        runs.add(pool.submit(() -> {
          java.util.List<ScreeningResult> out = new java.util.ArrayList<>();
          for (int round = 0; round < 20; round++) {
            out.clear();
            texts.forEach(text -> out.add(SCREENER.screen(text)));
          }
          return out;
        }));
      }
      for (var run : runs) {
        assertThat(run.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(alone.get(1).findings()).isNotEmpty();
  }

  @Test
  void theDefaultScreenerCarriesTheShippedModel() {
    assertThat(SCREENER.model()).isNotNull();
    assertThat(RULES.model()).isNull();
  }

  @Test
  void explainsAModelDecisionWithWordsOfTheOriginalText() {
    String text = "Info slot gacor malam ini, pasti JP, daftar lewat link di bio 🔥";
    CategoryResult gambling = SCREENER.screen(text).category(CategoryCode.GAMBLING);
    assertThat(gambling.isClear()).isFalse();
    assertThat(gambling.spans()).isNotEmpty();
    for (Evidence e : gambling.spans()) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
    assertThat(gambling.spans()).anySatisfy(e -> assertThat(e.reason()).startsWith("Model:"));
  }

  @Test
  void mapsModelEvidenceBackThroughDisguises() {
    String text = "yuk d.a.f.t.a.r s.l.o.t g.a.c.o.r sekarang juga, w.d pasti cair";
    ScreeningResult r = SCREENER.screen(text);
    CategoryResult gambling = r.category(CategoryCode.GAMBLING);
    assertThat(gambling.isClear()).isFalse();
    for (Evidence e : gambling.spans()) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Rapat koordinasi pelayanan publik di kecamatan pagi ini 🙏",
      "Alhamdulillah hari ini posyandu ramai, 40 balita ditimbang dan diimunisasi",
      "Jalan di depan kantor kelurahan sudah diperbaiki, terima kasih dinas PU",
      "Selamat hari guru untuk semua guru di Kabupaten Tangerang"})
  void leavesOrdinaryPostsClear(String text) {
    assertThat(SCREENER.screen(text).findings()).isEmpty();
  }

  @Test
  void scoresEveryLearnedCategoryEvenWhenClear() {
    ScreeningResult r = SCREENER.screen("Selamat pagi, semangat bekerja");
    for (CategoryCode c : CategoryCode.values()) {
      if (c != CategoryCode.HOAX) {
        assertThat(r.category(c).score()).as(c.name()).isGreaterThan(0).isLessThan(1);
      }
    }
  }

  @Test
  void aLikeWeighsLessThanThePostItself() {
    String text = "Slot gacor maxwin hari ini, depo 50rb via dana, link di bio 🎰";
    double post = SCREENER.screen(text).category(CategoryCode.GAMBLING).score();
    double like = SCREENER.screen(text, new ScreeningContext(Platform.OTHER, PostKind.LIKE))
        .category(CategoryCode.GAMBLING).score();
    assertThat(like).isLessThan(post);
  }

  @Test
  void answersForTheDataSetsOwnLabelsOnlyWhenTheModelHasAHeadForThem() {
    assertThat(SCREENER.auxiliary("ibrohim2019:Abusive", "dasar anjing lu bangsat")).contains(true);
    assertThat(SCREENER.auxiliary("ibrohim2019:Abusive", "selamat pagi semua")).contains(false);
    assertThat(SCREENER.auxiliary("no-such-head", "apa saja")).isEmpty();
    assertThat(RULES.auxiliary("ibrohim2019:HS", "apa saja")).isEmpty();
  }
}
