package id.cermat.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenerTest {

  private static final Screener SCREENER = Screener.createDefault();

  private static final List<String> POSTS = List.of(
      "Slot gacor maxwin hari ini, depo 50rb via dana, link di bio 🎰",
      "Ayo main j u d i online, pasti menang banyak",
      "Waspada judi online! Jangan tergiur, laporkan situs judi ke aduankonten.id",
      "Anjing pelacak polisi berhasil menemukan narkoba di terminal",
      "dasar anj*ng lu, otak ditaruh di dengkul",
      "NIK saya 3603125508870001 tolong dicek ya",
      "Resep rahasia rendang nenek, dijamin enak",
      "Parkir Rp 15.000 di alun-alun, mahal juga ya",
      "Ayo ke TPS tanggal 27, gunakan hak pilihmu dengan bijak",
      "Rapat koordinasi pelayanan publik di kecamatan pagi ini 🙏");

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # post                                                                          | category     | at least
      Slot gacor maxwin hari ini, depo 50rb via dana, link di bio 🎰                   | GAMBLING     | FLAG
      Ayo main j u d i online, pasti menang banyak                                     | GAMBLING     | REVIEW
      yuk daftar s1ot g4c0r, wd berapapun dibayar                                      | GAMBLING     | REVIEW
      dasar anj*ng lu, otak ditaruh di dengkul                                         | ABUSIVE      | REVIEW
      dasar 4nj1ng b@ngs@t                                                             | ABUSIVE      | REVIEW
      NIK saya 3603125508870001 tolong dicek ya                                        | CONFIDENTIAL | FLAG
      Coblos nomor urut 2, menangkan paslon kita di pilkada!                           | POLITICAL    | REVIEW
      """)
  void screensBreachesAtLeastAtTheirDecision(String post, CategoryCode code, Decision atLeast) {
    CategoryResult r = SCREENER.screen(post).category(code);
    assertThat(r.decision()).as(r.toString()).isGreaterThanOrEqualTo(atLeast);
    assertThat(r.spans()).isNotEmpty();
    assertThat(r.clauses()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} stays clear of {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # false friends: the same words, used innocently
      Anjing pelacak polisi berhasil menemukan narkoba di terminal                      | ABUSIVE
      Resep rahasia rendang nenek, dijamin enak                                        | CONFIDENTIAL
      Parkir Rp 15.000 di alun-alun, mahal juga ya                                     | FLEXING
      Ayo ke TPS tanggal 27, gunakan hak pilihmu dengan bijak                          | POLITICAL
      Waspada judi online! Jangan tergiur, laporkan situs judi ke aduankonten.id       | GAMBLING
      no invoice 3603120508870001 sudah lunas dibayar                                  | CONFIDENTIAL
      Rapat koordinasi pelayanan publik di kecamatan pagi ini 🙏                        | GAMBLING
      """)
  void leavesFalseFriendsClear(String post, CategoryCode code) {
    CategoryResult r = SCREENER.screen(post).category(code);
    assertThat(r.decision()).as(r.toString()).isEqualTo(Decision.CLEAR);
  }

  @Test
  void everySpanPointsIntoTheOriginalTextAndHasAReason() {
    for (String post : POSTS) {
      for (CategoryResult c : SCREENER.screen(post).categories()) {
        for (Evidence e : c.spans()) {
          assertThat(post.substring(e.start(), e.end())).isEqualTo(e.text());
          assertThat(e.reason()).isNotBlank();
        }
      }
    }
  }

  @Test
  void explainsADisguisedTermInWords() {
    CategoryResult r = SCREENER.screen("Ayo main j u d i online").category(CategoryCode.GAMBLING);
    assertThat(r.spans()).anySatisfy(e -> {
      assertThat(e.text()).isEqualTo("j u d i online");
      assertThat(e.reason()).contains("\"judi online\"").contains("dieja terpisah");
    });
  }

  @Test
  void givesReasonsInEnglishWhenAsked() {
    Screener english = Screener.createDefault(Locale.ENGLISH);
    CategoryResult r = english.screen("Ayo main j u d i online").category(CategoryCode.GAMBLING);
    assertThat(r.spans()).anySatisfy(e -> assertThat(e.reason()).contains("spaced apart"));
  }

  @Test
  void pointsAtTheNikAndNamesItsStructure() {
    String post = "NIK saya 3603125508870001 tolong dicek ya";
    CategoryResult r = SCREENER.screen(post).category(CategoryCode.CONFIDENTIAL);
    assertThat(r.spans()).anySatisfy(e -> {
      assertThat(e.text()).isEqualTo("3603125508870001");
      assertThat(e.reason()).contains("36.03.12").contains("perempuan");
    });
  }

  @Test
  void showsTheMitigatingContextOfAWarning() {
    CategoryResult r = SCREENER.screen(POSTS.get(2)).category(CategoryCode.GAMBLING);
    assertThat(r.spans()).anySatisfy(e -> assertThat(e.weight()).isZero());
    assertThat(r.score()).isGreaterThan(0).isLessThan(0.5);
  }

  @Test
  void listsEveryCategoryWithVersions() {
    ScreeningResult r = SCREENER.screen("halo semua");
    assertThat(r.categories()).extracting(CategoryResult::code).containsExactly(CategoryCode.values());
    assertThat(r.findings()).isEmpty();
    assertThat(r.decision()).isEqualTo(Decision.CLEAR);
    assertThat(r.catalogVersion()).matches("\\d{4}\\.\\d+\\.\\d+");
    assertThat(r.engineVersion()).isNotBlank().isNotEqualTo("unknown");
  }

  @Test
  void weighsALikeOfSomeoneElsesPostLessThanWritingIt() {
    String post = "dasar anj*ng lu, otak ditaruh di dengkul";
    double written = SCREENER.screen(post).category(CategoryCode.ABUSIVE).score();
    double liked = SCREENER.screen(post, ScreeningContext.of(Platform.X, PostKind.LIKE))
        .category(CategoryCode.ABUSIVE).score();
    assertThat(liked).isLessThan(written);
  }

  @Test
  void screensEmptyAndOddTextWithoutFailing() {
    for (String odd : List.of("", " ", "\u200b\u200b", "🎰🎰🎰", "####", "@", "http://", "1,,,2...3", "*****",
        "\ud83d", "a".repeat(10_000))) {
      assertThat(SCREENER.screen(odd).categories()).hasSize(CategoryCode.values().length);
    }
  }

  @Test
  void refusesTextsOverTheSizeLimit() {
    assertThatThrownBy(() -> SCREENER.screen("a".repeat(Screener.MAX_TEXT_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too long");
  }

  @Test
  void givesTheSameResultsFromManyThreads() throws Exception {
    List<ScreeningResult> expected = POSTS.stream().map(SCREENER::screen).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ScreeningResult>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          List<ScreeningResult> out = new ArrayList<>();
          for (int round = 0; round < 50; round++) {
            out.clear();
            POSTS.forEach(p -> out.add(SCREENER.screen(p)));
          }
          return out;
        }));
      }
      for (Future<List<ScreeningResult>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
