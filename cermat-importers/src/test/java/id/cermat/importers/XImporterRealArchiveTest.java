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
    assertThat(p.text()).isEqualTo("@RPDeshaies Pretty much anything by Bal-Sagoth");
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2023-02-24T06:58:32Z"));
    assertThat(p.mentions()).containsExactly("RPDeshaies");
    assertThat(p.source().position()).isEqualTo("line 2");
  }

  @Test
  void htmlEntitiesAreDecoded() {
    CapturedPost p = byId.get("1607434750175715329");
    assertThat(p.text()).isEqualTo("@SEGA Sonic 3 & Knuckles");
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2022-12-26T17:54:43Z"));
  }

  @Test
  void linksAreExpandedAndHashtagsComeFromEntities() {
    CapturedPost p = byId.get("1609828443029491714");
    assertThat(p.kind()).isEqualTo(PostKind.POST);
    assertThat(p.text()).startsWith("For anyone that cares, I'm pretty much posting exclusively on "
        + "http://dice.camp/@darkliquid now. Currently my #dungeon23 / #City23");
    assertThat(p.links()).containsExactly("http://dice.camp/@darkliquid");
    assertThat(p.hashtags()).containsExactly("dungeon23", "City23", "setting23", "finishit23");
    assertThat(p.mentions()).isEmpty();
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2023-01-02T08:26:24Z"));

    CapturedPost music = byId.get("1560185144006295552");
    assertThat(music.text()).isEqualTo("Today is a day for listening to Jinx by Isidor on repeat forever. "
        + "https://music.youtube.com/watch?v=9PWQvhwdDyY&feature=share");
    assertThat(music.links()).containsExactly("https://music.youtube.com/watch?v=9PWQvhwdDyY&feature=share");
  }

  @Test
  void mediaLinkLeavesTheTextAndTheImageIsListed() {
    CapturedPost p = byId.get("1541752634348019715");
    assertThat(p.kind()).isEqualTo(PostKind.REPLY);
    assertThat(p.text()).isEqualTo("@symatt Monocycle");
    assertThat(p.media()).containsExactly("https://pbs.twimg.com/media/FWVnxzyWIAIEZU3.png");
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2022-06-28T11:57:27Z"));
  }

  @Test
  void retweetIsAShare() {
    CapturedPost p = byId.get("1584110055259279360");
    assertThat(p.kind()).isEqualTo(PostKind.SHARE);
    assertThat(p.text()).startsWith("RT @boondaburrah: @bengl3rt @Kanaratron @jf ah, I see someone has discovered");
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2022-10-23T09:10:43Z"));
    List<String> posts = result.posts().stream().filter(x -> x.kind() == PostKind.POST)
        .map(CapturedPost::externalId).toList();
    assertThat(posts).containsExactly("1609828443029491714", "1561850194110595073", "1560185144006295552",
        "1557395615620939777");
  }
}
