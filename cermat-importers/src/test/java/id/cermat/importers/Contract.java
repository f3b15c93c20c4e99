package id.cermat.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract of every importer on any input (issue 4, point 4), for property tests: it returns or throws
 * {@link ImportException}, nothing else, within a few seconds; every post it gives is well formed.
 */
public final class Contract {

  private Contract() {
  }

  /** Runs {@code importer} on {@code input} (a file, folder or zip) and checks the contract. */
  public static void check(ExportImporter importer, Path input) {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      List<CapturedPost> posts = new ArrayList<>();
      ImportContext ctx = new ImportContext(ZoneId.of("Asia/Jakarta"), "Anda", posts::add);
      try (ExportSource source = ExportSource.open(input, Limits.DEFAULT)) {
        importer.detect(source);
        importer.read(source, ctx);
      } catch (ImportException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
      for (CapturedPost p : posts) {
        assertThat(p.source().sha256()).hasSize(64);
        assertThat(p.externalId()).isNotBlank();
        PostJson.line(p);
      }
      for (ImportProblem p : ctx.summary().problems()) {
        assertThat(p.reason()).isNotBlank();
      }
    });
  }
}
