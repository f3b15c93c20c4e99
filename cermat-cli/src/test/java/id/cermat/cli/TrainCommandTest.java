package id.cermat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.cermat.engine.model.ClassifierModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.run(args);
  }

  /** An agency's own labelled posts: two categories and clean posts, in Cermat's JSON Lines format. */
  private Path data() throws Exception {
    Path synthetic = Files.createDirectories(dir.resolve("data/synthetic"));
    String[] gambling = {"slot gacor maxwin", "depo dana wd cepat", "togel jackpot malam ini", "link di bio gacor"};
    String[] flexing = {"mobil baru lagi", "tas branded dari paris", "liburan ke eropa", "jam tangan mewah"};
    String[] clean = {"rapat pelayanan warga", "posyandu pagi ini", "kerja bakti di kantor", "guru sekolah dasar"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String[][] sets = {gambling, flexing, clean};
      String[] labels = {"[\"GAMBLING\"]", "[\"FLEXING\"]", "[]"};
      int k = i % 3;
      String text = sets[k][i % 4] + " " + clean[(i / 3) % 4] + " " + i;
      lines.add("{\"id\":\"" + i + "\",\"text\":\"" + text + "\",\"labels\":" + labels[k] + "}");
    }
    Files.write(synthetic.resolve("agency.jsonl"), lines);
    return dir.resolve("data");
  }

  @Test
  void trainsAModelFileThatLoadsAndReportsWhatItDid() throws Exception {
    Path out = dir.resolve("models/agency.bin");
    CliRun r = run("train", "--data", data().toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("FLEXING", "GAMBLING", "model ditulis ke", "test synthetic {\"posts\"");
    try (InputStream in = Files.newInputStream(out)) {
      ClassifierModel m = ClassifierModel.read(in);
      assertThat(m.heads()).hasSize(3);
    }
    try (Stream<Path> left = Files.list(out.getParent())) {
      assertThat(left).containsExactly(out); // no temporary file left behind
    }
  }

  @Test
  void refusesAMissingFolderAndABadBudget() throws Exception {
    CliRun missing = run("train", "--data", dir.resolve("nowhere").toString(), "--out", dir.resolve("m").toString());
    assertThat(missing.status()).isEqualTo(ScreenCommand.UNREADABLE);
    assertThat(missing.err()).contains("nowhere");
    CliRun rate = run("train", "--data", data().toString(), "--out", dir.resolve("m").toString(),
        "--max-false-flag-rate", "1.5");
    assertThat(rate.status()).isEqualTo(ScreenCommand.USAGE);
    assertThat(Files.exists(dir.resolve("m"))).isFalse();
    CliRun empty = run("train", "--data", Files.createDirectories(dir.resolve("empty")).toString(), "--out",
        dir.resolve("m").toString(), "--quiet");
    assertThat(empty.status()).isEqualTo(ScreenCommand.INPUT_ERRORS);
    assertThat(empty.err()).contains("no labelled data found");
    assertThat(Files.exists(dir.resolve("m"))).isFalse();
  }
}
