package id.cermat.training.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cermat.engine.CategoryCode;
import id.cermat.engine.Screener;
import id.cermat.training.data.IbrohimReader;
import id.cermat.training.data.LabelledPost;
import id.cermat.training.data.SyntheticReader;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  @Test
  void computesPrecisionRecallAndF1FromCounts() {
    Counts c = new Counts(6, 2, 4);
    assertThat(c.precision()).isCloseTo(0.75, within(1e-9));
    assertThat(c.recall()).isCloseTo(0.6, within(1e-9));
    assertThat(c.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
    assertThat(c.support()).isEqualTo(10);
    assertThat(new Counts(0, 0, 0).f1()).isZero();
  }

  @Test
  void averagesMacroF1OverCategoriesWithExamplesAndPoolsMicroF1() throws Exception {
    Map<CategoryCode, Counts> per = new EnumMap<>(CategoryCode.class);
    per.put(CategoryCode.GAMBLING, new Counts(8, 2, 0));   // F1 0.8889
    per.put(CategoryCode.ABUSIVE, new Counts(1, 0, 3));    // F1 0.4
    per.put(CategoryCode.HOAX, new Counts(0, 1, 0));       // no example: not in the macro average
    Evaluation e = new Evaluation(20, per, 5, 1, null, null, 0);
    assertThat(e.macroF1()).isCloseTo((16.0 / 18 + 0.4) / 2, within(1e-9));
    assertThat(e.microF1()).isCloseTo(2.0 * 9 / (2 * 9 + 3 + 3), within(1e-9));
    assertThat(e.falseFlagRate()).isCloseTo(0.2, within(1e-9));
    JsonNode json = new ObjectMapper().readTree(e.json());
    assertThat(json.get("posts").asInt()).isEqualTo(20);
    assertThat(json.get("per_category").get("GAMBLING").get("support").asInt()).isEqualTo(8);
    assertThat(json.has("hs_f1")).isFalse();
  }

  @Test
  void evaluatesTheScreenerOnLabelledPosts() throws Exception {
    Path synthetic = Path.of(getClass().getResource("/fixtures/synthetic.jsonl").toURI());
    List<LabelledPost> posts = SyntheticReader.read(synthetic);
    Evaluation e = new Evaluator(Screener.createDefault()).evaluate(posts);
    assertThat(e.posts()).isEqualTo(2);
    assertThat(e.perCategory().get(CategoryCode.GAMBLING)).isEqualTo(new Counts(1, 0, 0));
    assertThat(e.falseFlagRate()).isZero();
    assertThat(e.table()).contains("GAMBLING").contains("macro F1 1.000");
  }

  @Test
  void reportsHsAndAbusiveForTheIbrohimFormat() throws Exception {
    Path ibrohim = Path.of(getClass().getResource("/fixtures/ibrohim.csv").toURI());
    Evaluation e = new Evaluator(Screener.createDefault()).evaluate(IbrohimReader.read(ibrohim));
    assertThat(e.hasPairs()).isTrue();
    assertThat(e.hs().support()).isEqualTo(2);
    assertThat(e.abusive().support()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(e.json());
    assertThat(json.has("hs_f1")).isTrue();
    assertThat(json.has("abusive_f1")).isTrue();
    assertThat(json.get("pair_accuracy").asDouble()).isBetween(0.0, 1.0);
  }
}
