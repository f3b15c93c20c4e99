package id.cermat.engine.text;

import java.util.Map;

/**
 * A read-only open-addressing table from words to values, looked up straight from a char buffer so that
 * the words of a post need no String of their own to be found. A slot holds the word itself when it is
 * short (up to eight Latin-1 chars packed in a long, most words) beside its hash and entry number, so a
 * lookup usually reads one slot and the value, and touches a stored key only for longer words.
 * Built once; safe to share between threads.
 */
final class WordTable<V> {

  /** Marks a word that does not pack into a long (too long, or chars above U+00FF). */
  static final long UNPACKED = -1L;

  private final long[] slots;
  private final char[][] keys;
  private final Object[] values;
  private final int mask;

  WordTable(Map<String, V> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 2)) << 1;
    slots = new long[size * 2];
    keys = new char[entries.size()][];
    values = new Object[entries.size()];
    mask = size - 1;
    int n = 0;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      char[] k = e.getKey().toCharArray();
      int h = hash(k, 0, k.length);
      int i = h & mask;
      while (slots[2 * i + 1] != 0) {
        i = (i + 1) & mask;
      }
      keys[n] = k;
      values[n] = e.getValue();
      slots[2 * i] = pack(k, 0, k.length);
      slots[2 * i + 1] = ((long) h << 32) | (++n & 0xffffffffL);
    }
  }

  /** The value of the word {@code buf[from, to)} whose {@link #hash} is {@code h}, or null. */
  @SuppressWarnings("unchecked")
  V get(char[] buf, int from, int to, int h) {
    long packed = pack(buf, from, to);
    for (int i = h & mask; ; i = (i + 1) & mask) {
      long meta = slots[2 * i + 1];
      if (meta == 0) {
        return null;
      }
      if ((int) (meta >>> 32) == h && slots[2 * i] == packed) {
        int entry = (int) meta - 1;
        if (packed != UNPACKED || same(keys[entry], buf, from, to)) {
          return (V) values[entry];
        }
      }
    }
  }

  /** The value of {@code word}, or null. */
  V get(String word) {
    char[] c = word.toCharArray();
    return get(c, 0, c.length, hash(c, 0, c.length));
  }

  /**
   * A word of one to eight chars in U+0001..U+00FF as one long, one byte a char: distinct words give
   * distinct longs. Anything else is {@link #UNPACKED}.
   */
  static long pack(char[] buf, int from, int to) {
    if (to - from > 8) {
      return UNPACKED;
    }
    long p = 0;
    for (int j = from; j < to; j++) {
      char c = buf[j];
      if (c == 0 || c > 0xff) {
        return UNPACKED;
      }
      p = (p << 8) | c;
    }
    return p;
  }

  static boolean same(char[] k, char[] buf, int from, int to) {
    if (k.length != to - from) {
      return false;
    }
    for (int j = 0; j < k.length; j++) {
      if (k[j] != buf[from + j]) {
        return false;
      }
    }
    return true;
  }

  /** The hash both tables use for {@code b[from, to)}. */
  static int hash(char[] b, int from, int to) {
    int h = 0;
    for (int j = from; j < to; j++) {
      h = 31 * h + b[j];
    }
    return mix(h);
  }

  /** Spreads a polynomial hash of chars ({@code h = 31 * h + c}) over the table's bits. */
  static int mix(int h) {
    h *= 0x9e3779b1;
    return h ^ (h >>> 15);
  }
}
