package id.cermat.training.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.cermat.engine.CategoryCode;
import id.cermat.engine.Screener;
import id.cermat.engine.catalog.PolicyCatalog;
import id.cermat.engine.model.ClassifierModel;
import id.cermat.engine.model.Head;
import id.cermat.engine.text.Lexicon;
import id.cermat.training.data.DataException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains on a small invented data folder in Cermat's own format: fast, and no ../shared needed. */
class TrainerTest {

  @TempDir
  static Path dir;

  private static Path data;

  private static final String[] GAMBLING = {"slot", "gacor", "depo", "maxwin", "jackpot", "togel", "link", "bio"};
  private static final String[] FLEXING = {"mobil", "baru", "jam", "tangan", "liburan", "eropa", "tas", "branded"};
  private static final String[] POLITICAL = {"paslon", "nomor", "coblos", "pilkada", "dukung", "kampanye", "menang",
      "partai"};
  private static final String[] CLEAN = {"rapat", "pelayanan", "warga", "posyandu", "kantor", "pagi", "kerja",
      "bakti", "jalan", "bersih", "sekolah", "guru"};

  /** 480 posts: 120 per category and 120 clean, words drawn with a fixed seed, clean words mixed in. */
  static Path writeData(Path root) throws IOException {
    Path synthetic = Files.createDirectories(root.resolve("synthetic"));
    Random random = new Random(7);
    List<String> lines = new ArrayList<>();
    String[][] vocab = {GAMBLING, FLEXING, POLITICAL, CLEAN};
    String[] labels = {"[\"GAMBLING\"]", "[\"FLEXING\"]", "[\"POLITICAL\"]", "[]"};
    for (int i = 0; i < 480; i++) {
      int k = i % 4;
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 6; w++) {
        String[] from = w % 3 == 2 ? CLEAN : vocab[k];
        text.append(from[random.nextInt(from.length)]).append(' ');
      }
      text.append("nomor ").append(i);
      lines.add("{\"id\":\"t-" + i + "\",\"text\":\"" + text + "\",\"labels\":" + labels[k] + ",\"platform\":\"x\"}");
    }
    Files.write(synthetic.resolve("train_x.jsonl"), lines, StandardCharsets.UTF_8);
    return root;
  }

  @BeforeAll
  static void data() throws IOException {
    data = writeData(dir.resolve("data"));
  }

  private static byte[] train(List<String> progress) throws IOException {
    ClassifierModel m = new Trainer(Trainer.Parameters.DEFAULT, progress::add).train(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  @Test
  void trainingTwiceGivesTheSameModelByteForByte() throws IOException {
    assertThat(train(new ArrayList<>())).isEqualTo(train(new ArrayList<>()));
  }

  @Test
  void learnsAHeadPerCategoryWithDataAndLeavesTheOthersToTheRules() throws IOException {
    List<String> progress = new ArrayList<>();
    ClassifierModel m = ClassifierModel.read(new java.io.ByteArrayInputStream(train(progress)));
    assertThat(m.heads()).extracting(Head::name)
        .containsExactly("FLEXING", "GAMBLING", "POLITICAL", ClassifierModel.GATE);
    assertThat(progress).anyMatch(line -> line.startsWith("HATE_SARA: no head (train split has 0 positive"));
    assertThat(m.provenance())
        .contains(Trainer.sha256(data.resolve("synthetic/train_x.jsonl")))
        .contains("\"synthetic/train_x.jsonl\"", "\"seed\" : 20261124", "\"test_evaluation\"");

    Screener screener = Screener.create(PolicyCatalog.loadDefault(), Lexicon.loadDefault(), m,
        Locale.forLanguageTag("id"));
    double gambling = screener.screen("depo slot gacor maxwin malam ini").category(CategoryCode.GAMBLING).score();
    double clean = screener.screen("rapat pelayanan warga di kantor pagi ini").category(CategoryCode.GAMBLING)
        .score();
    assertThat(gambling).isGreaterThan(0.5).isGreaterThan(clean);
    assertThat(screener.screen("paslon nomor dua, coblos dan dukung kampanye kami").category(CategoryCode.POLITICAL)
        .isClear()).isFalse();
  }

  @Test
  void refusesAFolderWithoutLabelledData() {
    assertThatThrownBy(() -> new Trainer(Trainer.Parameters.DEFAULT, line -> { }).train(dir.resolve("empty")))
        .isInstanceOf(DataException.class).hasMessageContaining("not a folder");
    assertThatThrownBy(() -> {
      Files.createDirectories(dir.resolve("none"));
      new Trainer(Trainer.Parameters.DEFAULT, line -> { }).train(dir.resolve("none"));
    }).isInstanceOf(DataException.class).hasMessageContaining("no labelled data found");
  }
}
