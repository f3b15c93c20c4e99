package id.cermat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.cermat.importers.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code cermat import} on every fixture export of the importers module, and its errors. */
class ImportCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  static List<Fixtures.Case> cases() {
    return Fixtures.cases();
  }

  private static String[] args(Fixtures.Case c, Path input, String... more) {
    List<String> a = new ArrayList<>(List.of("import", input.toString(), "--progress", "never"));
    if (c.format() != null) {
      a.addAll(List.of("--format", c.format()));
    }
    if (c.sender() != null) {
      a.addAll(List.of("--sender", c.sender()));
    }
    a.addAll(List.of("--zone", c.zone().getId()));
    a.addAll(Arrays.asList(more));
    return a.toArray(String[]::new);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyFixturePrintsExactlyItsExpectedPosts(Fixtures.Case c) throws Exception {
    CliRun r = CliRun.run(args(c, c.input(temp)));
    List<String> lines = Arrays.stream(r.out().split("\n")).filter(l -> !l.isBlank()).toList();
    assertThat(lines).as(c.name() + "\n" + r.err()).containsExactlyElementsOf(Fixtures.expected(c));
    assertThat(r.status()).as(r.err()).isEqualTo(c.problems() == 0 ? ScreenCommand.OK : ScreenCommand.INPUT_ERRORS);
    assertThat(r.err()).contains("\n  disimpan   : " + lines.size()).contains("masalah    : " + c.problems());
  }

  @Test
  void withScreenEveryPostCarriesItsScreeningAndIsOtherwiseUnchanged() throws Exception {
    Fixtures.Case c = cases().get(0);
    CliRun r = CliRun.run(args(c, c.input(temp), "--screen"));
    List<JsonNode> lines = r.lines();
    List<String> expected = Fixtures.expected(c);
    assertThat(lines).hasSameSizeAs(expected).isNotEmpty();
    for (int i = 0; i < lines.size(); i++) {
      ObjectNode line = (ObjectNode) lines.get(i);
      JsonNode screening = line.remove("screening");
      assertThat(screening.get("decision").asText()).isIn("CLEAR", "REVIEW", "FLAG");
      assertThat(screening.get("scores").size()).isEqualTo(id.cermat.engine.CategoryCode.values().length);
      assertThat(screening.get("platform").asText()).isEqualTo(line.get("platform").asText());
      assertThat(screening.get("kind").asText()).isEqualTo(line.get("kind").asText());
      assertThat(line).isEqualTo(JSON.readTree(expected.get(i)));
    }
  }

  @Test
  void aFlexingPostIsFlaggedWhenScreened() throws Exception {
    Path tiktok = Files.writeString(temp.resolve("user_data_tiktok.json"), """
        {"Profile":{"Profile Info":{"ProfileMap":{"userName":"budi.asn"}}},
         "Post":{"Posts":{"VideoList":[{"Date":"2024-02-06 03:15:00",
           "Link":"https://www.tiktokv.com/share/video/7332000000000000001/","Likes":"12",
           "Title":"Gaji cuma segini tapi mobil baru Alphard lagi, tas Hermes 300 juta, gampang lah duit proyek"}]}}}
        """);
    CliRun r = CliRun.run("import", tiktok.toString(), "--screen", "--progress", "never");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode post = r.lines().get(0);
    assertThat(post.get("platform").asText()).isEqualTo("TIKTOK");
    assertThat(post.at("/screening/decision").asText()).isIn("REVIEW", "FLAG");
    assertThat(post.at("/screening/categories/0/code").asText()).isEqualTo("FLEXING");
  }

  @Test
  void aChatNeedsTheEmployeeNamed() throws Exception {
    Path chat = Files.writeString(temp.resolve("WhatsApp Chat with Tim K3.txt"),
        "04/02/22 10.15 - Budi Santoso: Selamat pagi tim\n04/02/22 10.16 - Siti: Pagi\n");
    CliRun r = CliRun.run("import", chat.toString(), "--progress", "never");
    assertThat(r.status()).isEqualTo(ScreenCommand.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--sender").contains("whatsapp");
    CliRun named = CliRun.run("import", chat.toString(), "--sender", "Budi Santoso", "--progress", "never");
    assertThat(named.status()).as(named.err()).isZero();
    assertThat(named.lines()).singleElement().satisfies(p -> {
      assertThat(p.get("account").asText()).isEqualTo("Budi Santoso");
      assertThat(p.get("text").asText()).isEqualTo("Selamat pagi tim");
      assertThat(p.get("createdAt").asText()).isEqualTo("2022-02-04T03:15:00Z");
    });
    assertThat(named.err()).contains("orang lain : 1 pesan");
    assertThat(named.out()).doesNotContain("Siti").doesNotContain("Pagi\"");
  }

  @Test
  void theZoneGivesTimesWrittenWithoutOne() throws Exception {
    Path chat = Files.writeString(temp.resolve("Chat WhatsApp dengan Tim.txt"),
        "04/02/22 10.15 - Budi: Selamat pagi\n");
    CliRun r = CliRun.run("import", chat.toString(), "--sender", "Budi", "--zone", "Asia/Jayapura",
        "--progress", "never");
    assertThat(r.lines()).singleElement()
        .satisfies(p -> assertThat(p.get("createdAt").asText()).isEqualTo("2022-02-04T01:15:00Z"));
  }

  @Test
  void usageErrorsSayWhatIsWrong() throws Exception {
    Path f = Files.writeString(temp.resolve("x.txt"), "x");
    CliRun zone = CliRun.run("import", f.toString(), "--zone", "Mars/Olympus");
    assertThat(zone.status()).isEqualTo(ScreenCommand.USAGE);
    assertThat(zone.err()).contains("zona waktu tidak dikenal \"Mars/Olympus\"");
    CliRun format = CliRun.run("import", f.toString(), "--format", "myspace");
    assertThat(format.status()).isEqualTo(ScreenCommand.USAGE);
    assertThat(format.err()).contains("format tidak dikenal \"myspace\"").contains("whatsapp");
    CliRun progress = CliRun.run("import", f.toString(), "--progress", "sometimes");
    assertThat(progress.status()).isEqualTo(ScreenCommand.USAGE);
  }

  @Test
  void aMissingOrUnrecognisedFileCannotBeRead() throws Exception {
    CliRun missing = CliRun.run("import", temp.resolve("nope.zip").toString());
    assertThat(missing.status()).isEqualTo(ScreenCommand.UNREADABLE);
    assertThat(missing.err()).contains("tidak dapat dibaca").contains("nope.zip");
    Path junk = Files.write(temp.resolve("junk.bin"), new byte[] {1, 2, 3, 0, 5});
    CliRun unknown = CliRun.run("--lang", "en", "import", junk.toString());
    assertThat(unknown.status()).isEqualTo(ScreenCommand.UNREADABLE);
    assertThat(unknown.err()).contains("cannot be read").contains("junk.bin").contains("--format");
  }

  @Test
  void theProgressBarShowsTheFileAndItsShare() throws Exception {
    Fixtures.Case c = cases().get(0);
    CliRun r = CliRun.run(args(c, c.input(temp)).clone());
    String[] a = args(c, c.input(temp));
    a[3] = "always";
    CliRun shown = CliRun.run(a);
    assertThat(shown.out()).isEqualTo(r.out());
    assertThat(shown.err()).contains("\r[").contains("100%").contains(" MB");
    assertThat(r.err()).doesNotContain("\r[");
  }

  @Test
  void byDefaultTheBarShowsOnlyOnATerminal() throws Exception {
    // the tests' stderr is a pipe: "auto" draws nothing
    assertThat(ImportCommand.stderrIsTerminal()).isFalse();
    Fixtures.Case c = cases().get(0);
    String[] a = args(c, c.input(temp));
    List<String> auto = new ArrayList<>(Arrays.asList(a));
    auto.subList(2, 4).clear();
    CliRun r = CliRun.run(auto.toArray(String[]::new));
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("\r[");
  }

  @Test
  void englishSummaryOnRequest() throws Exception {
    Fixtures.Case c = cases().get(0);
    String[] a = args(c, c.input(temp));
    String[] en = new String[a.length + 2];
    en[0] = "--lang";
    en[1] = "en";
    System.arraycopy(a, 0, en, 2, a.length);
    CliRun r = CliRun.run(en);
    assertThat(r.err()).contains("read as").contains("kept       :").contains("problems   :");
    assertThat(new String(r.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isNotEmpty();
  }

  @Test
  void problemsAndSkipReasonsAreSaidInIndonesianByDefaultAndInEnglishOnRequest() throws Exception {
    CliRun id = run("whatsapp/corrupt");
    assertThat(id.err()).contains(": baris 3: bukan tanggal atau waktu yang sah: pesannya dilewati")
        .doesNotContain(": line ").doesNotContain("left out");
    CliRun english = run("whatsapp/corrupt", "--lang", "en");
    assertThat(english.err()).contains(": line 3: not a valid date or time: the message is left out")
        .doesNotContain("baris");
    // the records' positions are data: the same "line N" whatever the language
    assertThat(english.out()).isEqualTo(id.out()).contains("\"position\":\"line ");

    assertThat(run("whatsapp/android-id").err()).contains("pesan sistem 3").contains("media tidak disertakan 1");
    assertThat(run("whatsapp/android-id", "--lang", "en").err()).contains("system message 3")
        .contains("media omitted 1");
  }

  private CliRun run(String name, String... before) throws Exception {
    Fixtures.Case c = cases().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    List<String> a = new ArrayList<>(Arrays.asList(before));
    a.addAll(Arrays.asList(args(c, c.input(temp))));
    return CliRun.run(a.toArray(String[]::new));
  }
}
