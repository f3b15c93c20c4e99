package id.cermat.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextPartsTest {

  @Test
  void hashtagsMentionsAndLinksAreFoundInOrderOnce() {
    String t = "Rapat #K3 bersama @ptcontoh dan @budi.s, lihat https://contoh.co.id/k3. #K3 #Kerja_Aman "
        + "surel budi@contoh.go.id &#39; (https://a.id/x?y=1)";
    assertThat(TextParts.hashtags(t)).containsExactly("K3", "Kerja_Aman");
    assertThat(TextParts.mentions(t)).containsExactly("ptcontoh", "budi.s");
    assertThat(TextParts.links(t)).containsExactly("https://contoh.co.id/k3", "https://a.id/x?y=1");
  }

  @Test
  void metaMojibakeIsRepairedAndRealLatin1Kept() {
    assertThat(TextParts.repairMojibake("Rapat K3 \u00f0\u009f\u0091\u00b7 caf\u00c3\u00a9"))
        .isEqualTo("Rapat K3 👷 café");
    assertThat(TextParts.repairMojibake("café")).isEqualTo("café");
    assertThat(TextParts.repairMojibake("👷 café")).isEqualTo("👷 café");
    assertThat(TextParts.repairMojibake("plain")).isEqualTo("plain");
  }

  @Test
  void hashIdsAreStableAndDistinguishAuthorTimeAndText() {
    Instant t = Instant.parse("2024-02-06T03:15:00Z");
    assertThat(PostIds.hash("Budi", t, "halo")).isEqualTo(PostIds.hash("Budi", t, "halo")).startsWith("h:")
        .hasSize(34);
    assertThat(PostIds.hash("Budi", t, "halo")).isNotEqualTo(PostIds.hash("Siti", t, "halo"))
        .isNotEqualTo(PostIds.hash("Budi", t.plusSeconds(60), "halo"))
        .isNotEqualTo(PostIds.hash("Budi", t, "halo!"));
  }
}
