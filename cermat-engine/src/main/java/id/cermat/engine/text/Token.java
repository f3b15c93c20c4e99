package id.cermat.engine.text;

/**
 * One normalised token and the span {@code [start, end)} of the original text it came from.
 * {@code norm} is the standard form (lower case, folded, evasion undone, slang mapped); {@code stem} its
 * Indonesian stem. {@code flags} records how the writer disguised or shortened it. {@code normId} and
 * {@code stemId} number the two forms in the normaliser's vocabulary ({@link TextNormalizer#wordId}), -1
 * outside it, so that term lists can be indexed by number.
 */
public record Token(TokenType type, String norm, String stem, int start, int end, int flags, int normId,
    int stemId) {

  /** A token outside the vocabulary (numbers, links, emoji). */
  public Token(TokenType type, String norm, String stem, int start, int end, int flags) {
    this(type, norm, stem, start, end, flags, -1, -1);
  }

  /** Digits or symbols written for letters: g4c0r, s1ot, b@ngs@t. */
  public static final int LEET = 1;
  /** Letters hidden behind asterisks: anj*ng. */
  public static final int MASKED = 1 << 1;
  /** Letters spaced or dotted apart: j u d i, s.l.o.t. */
  public static final int SPACED = 1 << 2;
  /** Letters repeated for emphasis: mantaaap. */
  public static final int ELONGATED = 1 << 3;
  /** Slang or alay mapped to standard Indonesian: gak → tidak. */
  public static final int SLANG = 1 << 4;
  /** A regional-language word mapped to Indonesian: ora → tidak. */
  public static final int REGIONAL = 1 << 5;
  /** Look-alike characters from other scripts or styled Unicode letters. */
  public static final int LOOKALIKE = 1 << 6;
  /** Invisible characters (zero-width space, soft hyphen) inside the word. */
  public static final int HIDDEN = 1 << 7;
  /** A word split out of a hashtag (#judionline → judi, online) or a link's host name. */
  public static final int PART = 1 << 8;
  /** Written with the reduplication digit: anak2 → anak. */
  public static final int REDUPLICATED = 1 << 9;

  public boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /** True for tokens a term list can match: words, numbers, emoji and hashtags. */
  public boolean matchable() {
    return type == TokenType.WORD || type == TokenType.NUMBER || type == TokenType.EMOJI
        || type == TokenType.HASHTAG;
  }
}
