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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hashtags, mentions and links found in a text, and Meta's mojibake repaired. */
public final class TextParts {

  private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&#/])#([\\p{L}\\p{M}\\p{N}_]+)");
  private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@/])@([\\p{L}\\p{N}_]+(?:\\.[\\p{L}\\p{N}_]+)*)");
  private static final Pattern LINK = Pattern.compile("\\bhttps?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
  private static final String TRAILING = ".,;:!?)]}'\"…";

  private TextParts() {
  }

  /** The hashtags of {@code text} without '#', in order, each once. */
  public static List<String> hashtags(String text) {
    return groups(HASHTAG, text, 1);
  }

  /** The accounts mentioned in {@code text} without '@', in order, each once; e-mail addresses are not mentions. */
  public static List<String> mentions(String text) {
    return groups(MENTION, text, 1);
  }

  /** The http(s) links in {@code text}, in order, each once, without trailing punctuation. */
  public static List<String> links(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      String link = m.group();
      int end = link.length();
      while (end > 0 && TRAILING.indexOf(link.charAt(end - 1)) >= 0) {
        end--;
      }
      link = link.substring(0, end);
      if (link.length() > "https://".length() - 1 && !out.contains(link)) {
        out.add(link);
      }
    }
    return out;
  }

  private static List<String> groups(Pattern p, String text, int group) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = p.matcher(text);
    while (m.find()) {
      String g = m.group(group);
      if (!out.contains(g)) {
        out.add(g);
      }
    }
    return out;
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
