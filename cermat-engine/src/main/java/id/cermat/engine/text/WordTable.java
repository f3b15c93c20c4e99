package id.cermat.engine.text;

import java.util.Map;

/**
 * A read-only open-addressing table from words to values that is looked up straight from a char buffer,
 * so that the words of a post need no String of their own to be found. Built once; safe to share.
 */
final class WordTable<V> {

  private final char[][] keys;
  private final Object[] values;
  private final int mask;

  WordTable(Map<String, V> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    keys = new char[size][];
    values = new Object[size];
    mask = size - 1;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      char[] k = e.getKey().toCharArray();
      int i = hash(k, 0, k.length) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      values[i] = e.getValue();
    }
  }

  /** The value of the word {@code buf[from, to)}, or null. */
  @SuppressWarnings("unchecked")
  V get(char[] buf, int from, int to) {
    int len = to - from;
    for (int i = hash(buf, from, to) & mask; ; i = (i + 1) & mask) {
      char[] k = keys[i];
      if (k == null) {
        return null;
      }
      if (k.length == len && same(k, buf, from)) {
        return (V) values[i];
      }
    }
  }

  /** The value of {@code word}, or null. */
  @SuppressWarnings("unchecked")
  V get(String word) {
    int len = word.length();
    int h = 0;
    for (int j = 0; j < len; j++) {
      h = 31 * h + word.charAt(j);
    }
    for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
      char[] k = keys[i];
      if (k == null) {
        return null;
      }
      if (k.length == len) {
        boolean same = true;
        for (int j = 0; j < len && same; j++) {
          same = k[j] == word.charAt(j);
        }
        if (same) {
          return (V) values[i];
        }
      }
    }
  }

  private static boolean same(char[] k, char[] buf, int from) {
    for (int j = 0; j < k.length; j++) {
      if (k[j] != buf[from + j]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] b, int from, int to) {
    int h = 0;
    for (int j = from; j < to; j++) {
      h = 31 * h + b[j];
    }
    return mix(h);
  }

  private static int mix(int h) {
    h *= 0x9e3779b1;
    return h ^ (h >>> 15);
  }
}
