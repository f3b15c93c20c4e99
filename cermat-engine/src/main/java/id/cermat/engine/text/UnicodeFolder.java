package id.cermat.engine.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds text to the lower-case Latin a person reads, keeping where each char came from: compatibility forms
 * (NFKC: full-width, styled mathematical letters, ligatures), accents, look-alike Cyrillic and Greek letters,
 * and invisible characters. Emoji sequences are kept whole. Stateless apart from a bounded, thread-safe cache.
 */
final class UnicodeFolder {

  private static final int CACHE_LIMIT = 20_000;
  private static final int MAX_EMOJI = 64;
  private static final String[] LOOKALIKES = {
    // Cyrillic
    "\u0430a", "\u0435e", "\u043eo", "\u0440p", "\u0441c", "\u0443y", "\u0445x", "\u0456i", "\u0458j",
    "\u0455s", "\u043ak", "\u043cm", "\u043dh", "\u0442t", "\u0432b", "\u0433r", "\u0457i", "\u04cfl",
    "\u0410a", "\u0412b", "\u0415e", "\u041ak", "\u041cm", "\u041dh", "\u041eo", "\u0420p", "\u0421c",
    "\u0422t", "\u0425x", "\u0423y", "\u0406i", "\u0408j", "\u0405s", "\u0417z",
    // Greek
    "\u03b1a", "\u03bfo", "\u03bdv", "\u03c1p", "\u03c4t", "\u03b9i", "\u03bak", "\u03c5u", "\u03b5e",
    "\u03b7n", "\u03c7x", "\u0391a", "\u0392b", "\u0395e", "\u0396z", "\u0397h", "\u0399i", "\u039ak",
    "\u039cm", "\u039dn", "\u039fo", "\u03a1p", "\u03a4t", "\u03a5y", "\u03a7x",
    // Latin look-alikes that NFKD keeps
    "\u0131i", "\u0142l", "\u00f8o", "\u00d8o", "\u0111d", "\u0110d", "\u00dfs", "\u0251a", "\u0261g",
    "\u026ai", "\u1d00a", "\u0299b", "\u1d04c", "\u1d05d", "\u1d07e", "\u0262g", "\u029ch", "\u1d0aj",
    "\u1d0bk", "\u029fl", "\u1d0dm", "\u0274n", "\u1d0fo", "\u1d18p", "\u0280r", "\ua731s", "\u1d1bt",
    "\u1d1cu", "\u1d20v", "\u1d21w", "\u028fy", "\u1d22z",
  };
  private static final char[] LOOKALIKE_TABLE = new char[0xa740];

  static {
    for (String pair : LOOKALIKES) {
      LOOKALIKE_TABLE[pair.charAt(0)] = pair.charAt(1);
    }
  }

  private final ConcurrentHashMap<Integer, String> cache = new ConcurrentHashMap<>();

  FoldedText fold(String text) {
    int n = text.length();
    int cap = n + 8;
    char[] out = new char[cap];
    text.getChars(0, n, out, 0);
    // ASCII (the common case) is lower-cased in place; the offset tables start at the first other char
    int i = 0;
    boolean digits = false;
    boolean at = false;
    while (i < n) {
      char c = out[i];
      if (c >= 0x80) {
        break;
      }
      if (c <= '@') {
        digits |= c >= '0' && c <= '9';
        at |= c == '@';
      } else if (c <= 'Z') {
        out[i] = (char) (c + 32);
      }
      i++;
    }
    if (i == n) {
      return new FoldedText(text, out, n, null, null, null, digits, at);
    }
    // from here on the text is read from the String: expansions (ﬁ → fi) may write past the read position
    int[] starts = new int[cap];
    byte[] widths = new byte[cap];
    byte[] marks = new byte[cap];
    for (int k = 0; k < i; k++) {
      starts[k] = k;
      widths[k] = 1;
    }
    int len = i;
    byte pending = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (len == cap) {
          cap = cap * 2;
          out = Arrays.copyOf(out, cap);
          starts = Arrays.copyOf(starts, cap);
          widths = Arrays.copyOf(widths, cap);
          marks = Arrays.copyOf(marks, cap);
        }
        out[len] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        starts[len] = i;
        widths[len] = 1;
        marks[len] = pending;
        pending = 0;
        len++;
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      String folded;
      byte mark = pending;
      if (isEmojiBase(cp)) {
        next = endOfEmoji(text, i);
        folded = text.substring(i, next);
        mark = FoldedText.EMOJI;
      } else if (isInvisible(cp)) {
        pending |= FoldedText.HIDDEN;
        i = next;
        continue;
      } else if (cp < LOOKALIKE_TABLE.length && LOOKALIKE_TABLE[cp] != 0) {
        folded = String.valueOf(LOOKALIKE_TABLE[cp]);
        mark |= FoldedText.LOOKALIKE;
      } else {
        folded = foldCodePoint(cp);
        if (cp > 0x24f && !folded.isEmpty() && isAsciiLetters(folded)) {
          mark |= FoldedText.LOOKALIKE;
        }
      }
      if (folded.isEmpty()) {
        i = next;
        continue;
      }
      while (len + folded.length() > cap) {
        cap = cap * 2;
        out = Arrays.copyOf(out, cap);
        starts = Arrays.copyOf(starts, cap);
        widths = Arrays.copyOf(widths, cap);
        marks = Arrays.copyOf(marks, cap);
      }
      for (int k = 0; k < folded.length(); k++) {
        out[len] = folded.charAt(k);
        starts[len] = i;
        widths[len] = (byte) (next - i);
        marks[len] = mark;
        len++;
      }
      if ((mark & FoldedText.EMOJI) == 0) {
        pending = 0;
      }
      i = next;
    }
    for (int k = 0; k < len; k++) {
      char c = out[k];
      digits |= c >= '0' && c <= '9';
      at |= c == '@';
    }
    return new FoldedText(text, out, len, starts, widths, marks, digits, at);
  }

  private String foldCodePoint(int cp) {
    String cached = cache.get(cp);
    if (cached != null) {
      return cached;
    }
    String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); ) {
      int c = s.codePointAt(k);
      k += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK || isInvisible(c)) {
        continue;
      }
      if (Character.isDigit(c)) {
        b.append((char) ('0' + Character.digit(c, 10)));
        continue;
      }
      int lower = Character.toLowerCase(c);
      if (lower < LOOKALIKE_TABLE.length && LOOKALIKE_TABLE[lower] != 0) {
        b.append(LOOKALIKE_TABLE[lower]);
      } else if (Character.isWhitespace(lower) || Character.isSpaceChar(lower)) {
        b.append(' ');
      } else {
        b.appendCodePoint(lower);
      }
    }
    String result = b.toString();
    if (cache.size() < CACHE_LIMIT) {
      cache.put(cp, result);
    }
    return result;
  }

  private static boolean isAsciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  static boolean isInvisible(int cp) {
    return Character.getType(cp) == Character.FORMAT
        || (cp >= 0xfe00 && cp <= 0xfe0f)
        || cp == 0x034f || cp == 0x115f || cp == 0x1160 || cp == 0x2800 || cp == 0x3164 || cp == 0xffa0
        || (cp >= 0xe0100 && cp <= 0xe01ef);
  }

  static boolean isEmojiBase(int cp) {
    return cp > 0xff
        && (Character.isEmojiPresentation(cp) || Character.isExtendedPictographic(cp)
            || (cp >= 0x1f1e6 && cp <= 0x1f1ff));
  }

  /**
   * The end of the emoji sequence starting at {@code i}: modifiers, variation selectors, ZWJ chains, flags.
   * A sequence is cut after {@link #MAX_EMOJI} chars (real ones are far shorter), so its width fits a byte.
   */
  private static int endOfEmoji(String text, int i) {
    int n = Math.min(text.length(), i + MAX_EMOJI);
    int cp = text.codePointAt(i);
    int j = i + Character.charCount(cp);
    boolean regional = cp >= 0x1f1e6 && cp <= 0x1f1ff;
    if (regional && j < n) {
      int second = text.codePointAt(j);
      if (second >= 0x1f1e6 && second <= 0x1f1ff) {
        return j + Character.charCount(second);
      }
    }
    while (j < n) {
      int c = text.codePointAt(j);
      int w = Character.charCount(c);
      if (c == 0xfe0f || c == 0xfe0e || c == 0x20e3 || (c >= 0x1f3fb && c <= 0x1f3ff)
          || (c >= 0xe0020 && c <= 0xe007f)) {
        j += w;
      } else if (c == 0x200d && j + w < n && isEmojiBase(text.codePointAt(j + w))) {
        j += w;
        j += Character.charCount(text.codePointAt(j));
      } else {
        break;
      }
    }
    return j;
  }
}
