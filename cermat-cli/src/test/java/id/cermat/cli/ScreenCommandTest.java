package id.cermat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static CliRun run(byte[] stdin, String... args) {
    return CliRun.run(stdin, args);
  }

  private static CliRun run(String... args) {
    return CliRun.run(args);
  }

  private Path file(String name, byte[] content) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, content);
    return f;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void screensOneTextToOneJsonLineListingOnlyCategoriesThatAreNotClear() throws IOException {
    CliRun r = run("screen", "Slot gacor maxwin hari ini, depo 50rb, link di bio");
    assertThat(r.status()).isZero();
    List<JsonNode> lines = r.lines();
    assertThat(lines).hasSize(1);
    JsonNode result = lines.get(0);
    assertThat(result.get("id").asInt()).isEqualTo(1);
    assertThat(result.get("categories")).hasSize(1);
    JsonNode gambling = result.get("categories").get(0);
    assertThat(gambling.get("code").asText()).isEqualTo("GAMBLING");
    assertThat(gambling.get("decision").asText()).isEqualTo("FLAG");
    assertThat(gambling.get("score").asDouble()).isBetween(0.8, 1.0);
    JsonNode span = gambling.get("spans").get(0);
    assertThat(span.get("text").asText()).isEqualTo("Slot gacor");
    assertThat(span.get("start").asInt()).isZero();
    assertThat(span.get("end").asInt()).isEqualTo(10);
    assertThat(span.get("reason").asText()).contains("slot gacor");
    assertThat(gambling.get("clauses").toString()).contains("UU-11-2008-ITE/PERJUDIAN");
    assertThat(result.get("catalogVersion").asText()).isNotBlank();
    assertThat(result.get("engineVersion").asText()).isNotBlank();
  }

  @Test
  void printsAnEmptyCategoryListForACleanPost() throws IOException {
    CliRun r = run("screen", "Rapat koordinasi pelayanan publik pagi ini");
    assertThat(r.lines().get(0).get("categories")).isEmpty();
    assertThat(r.lines().get(0).get("decision").asText()).isEqualTo("CLEAR");
  }

  @Test
  void screensOnePostPerLineOfStandardInputNumberedByLine() throws IOException {
    CliRun r = run(utf8("halo semua\n\ndasar anj*ng lu\r\nslot gacor maxwin\n"), "screen", "-");
    assertThat(r.status()).isZero();
    assertThat(r.lines()).extracting(n -> n.get("id").asInt()).containsExactly(1, 3, 4);
    assertThat(r.lines().get(1).get("categories").get(0).get("code").asText()).isEqualTo("ABUSIVE");
  }

  @Test
  void reportsInvalidUtf8WithItsLineAndScreensTheOthers() throws IOException {
    byte[] input = {'h', 'a', 'l', 'o', '\n', 'a', 'b', (byte) 0xc3, (byte) 0x28, '\n', 'o', 'k', '\n'};
    CliRun r = run(input, "screen", "-");
    assertThat(r.status()).isEqualTo(ScreenCommand.INPUT_ERRORS);
    assertThat(r.lines()).extracting(n -> n.get("id").asInt()).containsExactly(1, 3);
    assertThat(r.err()).contains("stdin baris 2").contains("bukan UTF-8 yang sah (byte ke-3)");
  }

  @Test
  void screensAJsonLinesFileKeepingItsIdsAndPlatforms() throws IOException {
    Path f = file("posts.jsonl", utf8("""
        {"id": "a-1", "text": "Ayo main j u d i online", "platform": "tiktok"}
        {"id": 7, "text": "Selamat pagi, apel pagi di halaman kantor"}
        """));
    CliRun r = run("screen", "--jsonl", f.toString());
    assertThat(r.status()).isZero();
    List<JsonNode> lines = r.lines();
    assertThat(lines.get(0).get("id").asText()).isEqualTo("a-1");
    assertThat(lines.get(0).get("platform").asText()).isEqualTo("TIKTOK");
    assertThat(lines.get(1).get("id").isInt()).isTrue();
    assertThat(lines.get(1).get("id").asInt()).isEqualTo(7);
  }

  @Test
  void namesTheLineOfEveryBadRecordAndStillScreensTheRest() throws IOException {
    Path f = file("mixed.jsonl", utf8("""
        {"id": 1, "text": "slot gacor maxwin"}
        {"id": 2, "text": "tanpa kurung tutup"
        {"id": 3, "teks": "salah kolom"}
        {"id": 4, "text": 42}
        [1, 2, 3]
        {"id": 6, "text": "halo", "platform": "myspace"}
        {"id": 7, "text": "dasar b@ngs@t"}
        """));
    CliRun r = run("screen", "--jsonl", f.toString());
    assertThat(r.status()).isEqualTo(ScreenCommand.INPUT_ERRORS);
    assertThat(r.lines()).extracting(n -> n.get("id").asInt()).containsExactly(1, 7);
    assertThat(r.err())
        .contains("mixed.jsonl baris 2: JSON tidak valid")
        .contains("mixed.jsonl baris 3: kolom \"text\" tidak ada")
        .contains("mixed.jsonl baris 4: kolom \"text\" harus berupa string")
        .contains("mixed.jsonl baris 5: baris harus berupa objek JSON")
        .contains("mixed.jsonl baris 6: platform tidak dikenal \"myspace\"")
        .contains("2 pos disaring, 5 baris dilewati");
  }

  @Test
  void stopsAtTheFirstBadRecordWhenStrict() throws IOException {
    Path f = file("strict.jsonl", utf8("""
        {"id": 1, "text": "slot gacor maxwin"}
        {"id": 2, "text": "rusak"
        {"id": 3, "text": "tidak sampai sini"}
        """));
    CliRun r = run("screen", "--strict", "--jsonl", f.toString());
    assertThat(r.status()).isEqualTo(ScreenCommand.INPUT_ERRORS);
    assertThat(r.lines()).extracting(n -> n.get("id").asInt()).containsExactly(1);
    assertThat(r.err()).contains("strict.jsonl baris 2");
  }

  @Test
  void readsJsonLinesFromStandardInputToo() throws IOException {
    CliRun r = run(utf8("{\"id\":\"x\",\"text\":\"halo\"}\n"), "screen", "--jsonl", "-");
    assertThat(r.lines().get(0).get("id").asText()).isEqualTo("x");
  }

  @Test
  void explainsWithMarkedSpansAndATable() {
    CliRun r = run("screen", "--explain", "Ayo main j u d i online, depo 50rb");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("⟦j u d i online⟧")
        .contains("Promosi judi online (GAMBLING)")
        .contains("dieja terpisah")
        .contains("UU ITE");
  }

  @Test
  void explainsInEnglishWhenAsked() {
    CliRun r = run("--lang", "en", "screen", "--explain", "Ayo main j u d i online");
    assertThat(r.out()).contains("Gambling").contains("spaced apart").contains("Result:");
  }

  @Test
  void neutralisesTerminalControlCharactersInExplanations() {
    CliRun r = run("screen", "--explain", "slot gacor \u001b[31mmerah\u001b[0m");
    assertThat(r.out()).doesNotContain("\u001b").contains("·[31mmerah");
  }

  @Test
  void weighsTheKindOfPostFromTheOption() throws IOException {
    CliRun written = run("screen", "dasar anj*ng b@ngs@t lu");
    CliRun liked = run("screen", "--kind", "like", "dasar anj*ng b@ngs@t lu");
    double w = written.lines().get(0).get("categories").get(0).get("score").asDouble();
    double l = liked.lines().get(0).get("categories").get(0).get("score").asDouble();
    assertThat(l).isLessThan(w);
  }

  @Test
  void saysWhichFileIsMissing() {
    CliRun r = run("screen", "--jsonl", dir.resolve("nope.jsonl").toString());
    assertThat(r.status()).isEqualTo(ScreenCommand.UNREADABLE);
    assertThat(r.err()).contains("berkas tidak ditemukan").contains("nope.jsonl");
  }

  @Test
  void refusesNoInputOrTwoInputs() throws IOException {
    assertThat(run("screen").status()).isEqualTo(2);
    Path f = file("one.jsonl", utf8("{\"text\":\"x\"}\n"));
    CliRun both = run("screen", "teks", "--jsonl", f.toString());
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("tepat satu masukan");
  }

  @Test
  void skipsALineOverTheSizeLimitAndGoesOn() throws IOException {
    byte[] big = utf8("x".repeat(ScreenCommand.MAX_LINE_BYTES + 10) + "\nhalo\n");
    CliRun r = run(big, "screen", "-");
    assertThat(r.status()).isEqualTo(ScreenCommand.INPUT_ERRORS);
    assertThat(r.lines()).extracting(n -> n.get("id").asInt()).containsExactly(2);
    assertThat(r.err()).contains("stdin baris 1: baris lebih dari 1 MiB");
  }
}
