package id.cermat.engine.text;

/**
 * The original text after Unicode folding (NFKC compatibility forms, accents, case, look-alikes, invisible
 * characters removed), with, for every folded char, the span of the original text it came from.
 * Detectors scan this; offsets map back with {@link #start(int)} and {@link #end(int)}.
 */
public final class FoldedText {

  static final byte EMOJI = 1;
  static final byte LOOKALIKE = 2;
  static final byte HIDDEN = 4;

  private final String original;
  private final char[] chars;
  private final int length;
  private final int[] starts;
  private final byte[] widths;
  private final byte[] marks;
  private final boolean digits;
  private final boolean at;

  /** For ASCII text, where folded char {@code i} is original char {@code i}, the arrays are null. */
  FoldedText(String original, char[] chars, int length, int[] starts, byte[] widths, byte[] marks,
      boolean digits, boolean at) {
    this.original = original;
    this.chars = chars;
    this.length = length;
    this.starts = starts;
    this.widths = widths;
    this.marks = marks;
    this.digits = digits;
    this.at = at;
  }

  /** True when the text holds a digit: detectors of numbers have nothing to do otherwise. */
  public boolean hasDigit() {
    return digits;
  }

  /** True when the text holds an '@'. */
  public boolean hasAt() {
    return at;
  }

  public String original() {
    return original;
  }

  public int length() {
    return length;
  }

  /** The folded chars themselves (for lookups without copying); never modified. */
  char[] chars() {
    return chars;
  }

  public char charAt(int i) {
    return chars[i];
  }

  /** Start, in the original text, of folded char {@code i}. */
  public int start(int i) {
    return starts == null ? i : starts[i];
  }

  /** End (exclusive), in the original text, of folded char {@code i}. */
  public int end(int i) {
    return widths == null ? i + 1 : starts[i] + widths[i];
  }

  /** False when no char is marked (plain ASCII text), so per-char checks can be skipped. */
  boolean hasMarks() {
    return marks != null;
  }

  boolean isEmoji(int i) {
    return marks != null && (marks[i] & EMOJI) != 0;
  }

  byte marks(int i) {
    return marks == null ? 0 : marks[i];
  }

  /** True when the folded chars at {@code i} spell {@code s}. */
  public boolean matches(int i, String s) {
    if (i < 0 || i + s.length() > length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (chars[i + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The folded chars {@code [from, to)} as a string. */
  public String slice(int from, int to) {
    return new String(chars, from, to - from);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
