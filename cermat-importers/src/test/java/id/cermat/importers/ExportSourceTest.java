package id.cermat.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportSourceTest {

  @TempDir
  Path temp;

  private Path zip(String name, String... namesAndContents) throws IOException {
    Path z = temp.resolve(name);
    try (OutputStream o = Files.newOutputStream(z); ZipOutputStream out = new ZipOutputStream(o)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        out.putNextEntry(new ZipEntry(namesAndContents[i]));
        out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return z;
  }

  @Test
  void aZipIsRecognisedByItsSignatureAndItsFilesFoundByNameAnywhere() throws Exception {
    Path z = zip("export.bin", "twitter/data/tweets.js", "window.YTD.tweets.part0 = []", "README.txt", "hi");
    try (ExportSource s = ExportSource.open(z, Limits.DEFAULT)) {
      assertThat(s.entries()).extracting(ExportSource.Entry::name)
          .containsExactly("README.txt", "twitter/data/tweets.js");
      ExportSource.Entry tweets = s.named("TWEETS.js").get(0);
      assertThat(tweets.path()).isEqualTo("export.bin!/twitter/data/tweets.js");
      assertThat(new String(s.head(tweets, 8), StandardCharsets.UTF_8)).isEqualTo("window.Y");
      assertThat(s.sha256(tweets))
          .isEqualTo(java.util.HexFormat.of().formatHex(PostIds.sha256().digest(
              "window.YTD.tweets.part0 = []".getBytes(StandardCharsets.UTF_8))));
    }
  }

  @Test
  void zipSlipNamesAreLeftOutAndReported() throws Exception {
    Path z = zip("slip.zip", "../../etc/result.json", "{}", "/abs/result.json", "{}", "ok/result.json", "{}",
        "a\\..\\b.json", "{}");
    try (ExportSource s = ExportSource.open(z, Limits.DEFAULT)) {
      assertThat(s.entries()).extracting(ExportSource.Entry::name).containsExactly("ok/result.json");
      assertThat(s.refused()).hasSize(3);
      // the zip library reads a Windows separator as '/', so "a\..\b.json" is caught as "a/../b.json"
      assertThat(s.refused()).extracting(ImportProblem::reason)
          .filteredOn(r -> r.contains("'..'")).hasSize(2);
      assertThat(s.refused()).extracting(ImportProblem::reason)
          .filteredOn(r -> r.contains("absolute")).hasSize(1);
    }
  }

  @Test
  void aZipBombIsStoppedByTheRatioWhileItIsRead() throws Exception {
    Path z = temp.resolve("bomb.zip");
    try (OutputStream o = Files.newOutputStream(z); ZipOutputStream out = new ZipOutputStream(o)) {
      out.putNextEntry(new ZipEntry("result.json"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        out.write(zeros);
      }
      out.closeEntry();
    }
    assertThat(Files.size(z)).isLessThan(200_000);
    try (ExportSource s = ExportSource.open(z, Limits.DEFAULT); InputStream in = s.open(s.entries().get(0))) {
      assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
          .isInstanceOf(IOException.class).hasMessageContaining("zip bomb");
    }
  }

  @Test
  void declaredSizesBeyondTheTotalLimitAreRefusedBeforeReading() throws Exception {
    Path z = temp.resolve("big.zip");
    try (OutputStream o = Files.newOutputStream(z); ZipOutputStream out = new ZipOutputStream(o)) {
      byte[] data = new byte[3000];
      ZipEntry e = new ZipEntry("a.json");
      out.putNextEntry(e);
      out.write(data);
      out.closeEntry();
      out.putNextEntry(new ZipEntry("b.json"));
      out.write(data);
      out.closeEntry();
    }
    assertThatThrownBy(() -> ExportSource.open(z, Limits.DEFAULT.withMaxTotalBytes(5000)))
        .isInstanceOf(ImportException.class).hasMessageContaining("zip bomb");
    assertThatThrownBy(() -> ExportSource.open(z, Limits.DEFAULT.withMaxEntries(1)))
        .isInstanceOf(ImportException.class).hasMessageContaining("more than 1 files");
  }

  @Test
  void aStoredEntryThatHoldsMoreThanItDeclaresIsStopped() throws Exception {
    // A stored entry whose local data is longer than its declared size: the reader stops at the declared size,
    // so the extra bytes are never taken for data.
    Path z = temp.resolve("stored.zip");
    byte[] data = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    try (OutputStream o = Files.newOutputStream(z); ZipOutputStream out = new ZipOutputStream(o)) {
      ZipEntry e = new ZipEntry("x.json");
      e.setMethod(ZipEntry.STORED);
      e.setSize(data.length);
      CRC32 crc = new CRC32();
      crc.update(data);
      e.setCrc(crc.getValue());
      out.putNextEntry(e);
      out.write(data);
      out.closeEntry();
    }
    try (ExportSource s = ExportSource.open(z, Limits.DEFAULT); InputStream in = s.open(s.entries().get(0))) {
      assertThat(in.readAllBytes()).isEqualTo(data);
    }
  }

  @Test
  void aTruncatedZipIsAClearError() throws Exception {
    Path z = zip("cut.zip", "result.json", "{\"messages\":[]}".repeat(100));
    byte[] bytes = Files.readAllBytes(z);
    Path cut = temp.resolve("cut2.zip");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> ExportSource.open(cut, Limits.DEFAULT))
        .isInstanceOf(ImportException.class).hasMessageContaining("cut2.zip").hasMessageContaining("zip");
  }

  @Test
  void aFolderIsWalkedWithoutFollowingLinks() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("export/data"));
    Files.writeString(dir.resolve("tweets.js"), "x");
    Path outside = Files.writeString(temp.resolve("secret.txt"), "do not read");
    Files.createSymbolicLink(dir.resolve("link.txt"), outside);
    try (ExportSource s = ExportSource.open(temp.resolve("export"), Limits.DEFAULT)) {
      assertThat(s.entries()).extracting(ExportSource.Entry::name).containsExactly("data/tweets.js");
      assertThat(s.entries().get(0).path()).isEqualTo("export/data/tweets.js");
      assertThat(s.refused()).singleElement().satisfies(p -> assertThat(p.reason()).contains("link"));
    }
  }

  @Test
  void aMissingFileOrALinkGivenDirectlyIsAClearError() throws Exception {
    assertThatThrownBy(() -> ExportSource.open(temp.resolve("nope.zip"), Limits.DEFAULT))
        .isInstanceOf(ImportException.class).hasMessageContaining("nope.zip").hasMessageContaining("no such");
    Path target = Files.writeString(temp.resolve("t.txt"), "x");
    Path link = Files.createSymbolicLink(temp.resolve("l.txt"), target);
    assertThatThrownBy(() -> ExportSource.open(link, Limits.DEFAULT))
        .isInstanceOf(ImportException.class).hasMessageContaining("link");
  }

  @Test
  void aSingleFileIsOneEntryNamedByItsFileName() throws Exception {
    Path f = Files.writeString(temp.resolve("WhatsApp Chat with Tim.txt"), "hello");
    try (ExportSource s = ExportSource.open(f, Limits.DEFAULT)) {
      assertThat(s.entries()).singleElement().satisfies(e -> {
        assertThat(e.name()).isEqualTo("WhatsApp Chat with Tim.txt");
        assertThat(e.path()).isEqualTo("WhatsApp Chat with Tim.txt");
        assertThat(e.size()).isEqualTo(5);
      });
    }
  }
}
