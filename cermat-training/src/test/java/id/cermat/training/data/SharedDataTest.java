package id.cermat.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import id.cermat.engine.CategoryCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the real data of ../shared/data, which exists on the project's machines and in CI but never on a
 * user's machine: skipped where it is absent, except in CI, where its absence is a failure.
 */
class SharedDataTest {

  private static final Path DATA = Path.of(System.getProperty("cermat.data", "../../shared/data"));
  private static List<LabelledPost> posts;

  @BeforeAll
  static void read() {
    if (!Files.isDirectory(DATA)) {
      if (System.getenv("CI") != null) {
        fail("CI has no training data at " + DATA.toAbsolutePath());
      }
      Assumptions.abort("no training data at " + DATA.toAbsolutePath());
    }
    posts = DataSets.readAll(DATA);
  }

  private static List<LabelledPost> of(String source) {
    return posts.stream().filter(p -> p.source().equals(source)).toList();
  }

  @Test
  void readsEveryRecordOfEverySource() {
    assertThat(of(IbrohimReader.SOURCE)).hasSize(10_593);
    assertThat(of(SyntheticReader.SOURCE)).hasSize(4_100);
    // a few Netifier records hold only forum quotes of other people's words and are left out
    assertThat(of(NetifierReader.SOURCE)).hasSizeBetween(6_900, 6_995);
  }

  @Test
  void leavesNoEncodingTrapInTheTexts() {
    assertThat(of(IbrohimReader.SOURCE)).allSatisfy(p -> {
      assertThat(p.text()).doesNotContainPattern("\\\\x[0-9a-f]{2}").doesNotContain("\\n").doesNotContain("&amp;");
    });
    assertThat(of(NetifierReader.SOURCE)).allSatisfy(p ->
        assertThat(p.text()).doesNotContainIgnoringCase("[quote").doesNotContain("\\n"));
    long emoji = of(IbrohimReader.SOURCE).stream().filter(p -> p.text().codePoints().anyMatch(c -> c >= 0x1f300))
        .count();
    assertThat(emoji).as("tweets with emoji restored from \\x escapes").isGreaterThan(500);
  }

  @Test
  void keepsDuplicateTextsOnOneSideOfTheSplit() {
    Map<String, List<Split>> sides = posts.stream().collect(Collectors.groupingBy(
        p -> p.text().toLowerCase(java.util.Locale.ROOT).strip().replaceAll("\\s+", " "),
        Collectors.mapping(LabelledPost::split, Collectors.toList())));
    long duplicated = sides.values().stream().filter(l -> l.size() > 1).count();
    assertThat(duplicated).as("texts that occur more than once").isGreaterThan(50);
    assertThat(sides.values()).allSatisfy(l -> assertThat(l.stream().distinct().count()).isEqualTo(1));
  }

  @Test
  void splitsEverySourceAboutEightyTenTen() {
    for (String source : List.of(IbrohimReader.SOURCE, NetifierReader.SOURCE, SyntheticReader.SOURCE)) {
      Map<Split, Long> counts = of(source).stream().collect(Collectors.groupingBy(LabelledPost::split,
          () -> new EnumMap<>(Split.class), Collectors.counting()));
      double n = of(source).size();
      assertThat(counts.get(Split.TRAIN) / n).as(source + " train").isBetween(0.77, 0.83);
      assertThat(counts.get(Split.TEST) / n).as(source + " test").isBetween(0.08, 0.12);
    }
  }

  @Test
  void mapsSourceLabelsToEveryCermatCategoryTheDataCovers() {
    Map<CategoryCode, Integer> support = new HashMap<>();
    posts.forEach(p -> p.labels().forEach(c -> support.merge(c, 1, Integer::sum)));
    assertThat(support).containsKeys(CategoryCode.FLEXING, CategoryCode.HATE_SARA, CategoryCode.ABUSIVE,
        CategoryCode.GAMBLING, CategoryCode.POLITICAL, CategoryCode.CONFIDENTIAL, CategoryCode.INDECENCY,
        CategoryCode.RADICALISM);
    assertThat(support).doesNotContainKey(CategoryCode.HOAX);
  }
}
