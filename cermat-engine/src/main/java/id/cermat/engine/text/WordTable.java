package id.cermat.engine.text;

import java.util.Map;

/**
 * A read-only open-addressing table from words to values, looked up straight from a char buffer so that
 * the words of a post need no String of their own to be found. Slots hold (hash, entry number) pairs side
 * by side, so a probe usually stays within one cache line and touches a key only when the hash matches.
 * Built once; safe to share between threads.
 */
final class WordTable<V> {

  private final int[] slots;
  private final char[][] keys;
  private final Object[] values;
  private final int mask;

  WordTable(Map<String, V> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 2)) << 1;
    slots = new int[size * 2];
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
      slots[2 * i] = h;
      slots[2 * i + 1] = ++n;
    }
  }

  /** The value of the word {@code buf[from, to)} whose {@link #hash} is {@code h}, or null. */
  @SuppressWarnings("unchecked")
  V get(char[] buf, int from, int to, int h) {
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int entry = slots[2 * i + 1];
      if (entry == 0) {
        return null;
      }
      if (slots[2 * i] == h && same(keys[entry - 1], buf, from, to)) {
        return (V) values[entry - 1];
      }
    }
  }

  /** The value of {@code word}, or null. */
  V get(String word) {
    char[] c = word.toCharArray();
    return get(c, 0, c.length, hash(c, 0, c.length));
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
