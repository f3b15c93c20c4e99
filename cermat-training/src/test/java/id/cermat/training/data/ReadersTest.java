package id.cermat.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.cermat.engine.CategoryCode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadersTest {

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ReadersTest.class.getResource("/fixtures/" + name).toURI());
  }

  @Test
  void repairsTheIbrohimEncodingTrapsAndMapsItsLabels() throws Exception {
    List<LabelledPost> posts = IbrohimReader.read(fixture("ibrohim.csv"));
    assertThat(posts).extracting(LabelledPost::text).containsExactly(
        "dasar bego lu 😏",
        "RT USER: kaum itu sesat semua\nusir saja & bubarkan",
        "kopi pagi enak \ufffd??",
        "kalimat, dengan koma",
        "café baru buka");
    assertThat(posts.get(0).labels()).containsExactly(CategoryCode.ABUSIVE);
    assertThat(posts.get(0).sourceLabels()).isEqualTo(Map.of("HS", true, "Abusive", true));
    assertThat(posts.get(1).labels()).containsExactly(CategoryCode.HATE_SARA);
    assertThat(posts.get(2).labels()).isEmpty();
    assertThat(posts.get(0).id()).isEqualTo("ibrohim2019:1");
  }

  @Test
  void dropsForumQuotesAndReadsMultiLineNetifierFields() throws Exception {
    List<LabelledPost> posts = NetifierReader.read(fixture("netifier.csv"));
    assertThat(posts).extracting(LabelledPost::text).containsExactly(
        "DASAR PENIPU\nbaris kedua", "link video panas di bio", "tegakkan negara baru dengan senjata");
    assertThat(posts).extracting(LabelledPost::labels).containsExactly(
        java.util.Set.of(CategoryCode.ABUSIVE), java.util.Set.of(CategoryCode.INDECENCY),
        java.util.Set.of(CategoryCode.RADICALISM));
  }

  @Test
  void readsSyntheticPostsAndRefusesUnknownLabelsNamingTheLine() throws Exception {
    List<LabelledPost> posts = SyntheticReader.read(fixture("synthetic.jsonl"));
    assertThat(posts).extracting(LabelledPost::id).containsExactly("synthetic:x-1", "synthetic:x-2");
    assertThat(posts.get(0).labels()).containsExactly(CategoryCode.GAMBLING);
    Path bad = fixture("synthetic-bad.jsonl");
    assertThatThrownBy(() -> SyntheticReader.read(bad)).isInstanceOf(DataException.class)
        .hasMessageContaining("synthetic-bad.jsonl line 1").hasMessageContaining("unknown label \"SPAM\"");
  }

  @Test
  void refusesAFileWithTheWrongHeader() throws Exception {
    assertThatThrownBy(() -> NetifierReader.read(fixture("ibrohim.csv"))).isInstanceOf(DataException.class)
        .hasMessageContaining("ibrohim.csv: header is");
  }
}
