package id.cermat.importers;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Hashtags, mentions and links found in a text, and Meta's mojibake repaired. */
public final class TextParts {

  private static final String TRAILING = ".,;:!?)]}'\"…";

  private TextParts() {
  }

  // Hand-written scanners, equal to these patterns (TextPartsPropertyTest compares them) and several times faster
  // on long exports:
  //   hashtag (?<![\p{L}\p{N}_&#/])#([\p{L}\p{M}\p{N}_]+)
  //   mention (?<![\p{L}\p{N}_.@/])@([\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)
  //   link    \bhttps?://[^\s<>"]+ (case ignored), then trailing punctuation dropped

  /** The hashtags of {@code text} without '#', in order, each once. */
  public static List<String> hashtags(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int i = text.indexOf('#');
    while (i >= 0) {
      int end = i + 1;
      if (!before(text, i, "_&#/", false)) {
        while (end < text.length()) {
          int cp = text.codePointAt(end);
          if (!(word(cp) || mark(cp))) {
            break;
          }
          end += Character.charCount(cp);
        }
        if (end > i + 1) {
          add(out, text.substring(i + 1, end));
        }
      }
      i = text.indexOf('#', Math.max(end, i + 1));
    }
    return out;
  }

  /** The accounts mentioned in {@code text} without '@', in order, each once; e-mail addresses are not mentions. */
  public static List<String> mentions(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int i = text.indexOf('@');
    while (i >= 0) {
      int end = i + 1;
      if (!before(text, i, "_.@/", false)) {
        int run = wordRun(text, end);
        if (run > end) {
          end = run;
          while (end + 1 < text.length() && text.charAt(end) == '.') {
            int next = wordRun(text, end + 1);
            if (next == end + 1) {
              break;
            }
            end = next;
          }
          add(out, text.substring(i + 1, end));
        }
      }
      i = text.indexOf('@', Math.max(end, i + 1));
    }
    return out;
  }

  /** The http(s) links in {@code text}, in order, each once, without trailing punctuation. */
  public static List<String> links(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      int h = indexOfHttp(text, i);
      if (h < 0) {
        break;
      }
      int scheme = text.regionMatches(true, h, "https://", 0, 8) ? 8
          : text.regionMatches(true, h, "http://", 0, 7) ? 7 : 0;
      if (scheme == 0 || before(text, h, "_", true) || h + scheme >= n || stop(text.charAt(h + scheme))) {
        i = h + 1;
        continue;
      }
      int end = h + scheme;
      while (end < n && !stop(text.charAt(end))) {
        end++;
      }
      int cut = end;
      while (cut > h && TRAILING.indexOf(text.charAt(cut - 1)) >= 0) {
        cut--;
      }
      String link = text.substring(h, cut);
      if (link.length() > "https://".length() - 1) {
        add(out, link);
      }
      i = end;
    }
    return out;
  }

  private static int indexOfHttp(String text, int from) {
    for (int i = from; i + 4 <= text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'h' || c == 'H') && text.regionMatches(true, i, "http", 0, 4)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean stop(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '<' || c == '>'
        || c == '"';
  }

  /**
   * Whether the code point before {@code i} is a letter or digit or one of {@code others}; with {@code bound},
   * the test of a regex word boundary, whose word characters are ASCII letters, digits and '_' (Java 19+).
   */
  private static boolean before(String text, int i, String others, boolean bound) {
    if (i == 0) {
      return false;
    }
    int cp = text.codePointBefore(i);
    if (bound) {
      if (cp == '_' || (cp < 0x80 && Character.isLetterOrDigit(cp))) {
        return true;
      }
      // as java.util.regex does: a combining mark counts as a word character when it sits on a letter or digit
      for (int x = i - 1; x >= 0 && Character.getType(cp) == Character.NON_SPACING_MARK; ) {
        x -= Character.charCount(cp) - 1;
        if (--x < 0) {
          return false;
        }
        cp = text.codePointAt(x);
        if (Character.isLetterOrDigit(cp)) {
          return true;
        }
      }
      return false;
    }
    return word(cp) || (cp < 0x80 && others.indexOf(cp) >= 0);
  }

  /** Letters, numbers and '_': the class [\p{L}\p{N}_]. */
  private static boolean word(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  private static boolean mark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  /** The end of the run of word code points from {@code from}. */
  private static int wordRun(String text, int from) {
    int end = from;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      if (!word(cp)) {
        break;
      }
      end += Character.charCount(cp);
    }
    return end;
  }

  private static void add(List<String> out, String value) {
    if (!out.contains(value)) {
      out.add(value);
    }
  }

  /**
   * Undoes the mojibake of Meta's exports (Instagram, Facebook, Messenger), which write each byte of a UTF-8
   * character as its own {@code \\u00XX}: a string whose characters are all at most U+00FF is read back as
   * ISO-8859-1 bytes and decoded as UTF-8; when those bytes are not valid UTF-8 the string is kept as it was.
   * Strings with any character above U+00FF are never touched. The result is NFC-normalised.
   */
  public static String repairMojibake(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    boolean high = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0xFF) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
      }
      if (c >= 0x80) {
        high = true;
      }
    }
    if (!high) {
      return s;
    }
    byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer decoded = decoder.decode(ByteBuffer.wrap(bytes));
      return Normalizer.normalize(decoded, Normalizer.Form.NFC);
    } catch (CharacterCodingException e) {
      return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
  }
}
