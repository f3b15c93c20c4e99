package id.cermat.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.cermat.engine.CategoryCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ClassifierModelTest {

  private static final long A = -7;
  private static final long B = 3;
  private static final long C = 11;
  private static final long S = 42;

  /** Three word/char features and one signal; two heads. */
  private static ClassifierModel small() {
    return new ClassifierModel(new long[] {A, B, C, S},
        new byte[] {FeatureExtractor.WORDS, FeatureExtractor.WORDS, FeatureExtractor.CHARS, FeatureExtractor.SIGNALS},
        new float[] {2f, 1f, 1.5f, 1f},
        List.of(new Head("GAMBLING", CategoryCode.GAMBLING, -1.0, 2.0, 0.5, 0.3, 0.8),
            new Head("data:HS", null, 0.25, 1.0, 0.0, 0.5, 0.9)),
        new float[] {1f, -1f, 0.5f, 0f, 2f, 0.25f, 1.5f, 0f},
        "{\"model\":\"test\"}");
  }

  private static byte[] bytes(ClassifierModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  @Test
  void writesAndReadsBackTheSameModelByteForByte() throws IOException {
    byte[] first = bytes(small());
    ClassifierModel read = ClassifierModel.read(new ByteArrayInputStream(first));
    assertThat(bytes(read)).isEqualTo(first);
    assertThat(read.heads()).isEqualTo(small().heads());
    assertThat(read.provenance()).isEqualTo("{\"model\":\"test\"}");
    assertThat(read.featureCount()).isEqualTo(4);
    assertThat(read.lookup(C)).isEqualTo(2);
    assertThat(read.lookup(12345)).isEqualTo(-1);
    assertThat(read.head(CategoryCode.GAMBLING).name()).isEqualTo("GAMBLING");
    assertThat(read.head(CategoryCode.FLEXING)).isNull();
    assertThat(read.headIndex("data:HS")).isEqualTo(1);
    assertThat(read.headIndex("nope")).isEqualTo(-1);
    // weights are given feature by feature, head by head
    assertThat(read.weight(0, 1)).isEqualTo(-1f);
    assertThat(read.weight(2, 0)).isEqualTo(2f);
    assertThat(read.weight(2, 1)).isEqualTo(0.25f);
    assertThat(read.weight(3, 0)).isEqualTo(1.5f);
  }

  @Test
  void keepsEachHeadsWeightsWhereverScreeningSumsThem() throws IOException {
    // an auxiliary head first: screening's heads (categories, gate) are summed first, the auxiliary last
    List<Head> heads = List.of(new Head("data:HS", null, 0.1, 1.0, 0.0, 0.5, 0.9),
        new Head("GAMBLING", CategoryCode.GAMBLING, -1.0, 2.0, 0.5, 0.3, 0.8),
        new Head(ClassifierModel.GATE, null, 0.2, 1.0, 0.0, 0.4, 0.4));
    long[] keys = {A, B, C, S};
    float[] idf = {2f, 1f, 1.5f, 1f};
    float[] weights = new float[keys.length * heads.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = i - 5;
    }
    ClassifierModel m = new ClassifierModel(keys, new byte[] {FeatureExtractor.WORDS, FeatureExtractor.WORDS,
        FeatureExtractor.CHARS, FeatureExtractor.SIGNALS}, idf, heads, weights, "{}");
    ClassifierModel read = ClassifierModel.read(new ByteArrayInputStream(bytes(m)));
    for (int f = 0; f < keys.length; f++) {
      assertThat(read.lookup(keys[f])).isEqualTo(f);
      for (int h = 0; h < heads.size(); h++) {
        assertThat(m.weight(f, h)).as("feature %d, head %d", f, h).isEqualTo(f * heads.size() + h - 5);
        assertThat(read.weight(f, h)).as("read back: feature %d, head %d", f, h).isEqualTo(m.weight(f, h));
      }
    }
    Occurrences occ = new Occurrences();
    occ.add(A, FeatureExtractor.WORDS, 1f, 0, 0);
    occ.add(S, FeatureExtractor.SIGNALS, 1f, -1, -1);
    FeatureVector v = read.vectorize(occ);
    double[] margins = new double[3];
    read.margins(v, margins);
    for (int h = 0; h < heads.size(); h++) {
      assertThat(margins[h]).isCloseTo(heads.get(h).bias() + (h - 5) + (3 * heads.size() + h - 5), within(1e-6));
    }
  }

  @Test
  void storesWeightsAsHalfPrecisionNumbers() {
    ClassifierModel m = new ClassifierModel(new long[] {1}, new byte[] {0}, new float[] {1f},
        List.of(new Head("X", null, 0, 1, 0, 0.5, 0.5)), new float[] {0.1f}, "{}");
    assertThat(m.weight(0, 0)).isEqualTo(Float.float16ToFloat(Float.floatToFloat16(0.1f))).isNotEqualTo(0.1f);
  }

  @Test
  void weighsWordsByTfIdfScaledPerGroupAndLeavesSignalsAsTheyAre() {
    ClassifierModel m = small();
    Occurrences occ = new Occurrences();
    occ.add(A, FeatureExtractor.WORDS, 1f, 0, 0);
    occ.add(A, FeatureExtractor.WORDS, 1f, 2, 2);
    occ.add(B, FeatureExtractor.WORDS, 1f, 1, 1);
    occ.add(C, FeatureExtractor.CHARS, 1f, 1, 1);
    occ.add(999, FeatureExtractor.WORDS, 1f, 3, 3); // unknown to the model: dropped
    occ.add(S, FeatureExtractor.SIGNALS, 2.5f, -1, -1);
    FeatureVector v = m.vectorize(occ);
    assertThat(v.size()).isEqualTo(4);
    double a = (1 + Math.log(2)) * 2;
    double b = 1;
    double norm = Math.sqrt(a * a + b * b);
    assertThat(v.value(0)).isCloseTo((float) (a / norm), within(1e-6f));
    assertThat(v.value(1)).isCloseTo((float) (b / norm), within(1e-6f));
    assertThat(v.value(2)).isCloseTo(1f, within(1e-6f)); // alone in its group: unit length
    assertThat(v.value(3)).isEqualTo(2.5f);

    double[] margins = new double[2];
    m.margins(v, margins);
    double expected0 = -1 + v.value(0) * 1 + v.value(1) * 0.5 + v.value(2) * 2 + v.value(3) * 1.5;
    assertThat(margins[0]).isCloseTo(expected0, within(1e-6));
    assertThat(margins[1]).isCloseTo(0.25 - v.value(0) + v.value(2) * 0.25, within(1e-6));

    // every word's share of the margin, the signal's contribution belonging to no word
    double[] perToken = m.tokenContributions(v, occ, 0, 4);
    assertThat(perToken[0]).isCloseTo(v.value(0) / 2.0, within(1e-6));
    assertThat(perToken[2]).isCloseTo(v.value(0) / 2.0, within(1e-6));
    assertThat(perToken[1]).isCloseTo(v.value(1) * 0.5 + v.value(2) * 2, within(1e-6));
    assertThat(perToken[3]).isZero();
    assertThat(Arrays.stream(perToken).sum()).isCloseTo(margins[0] + 1 - v.value(3) * 1.5, within(1e-6));
  }

  @Test
  void calibratesMarginsWithPlattsSigmoid() {
    Head h = small().heads().get(0);
    assertThat(h.probability(0)).isCloseTo(1 / (1 + Math.exp(-0.5)), within(1e-12));
    assertThat(h.probability(10)).isGreaterThan(h.probability(1));
  }

  @Test
  void refusesFilesThatAreNotItsOwn() throws IOException {
    assertThatThrownBy(() -> ClassifierModel.read(new ByteArrayInputStream("hello".getBytes())))
        .isInstanceOf(IOException.class).hasMessageContaining("not a Cermat model");
    assertThatThrownBy(() -> ClassifierModel.read(new ByteArrayInputStream(gzip(out -> out.writeLong(1)))))
        .isInstanceOf(IOException.class).hasMessageContaining("wrong magic");
    assertThatThrownBy(() -> ClassifierModel.read(new ByteArrayInputStream(gzip(out -> {
      out.writeLong(0x4345524d41544d4cL);
      out.writeInt(99);
    })))).isInstanceOf(IOException.class).hasMessageContaining("format 99");
    assertThatThrownBy(() -> ClassifierModel.read(new ByteArrayInputStream(gzip(out -> {
      out.writeLong(0x4345524d41544d4cL);
      out.writeInt(1);
      out.writeInt(FeatureExtractor.VERSION + 1);
    })))).isInstanceOf(IOException.class).hasMessageContaining("retrain");
  }

  @Test
  void refusesTruncatedAndPaddedFiles() throws IOException {
    byte[] whole = bytes(small());
    byte[] raw = gunzip(whole);
    assertThatThrownBy(() -> ClassifierModel.read(new ByteArrayInputStream(gzip(
        out -> out.write(raw, 0, raw.length - 3))))).isInstanceOf(IOException.class).hasMessageContaining("truncated");
    assertThatThrownBy(() -> ClassifierModel.read(new ByteArrayInputStream(gzip(out -> {
      out.write(raw);
      out.write(0);
    })))).isInstanceOf(IOException.class).hasMessageContaining("trailing");
  }

  @Test
  void refusesInconsistentModels() {
    assertThatThrownBy(() -> new ClassifierModel(new long[] {2, 1}, new byte[2], new float[2],
        List.of(new Head("X", null, 0, 1, 0, 0.5, 0.5)), new float[2], "{}"))
        .hasMessageContaining("ascending");
    assertThatThrownBy(() -> new ClassifierModel(new long[] {1}, new byte[1], new float[1],
        List.of(new Head("X", null, 0, 1, 0, 0.5, 0.5)), new float[3], "{}"))
        .hasMessageContaining("disagree");
    assertThatThrownBy(() -> new ClassifierModel(new long[] {1, 2}, new byte[2], new float[] {1f, Float.NaN},
        List.of(new Head("X", null, 0, 1, 0, 0.5, 0.5)), new float[2], "{}"))
        .hasMessageContaining("finite (IDF 1)");
    assertThatThrownBy(() -> new ClassifierModel(new long[] {1, 2}, new byte[2], new float[] {1f, 1f},
        List.of(new Head("X", null, 0, 1, 0, 0.5, 0.5)), new float[] {0f, Float.POSITIVE_INFINITY}, "{}"))
        .hasMessageContaining("finite (weight 1)");
    assertThatThrownBy(() -> new Head("X", null, 0, 1, 0, 0.9, 0.5)).hasMessageContaining("review <= flag");
    assertThatThrownBy(() -> new Head("X", null, Double.NaN, 1, 0, 0.5, 0.5)).hasMessageContaining("finite");
  }

  @Test
  void theShippedModelLoadsWithAHeadPerLearnedCategoryAndItsProvenance() {
    ClassifierModel m = ClassifierModel.loadDefault();
    assertThat(m).isNotNull();
    for (CategoryCode c : CategoryCode.values()) {
      assertThat(m.head(c) != null).as(c.name()).isEqualTo(c != CategoryCode.HOAX);
    }
    assertThat(m.headIndex(ClassifierModel.GATE)).isNotNegative();
    assertThat(m.headIndex("ibrohim2019:HS")).isNotNegative();
    assertThat(m.provenance()).contains("\"sha256\"", "\"seed\"", "liblinear", "\"test_evaluation\"");
  }

  private interface Body {
    void write(DataOutputStream out) throws IOException;
  }

  private static byte[] gzip(Body body) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(b))) {
      body.write(out);
    }
    return b.toByteArray();
  }

  private static byte[] gunzip(byte[] data) throws IOException {
    return new java.util.zip.GZIPInputStream(new ByteArrayInputStream(data)).readAllBytes();
  }
}
