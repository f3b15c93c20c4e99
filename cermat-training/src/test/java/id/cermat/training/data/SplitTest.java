package id.cermat.training.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitTest {

  @Test
  void putsTheSameTextOnTheSameSideWhateverItsCaseAndSpacing() {
    for (int i = 0; i < 500; i++) {
      String text = "Pos nomor " + i + " tentang rapat pagi";
      assertThat(Split.of("  " + text.toUpperCase() + "\n")).isEqualTo(Split.of(text.replace(" ", "   ")));
    }
  }

  @Test
  void splitsAboutEightyTenTen() {
    Map<Split, Integer> counts = new EnumMap<>(Split.class);
    for (int i = 0; i < 20_000; i++) {
      counts.merge(Split.of("teks " + i), 1, Integer::sum);
    }
    assertThat(counts.get(Split.TRAIN)).isBetween(15_600, 16_400);
    assertThat(counts.get(Split.VALIDATION)).isBetween(1_800, 2_200);
    assertThat(counts.get(Split.TEST)).isBetween(1_800, 2_200);
  }

  @Test
  void staysTheSameAcrossVersions() {
    // pinned: a change to the split would silently move test posts into training
    assertThat(Split.of("dasar anjing lu")).isEqualTo(Split.VALIDATION);
    assertThat(Split.of("Ayo ke TPS")).isEqualTo(Split.TRAIN);
    assertThat(java.util.stream.IntStream.rangeClosed(0, 12).mapToObj(i -> Split.of("x" + i)).toList())
        .containsExactly(Split.TRAIN, Split.TRAIN, Split.TRAIN, Split.VALIDATION, Split.VALIDATION, Split.TRAIN,
            Split.TRAIN, Split.TRAIN, Split.VALIDATION, Split.TRAIN, Split.TRAIN, Split.TEST, Split.TRAIN);
  }
}
