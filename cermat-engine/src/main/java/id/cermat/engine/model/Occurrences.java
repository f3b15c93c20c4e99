package id.cermat.engine.model;

import java.util.Arrays;

/**
 * The feature occurrences of one post, in the order the extractor found them: each a 64-bit key, its group,
 * a value, and the tokens {@code [first, last]} it came from (-1 for features of the whole post). A plain
 * growable buffer, owned by one call: not thread-safe.
 */
public final class Occurrences {

  long[] keys;
  byte[] groups;
  float[] values;
  int[] first;
  int[] last;
  int size;

  public Occurrences() {
    this(256);
  }

  /** A buffer for about {@code capacity} occurrences (it grows when needed). */
  public Occurrences(int capacity) {
    int c = Math.max(16, capacity);
    keys = new long[c];
    groups = new byte[c];
    values = new float[c];
    first = new int[c];
    last = new int[c];
  }

  void add(long key, byte group, float value, int firstToken, int lastToken) {
    if (size == keys.length) {
      int n = size * 2;
      keys = Arrays.copyOf(keys, n);
      groups = Arrays.copyOf(groups, n);
      values = Arrays.copyOf(values, n);
      first = Arrays.copyOf(first, n);
      last = Arrays.copyOf(last, n);
    }
    keys[size] = key;
    groups[size] = group;
    values[size] = value;
    first[size] = firstToken;
    last[size] = lastToken;
    size++;
  }

  public int size() {
    return size;
  }

  public long key(int i) {
    return keys[i];
  }

  public byte group(int i) {
    return groups[i];
  }

  public float value(int i) {
    return values[i];
  }

  public int firstToken(int i) {
    return first[i];
  }

  public int lastToken(int i) {
    return last[i];
  }
}
