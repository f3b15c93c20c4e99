package id.cermat.importers;

import id.cermat.engine.Platform;
import id.cermat.engine.PostKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real X archive (28 tweets of 2023, manifest.js and tweets.js), read where it lies: its licence allows
 * reading it in tests but not copying it into the project. Skipped when the folder is absent, except on CI
 * (the environment variable CI set), where its absence fails the test. Every fact checked was read by hand
 * from the archive.
 */
class XImporterRealArchiveTest {

  static final Path ARCHIVE = Paths.get("/work/shared/data/real-exports/x-archive-twoo");
  static final String SHA256 = "2efe22bdb14526ec2a2fa40c6c77292ee3ab0a8893e84cbeb48efe1d431f12d6";

  static Fixtures.Result result;
  static Map<String, CapturedPost> byId;

  @BeforeAll
  static void importArchive() throws Exception {
    if (!Files.isDirectory(ARCHIVE)) {
      if (System.getenv("CI") != null) {
        fail("the real X archive is missing at " + ARCHIVE + " (CI is set, so it must be there)");
      }
      Assumptions.abort("the real X archive is not at " + ARCHIVE);
    }
    result = Fixtures.run(ARCHIVE, null, null, ZoneId.of("Asia/Jakarta"));
    byId = result.posts().stream().collect(Collectors.toMap(CapturedPost::externalId, Function.identity()));
  }

  @Test
  void isRecognisedAndReadWhole() {
    assertThat(result.importer()).isInstanceOf(XImporter.class);
    assertThat(result.summary().problems()).isEmpty();
    assertThat(result.posts()).hasSize(28);
    assertThat(byId).hasSize(28);
  }

  @Test
  void kindsFollowRetweetAndReplyMarks() {
    Map<PostKind, Long> kinds = result.posts().stream()
        .collect(Collectors.groupingBy(CapturedPost::kind, Collectors.counting()));
    assertThat(kinds).containsExactlyInAnyOrderEntriesOf(
        Map.of(PostKind.REPLY, 23L, PostKind.POST, 4L, PostKind.SHARE, 1L));
  }

  @Test
  void everyPostNamesTheAccountAndItsFile() {
    for (CapturedPost p : result.posts()) {
      assertThat(p.platform()).isEqualTo(Platform.X);
      assertThat(p.account()).isEqualTo("darkliquid");
      assertThat(p.url()).isEqualTo("https://x.com/darkliquid/status/" + p.externalId());
      assertThat(p.source().file()).isEqualTo("x-archive-twoo/tweets.js");
      assertThat(p.source().sha256()).isEqualTo(SHA256);
      assertThat(p.createdAt()).isNotNull();
    }
  }

  @Test
  void firstTweetIsAReplyWithItsTimeAndLine() {
    CapturedPost p = result.posts().get(0);
    assertThat(p.externalId()).isEqualTo("1629012888185610242");
    assertThat(p.kind()).isEqualTo(PostKind.REPLY);
    assertThat(digest(p.text())).isEqualTo("25a39502935c17608ee988110fde6f8c256e1025493c68c21077a66ae15c752a");
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2023-02-24T06:58:32Z"));
    assertThat(p.mentions()).singleElement().satisfies(m -> assertThat(p.text()).startsWith("@" + m + " "));
    assertThat(p.source().position()).isEqualTo("line 2");
  }

  @Test
  void htmlEntitiesAreDecoded() {
    CapturedPost p = byId.get("1607434750175715329");
    assertThat(digest(p.text())).isEqualTo("1e3da2ab023a6e594f094faaeedf884660aeefa150d105db94a0559b5810df5a");
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2022-12-26T17:54:43Z"));
  }

  @Test
  void linksAreExpandedAndHashtagsComeFromEntities() {
    CapturedPost p = byId.get("1609828443029491714");
    assertThat(p.kind()).isEqualTo(PostKind.POST);
    assertThat(digest(p.text().substring(0, 129))).isEqualTo("378274de9f6be5b53663118518366f26289523d7f2e8502c3c23ae6ad35325af");
    assertThat(p.links()).singleElement().satisfies(l -> assertThat(digest(l)).isEqualTo("6720c0216d3c024c0b4e8a614233affd685638068e906801f20a4236ab36bbe5"));
    assertThat(p.hashtags()).containsExactly("dungeon23", "City23", "setting23", "finishit23");
    assertThat(p.mentions()).isEmpty();
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2023-01-02T08:26:24Z"));

    CapturedPost music = byId.get("1560185144006295552");
    assertThat(digest(music.text())).isEqualTo("66a09af080ca64e3b44e94528892b9d6fa159e93263e448f572b0f090376c145");
    // the link is expanded (t.co replaced) and the text ends with it
    assertThat(music.links()).singleElement().satisfies(link -> {
      assertThat(digest(link)).isEqualTo("7b711d911364f88ee9a30292d6b4c206045bc9443a87ea8ed2700d91720ac1d8");
      assertThat(music.text()).endsWith(" " + link);
    });
  }

  @Test
  void mediaLinkLeavesTheTextAndTheImageIsListed() {
    CapturedPost p = byId.get("1541752634348019715");
    assertThat(p.kind()).isEqualTo(PostKind.REPLY);
    assertThat(digest(p.text())).isEqualTo("bd77a2c82dc9a945d705cefa1c9eaf0b6a8b14e6fb5b5656fe1a7811afe4a317");
    assertThat(p.media()).singleElement().satisfies(u -> {
      assertThat(u).startsWith("https://pbs.twimg.com/media/");
      assertThat(digest(u)).isEqualTo("f713978e792161b6165309bdf1af8996a63720cd56ab305c0702791b5b680f5a");
    });
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2022-06-28T11:57:27Z"));
  }

  @Test
  void retweetIsAShare() {
    CapturedPost p = byId.get("1584110055259279360");
    assertThat(p.kind()).isEqualTo(PostKind.SHARE);
    assertThat(p.text()).startsWith("RT @");
    assertThat(digest(p.text().substring(0, 76))).isEqualTo("b9ccc50612d7417ed5f2c36a12ed7292b81a6697363fee1ab055249a02b93110");
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2022-10-23T09:10:43Z"));
    List<String> posts = result.posts().stream().filter(x -> x.kind() == PostKind.POST)
        .map(CapturedPost::externalId).toList();
    assertThat(posts).containsExactly("1609828443029491714", "1561850194110595073", "1560185144006295552",
        "1557395615620939777");
  }

  /**
   * The SHA-256 of a text, in hex: the archive's licence lets tests read it in place but not copy it into the
   * project, so its texts are checked by their digests, not quoted.
   */
  private static String digest(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
