package id.cermat.engine.text;

/**
 * A bounded, lock-free cache of the analyses of words outside the vocabulary (names, typos, rare words),
 * looked up straight from a char buffer. Direct-mapped: a word may evict another that shares its slot, and
 * is then analysed again, so memory stays fixed however many distinct words a stream brings. Entries are
 * immutable with final fields, so the racy writes of concurrent threads are safe to read.
 */
final class RecentWords<V> {

  private record Entry<V>(char[] key, long packed, int hash, V value) {}

  private final Object[] slots;
  private final int mask;

  RecentWords(int sizePowerOfTwo) {
    slots = new Object[sizePowerOfTwo];
    mask = sizePowerOfTwo - 1;
  }

  @SuppressWarnings("unchecked")
  V get(char[] buf, int from, int to, int h) {
    Entry<V> e = (Entry<V>) slots[h & mask];
    if (e == null || e.hash != h) {
      return null;
    }
    long packed = WordTable.pack(buf, from, to);
    boolean same = packed != WordTable.UNPACKED ? packed == e.packed : WordTable.same(e.key, buf, from, to);
    return same ? e.value : null;
  }

  void put(char[] buf, int from, int to, int h, V value) {
    slots[h & mask] = new Entry<>(java.util.Arrays.copyOfRange(buf, from, to), WordTable.pack(buf, from, to), h,
        value);
  }
}
