package id.cermat.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;

/** The Meta importers' helpers, and that each recognises only its own exports. */
class MetaImportersTest {

  private static final ExportImporter IG = new InstagramImporter();
  private static final ExportImporter FB = new FacebookImporter();
  private static final ExportImporter MS = new MessengerImporter();

  private static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s);
  }

  @Test
  void unixTimesAreExactAndBadOnesAreReported() throws Exception {
    assertThat(MetaSupport.seconds(json("{\"t\":1707189300}"), "t")).isEqualTo(Instant.parse("2024-02-06T03:15:00Z"));
    assertThat(MetaSupport.seconds(json("{\"t\":\"1707189300\"}"), "t")).isEqualTo(Instant.parse("2024-02-06T03:15:00Z"));
    assertThat(MetaSupport.millis(json("{\"t\":1707189300123}"), "t")).isEqualTo(Instant.parse("2024-02-06T03:15:00.123Z"));
    assertThat(MetaSupport.seconds(json("{}"), "t")).isNull();
    assertThat(MetaSupport.seconds(json("{\"t\":null}"), "t")).isNull();
    for (String bad : List.of("\"kemarin\"", "99999999999999999", "true")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> MetaSupport.seconds(json("{\"t\":" + bad + "}"), "t"))
          .isInstanceOf(MetaSupport.BadRecord.class);
    }
  }

  @Test
  void everyStringIsRepaired() throws Exception {
    assertThat(MetaSupport.text(json("{\"t\":\"caf\\u00c3\\u00a9 \\u00f0\\u009f\\u0091\\u00b7\"}"), "t")).isEqualTo("café 👷");
    assertThat(MetaSupport.text(json("{\"t\":\"sudah benar 👷\"}"), "t")).isEqualTo("sudah benar 👷");
    assertThat(MetaSupport.nonBlank(json("{\"t\":\"  \"}"), "t")).isNull();
  }

  @Test
  void messengerPlaceholdersForAttachmentsAreRecognised() {
    assertThat(MessengerImporter.generated("Budi Santoso sent a photo.", "Budi Santoso")).isTrue();
    assertThat(MessengerImporter.generated("You sent an attachment.", "Budi Santoso")).isTrue();
    assertThat(MessengerImporter.generated("Budi Santoso sent a photo of the flood in Cikini, see it.", "Budi Santoso"))
        .isFalse();
    assertThat(MessengerImporter.generated("Ani sent a photo.", "Budi Santoso")).isFalse();
  }

  @Test
  void fileNumbersOrderMessageFiles() {
    assertThat(MetaSupport.fileNumber("message_12.json")).isEqualTo(12);
    assertThat(MetaSupport.fileNumber("message.json")).isZero();
  }

  @Test
  void eachRecognisesOnlyItsOwnExports() throws Exception {
    for (Path input : MetaMutations.inputs("instagram")) {
      assertThat(scores(input)).as(input.toString()).satisfies(s -> {
        assertThat(s.get(0)).isGreaterThan(0);
        assertThat(s.get(1)).isZero();
        assertThat(s.get(2)).isZero();
      });
    }
    for (Path input : MetaMutations.inputs("facebook")) {
      assertThat(scores(input)).as(input.toString()).satisfies(s -> {
        assertThat(s.get(0)).isZero();
        assertThat(s.get(1)).isGreaterThan(s.get(2));
      });
    }
    for (Path input : MetaMutations.inputs("messenger")) {
      assertThat(scores(input)).as(input.toString()).satisfies(s -> {
        assertThat(s.get(0)).isZero();
        assertThat(s.get(1)).isZero();
        assertThat(s.get(2)).isGreaterThan(0);
      });
    }
  }

  @Test
  void anExportWithoutItsFilesIsRefusedNamingWhatWasLookedFor() throws Exception {
    Path input = MetaMutations.inputs("messenger").get(0);
    for (ExportImporter i : List.of(IG, FB)) {
      try (ExportSource s = ExportSource.open(input, Limits.DEFAULT)) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> i.read(s, context()))
            .isInstanceOf(ImportException.class).hasMessageContaining("looked for");
      }
    }
    try (ExportSource s = ExportSource.open(MetaMutations.inputs("instagram").get(0), Limits.DEFAULT)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> MS.read(s, context()))
          .isInstanceOf(ImportException.class).hasMessageContaining("message_N.json");
    }
  }

  private static ImportContext context() {
    return new ImportContext(ZoneId.of("Asia/Jakarta"), "Budi Santoso", p -> { });
  }

  private static List<Integer> scores(Path input) throws Exception {
    List<Integer> out = new ArrayList<>();
    try (ExportSource s = ExportSource.open(input, Limits.DEFAULT)) {
      for (ExportImporter i : List.of(IG, FB, MS)) {
        out.add(i.detect(s));
      }
    }
    return out;
  }
}
