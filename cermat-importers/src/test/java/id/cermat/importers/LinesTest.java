package id.cermat.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinesTest {

  @TempDir
  Path temp;

  private List<String> lines(byte[] bytes, Limits limits, int[] malformed) throws Exception {
    Path f = Files.write(temp.resolve("chat.txt"), bytes);
    List<String> out = new ArrayList<>();
    try (ExportSource s = ExportSource.open(f, limits); Lines l = Lines.open(s, s.entries().get(0))) {
      for (String line; (line = l.next()) != null; ) {
        out.add(l.number() + ":" + line);
      }
      malformed[0] = l.firstMalformedLine();
      malformed[1] = l.cutLines();
    }
    return out;
  }

  @Test
  void lfCrlfAndCrEndLinesAndABomIsDropped() throws Exception {
    int[] m = new int[2];
    byte[] b = "\uFEFFsatu\r\ndua\rtiga\n\nempat".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(lines(b, Limits.DEFAULT, m)).containsExactly("1:satu", "2:dua", "3:tiga", "4:", "5:empat");
    assertThat(m[0]).isZero();
  }

  @Test
  void utf16WithABomIsRead() throws Exception {
    int[] m = new int[2];
    byte[] b = "\uFEFFhalo 👷\r\nok".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    assertThat(lines(b, Limits.DEFAULT, m)).containsExactly("1:halo 👷", "2:ok");
  }

  @Test
  void invalidUtf8BecomesAReplacementAndItsLineIsRemembered() throws Exception {
    int[] m = new int[2];
    byte[] b = {'a', '\n', 'b', '\n', 'c', (byte) 0xE9, 'd', '\n', 'e'};
    assertThat(lines(b, Limits.DEFAULT, m)).containsExactly("1:a", "2:b", "3:c\uFFFDd", "4:e");
    assertThat(m[0]).isEqualTo(3);
  }

  @Test
  void theFirstBadLineIsFoundWhateverTheLinesEndWith() throws Exception {
    int[] m = new int[2];
    byte[] b = {'a', '\r', 'b', '\r', '\n', 'c', '\r', 'd', (byte) 0xFF, '\r', 'e', (byte) 0xC3};
    assertThat(lines(b, Limits.DEFAULT, m)).containsExactly("1:a", "2:b", "3:c", "4:d\uFFFD", "5:e\uFFFD");
    assertThat(m[0]).isEqualTo(4);
  }

  @Test
  void badBytesNearABufferBoundaryAreReplacedNotLost() throws Exception {
    int[] m = new int[2];
    byte[] b = new byte[(1 << 16) + 10];
    java.util.Arrays.fill(b, (byte) 'x');
    b[(1 << 16) - 1] = (byte) 0xFF;
    b[(1 << 16) + 3] = '\n';
    List<String> out = lines(b, new Limits(10, 1 << 20, 100, 1 << 20, 64, 100, 1 << 20), m);
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).hasSize(2 + (1 << 16) + 3).contains("\uFFFD");
    assertThat(m[0]).isEqualTo(1);
  }

  @Test
  void aLineOverTheLimitIsCut() throws Exception {
    int[] m = new int[2];
    Limits small = new Limits(10, 1 << 20, 100, 1 << 20, 64, 100, 80);
    byte[] b = ("x".repeat(200) + "\nok").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(lines(b, small, m)).containsExactly("1:" + "x".repeat(80), "2:ok");
    assertThat(m[1]).isEqualTo(1);
  }
}
