package id.cermat.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written scanners of {@link TextParts} find exactly what the regular expressions they replace find. */
class TextPartsPropertyTest {

  private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&#/])#([\\p{L}\\p{M}\\p{N}_]+)");
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}_.@/])@([\\p{L}\\p{N}_]+(?:\\.[\\p{L}\\p{N}_]+)*)");
  private static final Pattern LINK = Pattern.compile("\\bhttps?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
  private static final String TRAILING = ".,;:!?)]}'\"…";

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("#", "@", "http://", "https://", "HTTPS://", "htt", "://", ".", "..", "_", "&", "/", " ", "\n",
            "\t", "<", ">", "\"", "'", ")", "…", ",", "é", "\u0301", "👷", "٣", "Ⅻ", "x", "K3", "budi", "go.id",
            "\u00a0", "a@b.c", "#1", "ptcontoh", "?", "="),
        Arbitraries.strings().withCharRange('!', '~').ofMaxLength(3));
    return pieces.list().ofMaxSize(25).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void hashtagsAsTheRegexFindsThem(@ForAll("texts") String text) {
    assertThat(TextParts.hashtags(text)).isEqualTo(groups(HASHTAG, text));
  }

  @Property(tries = 3000)
  void mentionsAsTheRegexFindsThem(@ForAll("texts") String text) {
    assertThat(TextParts.mentions(text)).isEqualTo(groups(MENTION, text));
  }

  @Property(tries = 3000)
  void linksAsTheRegexFindsThem(@ForAll("texts") String text) {
    List<String> expected = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      String link = m.group();
      int end = link.length();
      while (end > 0 && TRAILING.indexOf(link.charAt(end - 1)) >= 0) {
        end--;
      }
      link = link.substring(0, end);
      if (link.length() > 7 && !expected.contains(link)) {
        expected.add(link);
      }
    }
    assertThat(TextParts.links(text)).isEqualTo(expected);
  }

  private static List<String> groups(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (!out.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
