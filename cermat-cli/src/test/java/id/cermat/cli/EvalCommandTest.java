package id.cermat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void printsATableAndEndsWithOneLineOfJson() throws Exception {
    Path f = dir.resolve("labelled.jsonl");
    Files.writeString(f, """
        {"id": "1", "text": "Slot gacor maxwin, depo 50rb", "labels": ["GAMBLING"]}
        {"id": "2", "text": "Rapat koordinasi pagi ini", "labels": []}
        {"id": "3", "text": "Mobil dinas dipakai mudik, lumayan irit", "labels": ["FLEXING"]}
        """);
    CliRun r = run("eval", "--format", "jsonl", f.toString());
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).contains("precision").contains("recall");
    JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertThat(json.get("posts").asInt()).isEqualTo(3);
    assertThat(json.get("per_category").get("GAMBLING").get("f1").asDouble()).isEqualTo(1.0);
    assertThat(json.get("per_category").get("FLEXING").get("support").asInt()).isEqualTo(1);
    assertThat(json.get("false_flag_rate").asDouble()).isZero();
    assertThat(json.has("micro_f1")).isTrue();
    assertThat(json.has("macro_f1")).isTrue();
  }

  @Test
  void namesTheBadLineOfALabelledFile() throws Exception {
    Path f = dir.resolve("bad.jsonl");
    Files.writeString(f, "{\"id\": \"1\", \"text\": \"x\", \"labels\": []}\n{\"id\": \"2\", \"text\": 5}\n");
    CliRun r = run("eval", "--format", "jsonl", f.toString());
    assertThat(r.status()).isEqualTo(ScreenCommand.INPUT_ERRORS);
    assertThat(r.err()).contains("bad.jsonl line 2");
  }

  @Test
  void saysWhichFileIsMissing() {
    CliRun r = run("eval", "--format", "ibrohim", dir.resolve("nope.csv").toString());
    assertThat(r.status()).isEqualTo(ScreenCommand.UNREADABLE);
    assertThat(r.err()).contains("nope.csv");
  }

  @Test
  void evaluatesOnlyTheAskedPartOfTheSplitAndTheRulesAloneOnRequest() throws Exception {
    Path f = dir.resolve("many.jsonl");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      b.append("{\"id\": \"").append(i).append("\", \"text\": \"Rapat koordinasi nomor ").append(i)
          .append("\", \"labels\": []}\n");
    }
    Files.writeString(f, b.toString());
    JsonNode all = last(run("eval", "--format", "jsonl", f.toString()));
    JsonNode test = last(run("eval", "--format", "jsonl", "--split", "test", f.toString()));
    JsonNode train = last(run("eval", "--format", "jsonl", "--split", "train", "--rules-only", f.toString()));
    assertThat(all.get("posts").asInt()).isEqualTo(40);
    // SHA-256 of the text decides: about 10 % test, 80 % train, and never the same post twice
    assertThat(test.get("posts").asInt()).isBetween(1, 12);
    assertThat(train.get("posts").asInt()).isBetween(24, 39);
    assertThat(test.get("posts").asInt() + train.get("posts").asInt()).isLessThanOrEqualTo(40);
    CliRun bad = run("eval", "--format", "jsonl", "--split", "later", f.toString());
    assertThat(bad.status()).isEqualTo(ScreenCommand.USAGE);
    assertThat(bad.err()).contains("later");
  }

  private static JsonNode last(CliRun r) throws Exception {
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    return new ObjectMapper().readTree(lines.get(lines.size() - 1));
  }
}
