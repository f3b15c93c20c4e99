package id.cermat.training.model;

import java.util.Arrays;

/** Document frequencies of feature keys: an open-addressing map from a 64-bit key to a count and a group. */
final class KeyCounts {

  private long[] keys = new long[1 << 16];
  private int[] counts = new int[1 << 16];
  private byte[] groups = new byte[1 << 16];
  private int size;

  void increment(long key, byte group) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int slot = slot(keys, counts, key);
    if (counts[slot] == 0) {
      keys[slot] = key;
      groups[slot] = group;
      size++;
    }
    counts[slot]++;
  }

  private static int slot(long[] keys, int[] counts, long key) {
    int mask = keys.length - 1;
    int s = (int) key & mask;
    while (counts[s] != 0 && keys[s] != key) {
      s = (s + 1) & mask;
    }
    return s;
  }

  private void grow() {
    long[] k = new long[keys.length * 2];
    int[] c = new int[keys.length * 2];
    byte[] g = new byte[keys.length * 2];
    for (int i = 0; i < keys.length; i++) {
      if (counts[i] != 0) {
        int s = slot(k, c, keys[i]);
        k[s] = keys[i];
        c[s] = counts[i];
        g[s] = groups[i];
      }
    }
    keys = k;
    counts = c;
    groups = g;
  }

  int size() {
    return size;
  }

  /** The keys counted at least {@code min} times (any count for groups in {@code always}), ascending. */
  long[] keysAtLeast(int min, byte always) {
    long[] out = new long[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (counts[i] >= min || (counts[i] > 0 && groups[i] == always)) {
        out[n++] = keys[i];
      }
    }
    out = Arrays.copyOf(out, n);
    Arrays.sort(out);
    return out;
  }

  int count(long key) {
    return counts[slot(keys, counts, key)];
  }

  byte group(long key) {
    return groups[slot(keys, counts, key)];
  }
}
