package id.cermat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged jar as a user would, in its own JVM: the real launcher path, stdin and exit status. */
class CermatJarIT {

  private static final Path JAR = Path.of(System.getProperty("cermat.jar", "target/cermat.jar"));

  private record Result(int status, String out, String err) {}

  private static Result cermat(String stdin, String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("packaged jar").exists();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    // output goes to files, so that a full pipe can never block the child while we wait for it
    Path out = Files.createTempFile("cermat-out", ".txt");
    Path err = Files.createTempFile("cermat-err", ".txt");
    try {
      Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      p.getOutputStream().close();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
      return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void screensFromTheCommandLineInUtf8() throws Exception {
    Result r = cermat("", "screen", "Pamer saldo 😎 slot g4c0r maxwin");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\"code\":\"GAMBLING\"").contains("g4c0r");
  }

  @Test
  void screensStandardInputAndExitsWithThreeOnABadLine() throws Exception {
    Result r = cermat("halo\n{bukan teks\nslot gacor\n", "screen", "--jsonl", "-");
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err()).contains("stdin baris 1").contains("stdin baris 2");
    assertThat(r.out().lines()).isEmpty();
  }

  @Test
  void printsItsVersion() throws Exception {
    Result r = cermat("", "--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("cermat ");
  }

  @Test
  void screensAWholeFileOfPosts(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path f = dir.resolve("posts.jsonl");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      b.append("{\"id\":").append(i).append(",\"text\":\"pos ke-").append(i).append(" slot gacor\"}\n");
    }
    Files.writeString(f, b);
    Result r = cermat("", "screen", "--jsonl", f.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out().lines()).hasSize(500).allMatch(l -> l.contains("GAMBLING"));
  }

  @Test
  void importsAZippedChatAndScreensTheEmployeesMessages(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path zip = dir.resolve("WhatsApp Chat - Tim K3.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("_chat.txt"));
      out.write(("[04/02/22, 10.15.00] Budi Santoso: Selamat pagi tim\n"
          + "[04/02/22, 10.16.00] Siti: slot gacor maxwin\n"
          + "[04/02/22, 10.17.00] Budi Santoso: slot gacor maxwin hari ini, depo 50rb\n")
          .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    Result r = cermat("", "import", zip.toString(), "--sender", "Budi Santoso", "--screen");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.out().lines().toList().get(1)).contains("\"platform\":\"WHATSAPP\"").contains("\"code\":\"GAMBLING\"");
    assertThat(r.out()).doesNotContain("Siti");
    assertThat(r.err()).contains("orang lain : 1 pesan").doesNotContain("\r[");
  }
}
