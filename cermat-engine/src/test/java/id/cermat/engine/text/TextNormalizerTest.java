package id.cermat.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import id.cermat.engine.Screener;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  // The screener's normaliser knows the catalog's words, as in production.
  private static final TextNormalizer NORMALIZER = Screener.createDefault().normalizer();

  private static Token tokenWithNorm(String text, String norm) {
    NormalizedText n = NORMALIZER.normalize(text);
    return n.tokens().stream().filter(t -> t.norm().equals(norm)).findFirst()
        .orElseThrow(() -> new AssertionError("no token \"" + norm + "\" in " + describe(n)));
  }

  private static String describe(NormalizedText n) {
    return n.tokens().stream().map(t -> t.type() + ":" + t.norm() + "[" + t.start() + "," + t.end() + ")")
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0} → {2} ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      # post                       | original span  | norm     | flag
      mantaaap bos                 | mantaaap       | mantap   | ELONGATED
      bangeeeet                    | bangeeeet      | sekali   | ELONGATED
      MANTAAAAP                    | MANTAAAAP      | mantap   | ELONGATED
      slot g4c0r hari ini          | g4c0r          | gacor    | LEET
      main s1ot yuk                | s1ot           | slot     | LEET
      dasar 4nj1ng                 | 4nj1ng         | anjing   | LEET
      b@ngs@t lu                   | b@ngs@t        | bangsat  | LEET
      dasar anj*ng                 | anj*ng         | anjing   | MASKED
      ayo main j u d i sekarang    | j u d i        | judi     | SPACED
      ada s.l.o.t baru             | s.l.o.t        | slot     | SPACED
      ayo J-U-D-I                  | J-U-D-I        | judi     | SPACED
      gak usah                     | gak            | tidak    | SLANG
      yg penting                   | yg             | yang     | SLANG
      anak2 sekolah                | anak2          | anak     | REDUPLICATED
      """)
  void undoesEachWritingTrickAndKeepsTheOriginalSpan(String post, String span, String norm, String flag) {
    Token t = tokenWithNorm(post, norm);
    assertThat(post.substring(t.start(), t.end())).isEqualTo(span);
    assertThat(t.has(flagValue(flag))).as("flag " + flag).isTrue();
  }

  static int flagValue(String name) {
    try {
      return Token.class.getField(name).getInt(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(name, e);
    }
  }

  @Test
  void removesZeroWidthCharactersInsideWordsAndSaysSo() {
    String post = "main ju\u200bdi yuk";
    Token t = tokenWithNorm(post, "judi");
    assertThat(post.substring(t.start(), t.end())).isEqualTo("ju\u200bdi");
    assertThat(t.has(Token.HIDDEN)).isTrue();
  }

  @Test
  void foldsLookAlikeCyrillicLetters() {
    String post = "main \u0458ud\u0456 online"; // Cyrillic je and i
    Token t = tokenWithNorm(post, "judi");
    assertThat(post.substring(t.start(), t.end())).isEqualTo("\u0458ud\u0456");
    assertThat(t.has(Token.LOOKALIKE)).isTrue();
  }

  @Test
  void foldsFullWidthAndStyledLettersLikeNfkc() {
    assertThat(tokenWithNorm("ＪＵＤＩ", "judi").has(Token.LOOKALIKE)).isTrue();
    String bold = "\uD835\uDC23\uD835\uDC2E\uD835\uDC1D\uD835\uDC22"; // mathematical bold "judi"
    Token t = tokenWithNorm("ayo " + bold, "judi");
    assertThat(t.start()).isEqualTo(4);
    assertThat(t.end()).isEqualTo(4 + bold.length());
  }

  @Test
  void foldsAccentsAndCase() {
    assertThat(tokenWithNorm("JÜDÌ", "judi")).isNotNull();
  }

  @Test
  void keepsEmojiAsTokensWithModifiersAndJoiners() {
    String post = "Mantap 😎 👍🏽 👨‍👩‍👧";
    List<Token> emoji = NORMALIZER.normalize(post).tokens().stream()
        .filter(t -> t.type() == TokenType.EMOJI).toList();
    assertThat(emoji).extracting(t -> post.substring(t.start(), t.end()))
        .containsExactly("😎", "👍🏽", "👨‍👩‍👧");
  }

  @Test
  void offsetsCountFromTheOriginalTextAfterEmojiAndSurrogates() {
    String post = "😎😎 mantaaap";
    Token t = tokenWithNorm(post, "mantap");
    assertThat(t.start()).isEqualTo(5);
    assertThat(post.substring(t.start(), t.end())).isEqualTo("mantaaap");
  }

  @Test
  void typesUrlsMentionsHashtagsAndEmails() {
    String post = "Info @humas_tng di https://t.co/AbC123 #PemiluDamai kirim ke budi@dinas.go.id";
    NormalizedText n = NORMALIZER.normalize(post);
    assertThat(n.tokens()).extracting(Token::type, t -> post.substring(t.start(), t.end()))
        .contains(
            org.assertj.core.groups.Tuple.tuple(TokenType.MENTION, "@humas_tng"),
            org.assertj.core.groups.Tuple.tuple(TokenType.URL, "https://t.co/AbC123"),
            org.assertj.core.groups.Tuple.tuple(TokenType.HASHTAG, "#PemiluDamai"),
            org.assertj.core.groups.Tuple.tuple(TokenType.EMAIL, "budi@dinas.go.id"));
  }

  @Test
  void splitsHashtagsIntoDictionaryWordsWithTheirOwnSpans() {
    String post = "ayo #judionline";
    Token judi = tokenWithNorm(post, "judi");
    Token online = tokenWithNorm(post, "online");
    assertThat(judi.has(Token.PART)).isTrue();
    assertThat(post.substring(judi.start(), judi.end())).isEqualTo("judi");
    assertThat(post.substring(online.start(), online.end())).isEqualTo("online");
  }

  @Test
  void splitsTheWordsOfALinksHostName() {
    String post = "daftar di slotgacor88.vip sekarang";
    assertThat(tokenWithNorm(post, "gacor").has(Token.PART)).isTrue();
  }

  @Test
  void stemsWithTheIndonesianStemmer() {
    assertThat(tokenWithNorm("suka memamerkan harta", "memamerkan").stem()).isEqualTo("pamer");
    assertThat(tokenWithNorm("perjudian merajalela", "perjudian").stem()).isEqualTo("judi");
  }

  @Test
  void leavesPlainNumbersAndAmountsAsNumbers() {
    NormalizedText n = NORMALIZER.normalize("hadiah 100jt tahun 2024");
    assertThat(n.tokens()).filteredOn(t -> t.type() == TokenType.NUMBER).extracting(Token::norm)
        .containsExactly("100jt", "2024");
  }

  @Test
  void splitsBrandNamesFromTheirNumbers() {
    assertThat(tokenWithNorm("main di mahjong88", "88").type()).isEqualTo(TokenType.NUMBER);
    assertThat(tokenWithNorm("main di mahjong88", "mahjong")).isNotNull();
  }

  @Test
  void doesNotJoinOrdinarySingleLetters() {
    NormalizedText n = NORMALIZER.normalize("pilihan a b c benar");
    assertThat(n.tokens()).extracting(Token::norm).contains("a", "b", "c");
  }
}
