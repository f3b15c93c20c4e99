package id.cermat.importers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTest {

  @TempDir
  Path temp;

  private final List<String> seen = new ArrayList<>();
  private final ImportContext context = new ImportContext(ZoneOffset.UTC, null, p -> { });

  private void read(String name, String content, boolean js, boolean hex, List<String> recordPath,
      Limits limits) throws Exception {
    Path f = Files.writeString(temp.resolve(name), content);
    try (ExportSource s = ExportSource.open(f, limits)) {
      Json.read(s, s.entries().get(0), js, hex, context, new Json.Visitor() {
        @Override
        public boolean records(List<String> path) {
          return path.equals(recordPath);
        }

        @Override
        public void record(List<String> path, JsonNode record, String position) {
          seen.add(position + " " + record);
        }

        @Override
        public void scalar(List<String> path, String value) {
          seen.add(String.join(".", path) + "=" + value);
        }
      });
    }
  }

  @Test
  void recordsOfTheChosenArrayComeOneByOneWithTheirLine() throws Exception {
    read("a.json", "{\"name\":\"Tim\",\"messages\":[\n{\"id\":1,\"t\":\"a\"},\n{\"id\":2}],\"n\":5}", false, false,
        List.of("messages"), Limits.DEFAULT);
    assertThat(seen).containsExactly("name=Tim", "line 2 {\"id\":\"1\",\"t\":\"a\"}", "line 3 {\"id\":\"2\"}",
        "n=5");
    assertThat(context.summary().complete()).isTrue();
  }

  @Test
  void xScriptsAreReadAfterTheirAssignment() throws Exception {
    read("tweets.js", "window.YTD.tweets.part0 = [ {\"tweet\":{\"id_str\":\"9\"}} ]", true, false, List.of(),
        Limits.DEFAULT);
    assertThat(seen).containsExactly("line 1 {\"tweet\":{\"id_str\":\"9\"}}");
  }

  @Test
  void aSyntaxErrorKeepsTheRecordsBeforeItAndNamesItsLine() throws Exception {
    read("bad.json", "[{\"a\":1},\n{\"a\":2},\n{\"a\": tru}]", false, false, List.of(), Limits.DEFAULT);
    assertThat(seen).hasSize(2);
    assertThat(context.summary().problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("bad.json");
      assertThat(p.position()).isEqualTo("line 3");
      assertThat(p.reason()).startsWith("is not valid JSON");
    });
  }

  @Test
  void wrongEncodingsAreAProblemAtTheirLineAndUtf16IsRead() throws Exception {
    Path latin1 = temp.resolve("latin1.json");
    Files.write(latin1, "[{\"a\":\"ok\"},\n{\"a\":\"caf\u00e9\"}]".getBytes(StandardCharsets.ISO_8859_1));
    try (ExportSource s = ExportSource.open(latin1, Limits.DEFAULT)) {
      Json.read(s, s.entries().get(0), false, false, context, new Json.Visitor() {
        @Override
        public boolean records(List<String> path) {
          return true;
        }

        @Override
        public void record(List<String> path, JsonNode record, String position) {
          seen.add(position + " " + record);
        }
      });
    }
    assertThat(seen).containsExactly("line 1 {\"a\":\"ok\"}");
    assertThat(context.summary().problems()).singleElement().satisfies(p -> {
      assertThat(p.position()).isEqualTo("line 2");
      assertThat(p.reason()).contains("UTF-8");
    });
    seen.clear();
    Path utf16 = temp.resolve("utf16.json");
    Files.write(utf16, "[{\"a\":\"caf\u00e9 👷\"}]".getBytes(StandardCharsets.UTF_16LE));
    try (ExportSource s = ExportSource.open(utf16, Limits.DEFAULT)) {
      Json.read(s, s.entries().get(0), false, false, context, new Json.Visitor() {
        @Override
        public boolean records(List<String> path) {
          return true;
        }

        @Override
        public void record(List<String> path, JsonNode record, String position) {
          seen.add(record.get("a").asText());
        }
      });
    }
    assertThat(seen).containsExactly("caf\u00e9 👷");
  }

  @Test
  void aTruncatedFileIsAProblemNotAnException() throws Exception {
    read("cut.json", "[{\"a\":1},{\"a\":", false, false, List.of(), Limits.DEFAULT);
    assertThat(seen).hasSize(1);
    assertThat(context.summary().problemCount()).isEqualTo(1);
  }

  @Test
  void aRecordOverTheTokenLimitIsLeftOutAndTheNextIsRead() throws Exception {
    Limits small = new Limits(10, 1 << 20, 100, 1 << 20, 64, 16, 1000);
    String big = "{\"a\":[" + "1,".repeat(40) + "1],\"b\":{\"c\":[[],[]]}}";
    read("big.json", "[" + big + ",{\"ok\":true}]", false, false, List.of(), small);
    assertThat(seen).containsExactly("line 1 {\"ok\":true}");
    assertThat(context.summary().problems()).singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("more than 16 values"));
  }

  @Test
  void nestingDeeperThanTheLimitIsAProblem() throws Exception {
    read("deep.json", "[" + "[".repeat(5000) + "]".repeat(5000) + "]", false, false, List.of("x"),
        Limits.DEFAULT);
    assertThat(context.summary().problems()).singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("nesting"));
  }

  @Test
  void telegramHexEscapesBecomeUnicodeEscapesAndOtherEscapesStay() throws Exception {
    String in = "{\"t\":\"a\\x01b \\\\x41 \\n \\xZZ\"}";
    byte[] out = new Json.HexEscapes(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8))).readAllBytes();
    assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo("{\"t\":\"a\\u0001b \\\\x41 \\n \\xZZ\"}");
    read("result.json", "{\"messages\":[{\"text\":\"a\\x1fb\"}]}", false, true, List.of("messages"), Limits.DEFAULT);
    assertThat(seen).containsExactly("line 1 {\"text\":\"a\\u001Fb\"}");
  }

  @Test
  void fieldHelpersToleratesMissingAndOddValues() throws Exception {
    JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        "{\"a\":{\"b\":\"12\"},\"c\":\"None\",\"d\":null,\"e\":[1,2],\"f\":3.0}");
    assertThat(Json.text(n, "a", "b")).isEqualTo("12");
    assertThat(Json.number(n, "a", "b")).isEqualTo(12L);
    assertThat(Json.number(n, "c")).isNull();
    assertThat(Json.text(n, "d")).isNull();
    assertThat(Json.text(n, "e")).isNull();
    assertThat(Json.array(n, "e")).hasSize(2);
    assertThat(Json.array(n, "a")).isEmpty();
    assertThat(Json.number(n, "f")).isEqualTo(3L);
    assertThat(Json.text(n, "x", "y")).isNull();
  }
}
