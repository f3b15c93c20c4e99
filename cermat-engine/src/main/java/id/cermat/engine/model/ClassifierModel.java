package id.cermat.engine.model;

import id.cermat.engine.CategoryCode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned multi-label classifier: a vocabulary of hashed features with their inverse document
 * frequencies, and one linear head per category (plus auxiliary heads for data sets' own labels), each with
 * its calibration and thresholds. Thread-safe; its one mutable part is a bounded cache of words' character
 * grams ({@link #score}), whose entries are immutable, so that racing threads at worst work a word out twice.
 *
 * <p>Weights and IDF values are stored as IEEE half-precision numbers: the model is half the size, and the
 * trainer calibrates with the rounded weights, so what is measured is what ships.
 *
 * <p>File layout (big-endian, inside GZIP): magic {@code CERMATML}, format version, feature-extractor version,
 * provenance (UTF-8 JSON, length-prefixed), vocabulary size n, head count h, the heads, then n sorted keys,
 * n groups, n IDF values and n × h weights, feature by feature.
 */
public final class ClassifierModel {

  /** The model shipped inside the engine. */
  public static final String DEFAULT_RESOURCE = "/id/cermat/engine/model/cermat-model.bin";

  /**
   * The gate head's name: the probability that a post breaks any rule at all. When the model has one, a
   * category the model scores below its FLAG threshold is raised to REVIEW only when the gate is open too (its
   * probability at or above the gate's REVIEW threshold), which keeps look-alike posts from being flagged in
   * one category or another.
   */
  public static final String GATE = "ANY";

  private static final long MAGIC = 0x4345524d41544d4cL; // "CERMATML"
  private static final int FORMAT = 1;
  private static final int MAX_FEATURES = 4_000_000;
  private static final int MAX_HEADS = 64;
  private static final int MAX_PROVENANCE = 1 << 20;
  private static final int RECENT_WORDS = 1 << 16;
  /** Longer words (rare, and costly to keep) are worked out each time. */
  private static final int MAX_RECENT_WORD = 40;

  private final long[] keys;
  /**
   * The features' rows (below) in order of IDF, the commonest features first: the grams that repeat within a
   * post, and the words of most posts, are the commonest, and their rows then share a few hundred kilobytes
   * that stay in the processor's cache instead of being spread over all 3 MB. A feature's number (its place
   * among the sorted keys, as the file and the trainer count) is {@code featureAt[row]}.
   */
  private final int[] rowOf;
  private final int[] featureAt;
  /** Each row's feature group. */
  private final byte[] rowGroups;
  private final List<Head> heads;
  /**
   * One row per feature, as half-precision bits: its IDF at {@code r * stride}, then its weight for the head in
   * column c at {@code r * stride + 1 + c}. A feature's values share one or two cache lines, which matters
   * because a post touches about 300 features scattered over the matrix; halves keep it at half the size of
   * floats.
   */
  private final short[] rows;
  private final int stride;
  /**
   * Where head h's weights sit in a row: the heads screening reads (the categories' and the gate) come first,
   * in the heads' order, then the auxiliary heads of data sets' own labels, which only evaluation reads. A
   * post screened sums the first {@link #screening} columns and skips the rest.
   */
  private final int[] columnOf;
  /** The head in each column. */
  private final int[] headAt;
  /** How many heads screening reads: the first columns of a row. */
  private final int screening;
  private final String provenance;
  /**
   * Open addressing on the key's low bits: slot s holds the key at {@code 2s} and its row + 1 at
   * {@code 2s + 1} (0 = empty), so a probe touches one cache line.
   */
  private final long[] table;
  private final int mask;
  /**
   * The grams of recently scored words, two-way set-associative on the word's hash: a word is looked for in its
   * pair of slots; a new word goes to the first and moves the first one's word to the second, evicting the
   * word there, which is worked out again when it comes back. Two ways instead of one: a direct-mapped table
   * evicted about one word in seven of a vocabulary a sixth of its size (two words sharing a slot, both in
   * use, evict each other every time). Entries are immutable records with final fields, so the racy writes
   * of concurrent threads are safe to read; memory stays fixed whatever the stream of words.
   */
  private final WordGrams[] recentWords = new WordGrams[RECENT_WORDS];

  /**
   * @param keys     the features, strictly ascending
   * @param weights  per feature, per head ({@code keys.length * heads.size()} values)
   */
  public ClassifierModel(long[] keys, byte[] groups, float[] idf, List<Head> heads, float[] weights,
      String provenance) {
    this.keys = keys.clone();
    this.heads = List.copyOf(heads);
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    int n = keys.length;
    if (groups.length != n || idf.length != n || weights.length != (long) n * this.heads.size()) {
      throw new IllegalArgumentException("model arrays disagree: " + n + " keys, " + groups.length + " groups, "
          + idf.length + " idf, " + weights.length + " weights for " + this.heads.size() + " heads");
    }
    for (int i = 1; i < n; i++) {
      if (keys[i - 1] >= keys[i]) {
        throw new IllegalArgumentException("model keys must be strictly ascending (at " + i + ")");
      }
    }
    for (byte g : groups) {
      if (g < FeatureExtractor.WORDS || g > FeatureExtractor.SIGNALS) {
        throw new IllegalArgumentException("unknown feature group " + g);
      }
    }
    int h = this.heads.size();
    this.stride = h + 1;
    this.columnOf = new int[h];
    this.headAt = new int[h];
    int column = 0;
    for (int k = 0; k < h; k++) {
      if (screens(this.heads.get(k))) {
        columnOf[k] = column;
        headAt[column++] = k;
      }
    }
    this.screening = column;
    for (int k = 0; k < h; k++) {
      if (!screens(this.heads.get(k))) {
        columnOf[k] = column;
        headAt[column++] = k;
      }
    }
    // rows by IDF (as stored, in halves), ties by feature number
    long[] order = new long[n];
    for (int f = 0; f < n; f++) {
      if (!Float.isFinite(idf[f])) {
        throw new IllegalArgumentException("model values must be finite (IDF " + f + ")");
      }
      order[f] = (long) (Float.floatToFloat16(idf[f]) + 32768) << 32 | f;
    }
    Arrays.sort(order);
    this.rowOf = new int[n];
    this.featureAt = new int[n];
    this.rowGroups = new byte[n];
    this.rows = new short[n * stride];
    for (int r = 0; r < n; r++) {
      int f = (int) order[r];
      featureAt[r] = f;
      rowOf[f] = r;
      rowGroups[r] = groups[f];
      rows[r * stride] = Float.floatToFloat16(idf[f]);
      for (int k = 0; k < h; k++) {
        float w = weights[f * h + k];
        if (!Float.isFinite(w)) {
          throw new IllegalArgumentException("model values must be finite (weight " + (f * h + k) + ")");
        }
        rows[r * stride + 1 + columnOf[k]] = Float.floatToFloat16(w);
      }
    }
    int capacity = Integer.highestOneBit(Math.max(2, n) * 2);
    this.table = new long[2 * capacity];
    this.mask = capacity - 1;
    for (int i = 0; i < n; i++) {
      int slot = (int) keys[i] & mask;
      while (table[2 * slot + 1] != 0) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = keys[i];
      table[2 * slot + 1] = rowOf[i] + 1;
    }
  }

  /** Whether screening reads this head: a category's head or the gate, not a data set's own label. */
  private static boolean screens(Head h) {
    return h.category() != null || h.name().equals(GATE);
  }

  /** Rounds each value to the nearest half-precision number, as the file stores it. */
  public static float[] halves(float[] values) {
    float[] out = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      if (!Float.isFinite(values[i])) {
        throw new IllegalArgumentException("model values must be finite (at " + i + ")");
      }
      out[i] = Float.float16ToFloat(Float.floatToFloat16(values[i]));
    }
    return out;
  }

  /** The model inside the engine's jar, or null when the engine was built without one. */
  public static ClassifierModel loadDefault() {
    InputStream in = ClassifierModel.class.getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      return null;
    }
    try (in) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(DEFAULT_RESOURCE + ": " + e.getMessage(), e);
    }
  }

  public int featureCount() {
    return keys.length;
  }

  public List<Head> heads() {
    return heads;
  }

  /** The head for a category, or null when the model has none for it. */
  public Head head(CategoryCode category) {
    for (Head h : heads) {
      if (h.category() == category) {
        return h;
      }
    }
    return null;
  }

  /** The position of the head named {@code name}, or -1. */
  public int headIndex(String name) {
    for (int i = 0; i < heads.size(); i++) {
      if (heads.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Where the model came from: data, mapping, parameters, versions and metrics, as JSON. */
  public String provenance() {
    return provenance;
  }

  /** The model's number for a feature key (its place among the sorted keys), or -1 when it does not know it. */
  public int lookup(long key) {
    int r = row(key);
    return r < 0 ? -1 : featureAt[r];
  }

  /** The row of a feature key, or -1 when the model does not know the feature. */
  private int row(long key) {
    int slot = (int) key & mask;
    while (true) {
      int i = (int) table[2 * slot + 1];
      if (i == 0) {
        return -1;
      }
      if (table[2 * slot] == key) {
        return i - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The weight of the feature numbered {@code feature} (see {@link #lookup}) for head {@code head}. */
  public float weight(int feature, int head) {
    return weightAt(rowOf[feature], head);
  }

  private float weightAt(int row, int head) {
    return Float.float16ToFloat(rows[row * stride + 1 + columnOf[head]]);
  }

  private float idf(int row) {
    return Float.float16ToFloat(rows[row * stride]);
  }

  /**
   * A row's first slot in a post's table of {@code 1 << (32 - shift)} slots. Rows are numbered commonest first,
   * so a post's rows crowd the low numbers; Fibonacci hashing spreads them over the table, where the row's low
   * bits would fill its first slots into long runs of linear probing.
   */
  private static int spread(int row, int shift) {
    return (row * 0x9E3779B9) >>> shift;
  }

  /** The shift {@link #spread} takes for a table of {@code capacity} slots, a power of two. */
  private static int spreadShift(int capacity) {
    return Integer.numberOfLeadingZeros(capacity) + 1;
  }

  /** The post's known features, weighted and scaled. */
  public FeatureVector vectorize(Occurrences occ) {
    int n = occ.size;
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2) << 1;
    int[] slots = new int[capacity];
    int m = capacity - 1;
    int shift = spreadShift(capacity);
    int[] index = new int[Math.max(1, n)];
    float[] value = new float[Math.max(1, n)];
    int[] positionOf = new int[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      int f = row(occ.keys[i]);
      if (f < 0) {
        positionOf[i] = -1;
        continue;
      }
      int slot = spread(f, shift);
      int pos;
      while (true) {
        int s = slots[slot];
        if (s == 0) {
          pos = size++;
          slots[slot] = pos + 1;
          index[pos] = f;
          value[pos] = 0;
          break;
        }
        if (index[s - 1] == f) {
          pos = s - 1;
          break;
        }
        slot = (slot + 1) & m;
      }
      value[pos] += occ.values[i];
      positionOf[i] = pos;
    }
    double[] squares = new double[FeatureExtractor.SIGNALS];
    for (int p = 0; p < size; p++) {
      int g = rowGroups[index[p]];
      if (g != FeatureExtractor.SIGNALS) {
        // most features occur once in a post: (1 + ln 1) · idf = idf, no logarithm needed
        float idf = idf(index[p]);
        float v = value[p] == 1f ? idf : (float) ((1 + Math.log(value[p])) * idf);
        value[p] = v;
        squares[g] += (double) v * v;
      }
    }
    // each group's length once, not once per feature (dividing by it, as ever: the same values to the bit)
    double[] length = new double[FeatureExtractor.SIGNALS];
    for (int g = 0; g < length.length; g++) {
      length[g] = Math.sqrt(squares[g]);
    }
    for (int p = 0; p < size; p++) {
      int g = rowGroups[index[p]];
      if (g != FeatureExtractor.SIGNALS && squares[g] > 0) {
        value[p] = (float) (value[p] / length[g]);
      }
    }
    return new FeatureVector(index, value, size, positionOf, featureAt);
  }

  /** Every head's raw margin (bias included) for a vector, into {@code out}. */
  public void margins(FeatureVector v, double[] out) {
    double[] byColumn = new double[heads.size()];
    columnMargins(v, byColumn, heads.size());
    byHead(byColumn, out);
  }

  /** The raw margins (bias included) of the heads in the first {@code columns} columns, by column. */
  private void columnMargins(FeatureVector v, double[] out, int columns) {
    for (int c = 0; c < columns; c++) {
      out[c] = heads.get(headAt[c]).bias();
    }
    for (int p = 0; p < v.size; p++) {
      int base = v.index[p] * stride + 1;
      float x = v.value[p];
      for (int c = 0; c < columns; c++) {
        out[c] += x * Float.float16ToFloat(rows[base + c]);
      }
    }
  }

  /**
   * How much each token raised (or lowered) one head's margin: every feature's contribution, shared equally
   * among its occurrences and among the tokens each occurrence spans. Features of the whole post (the
   * rules' evidence, detectors, disguises) belong to no token and are left out.
   */
  public double[] tokenContributions(FeatureVector v, Occurrences occ, int head, int tokenCount) {
    int[] occurrencesOf = new int[v.size];
    for (int i = 0; i < occ.size; i++) {
      if (v.positionOf[i] >= 0) {
        occurrencesOf[v.positionOf[i]]++;
      }
    }
    double[] out = new double[tokenCount];
    for (int i = 0; i < occ.size; i++) {
      int p = v.positionOf[i];
      if (p < 0 || occ.first[i] < 0) {
        continue;
      }
      double c = v.value[p] * weightAt(v.index[p], head) / occurrencesOf[p];
      int span = occ.last[i] - occ.first[i] + 1;
      for (int t = occ.first[i]; t <= occ.last[i]; t++) {
        out[t] += c / span;
      }
    }
    return out;
  }

  /**
   * A word's known character grams: their rows (a gram twice in the word is there twice), each
   * head's sum of IDF × weight over them (by column), and the sum of their squared IDFs. What a word's grams add to a
   * post's margins depends on the word alone until the post's length scales it, so it is worked out once.
   */
  record WordGrams(String word, int[] ids, double[] dots, double squares) {}

  /**
   * Every head's margin for a post whose occurrences were extracted without character grams ({@link
   * FeatureExtractor#extract(id.cermat.engine.text.NormalizedText, java.util.List, double[], Occurrences,
   * boolean)} with {@code grams} false): the same margins as {@link #vectorize} and {@link #margins} give for
   * all the occurrences, computed word by word. Each word's grams come from a cache; a gram that occurs
   * more than once in the post is then corrected to its sublinear term frequency, and the sum scaled by the
   * length of the post's gram vector, as {@link #vectorize} scales it.
   *
   * @param words the post's words' standard forms, one per token ({@code null} for tokens that are not words)
   */
  public PostScore score(Occurrences occ, String[] words) {
    return score(occ, words, true);
  }

  /**
   * As {@link #score(Occurrences, String[])}; without {@code auxiliary}, only the heads screening reads (the
   * categories' and the gate) are scored, and the auxiliary heads' margins are NaN.
   */
  public PostScore score(Occurrences occ, String[] words, boolean auxiliary) {
    FeatureVector v = vectorize(occ);
    int h = auxiliary ? heads.size() : screening;
    double[] sum = new double[h];
    columnMargins(v, sum, h);
    double[] margins = new double[heads.size()];
    WordGrams[] grams = new WordGrams[words.length];
    int total = 0;
    for (int t = 0; t < words.length; t++) {
      if (words[t] != null) {
        grams[t] = wordGrams(words[t]);
        total += grams[t].ids().length;
      }
    }
    if (total == 0) {
      return new PostScore(v, byHead(sum, margins), grams, 0, h, new int[0], new int[0], new double[0]);
    }
    int capacity = Integer.highestOneBit(total * 2) << 1;
    GramCounts scratch = gramCounts.get();
    if (scratch == null || scratch.ids.length < capacity) {
      scratch = new GramCounts(capacity);
      if (capacity <= GramCounts.KEPT) {
        gramCounts.set(scratch);
      }
    }
    try {
      return scoreGrams(v, sum, margins, grams, total, h, capacity, scratch);
    } catch (RuntimeException | Error e) {
      // a table left half-filled would count the next post's grams wrong: the thread makes a new one
      gramCounts.remove();
      throw e;
    }
  }

  /**
   * A thread's table for counting a post's grams, kept from post to post and grown to the largest post seen:
   * a new one per post was a third of all the bytes screening allocated, each zeroed and pushing the model's
   * rows out of the processor's cache. Each post empties the slots it used as it finishes. (A thread used for
   * one post only, such as a virtual thread per request, makes one table for its post, as every post did
   * before.)
   */
  private static final class GramCounts {
    /**
     * Larger tables (posts of more than about 2,000 grams, some 400 words) are made for the post and dropped,
     * so that a thread keeps at most 48 KB.
     */
    static final int KEPT = 1 << 12;

    /** A slot's row + 1, 0 for a free slot. */
    final int[] ids;
    /** A slot's count, valid while the slot holds a row (set, not added to, when it takes one). */
    final int[] counts;
    /** The slots whose gram occurs more than once in the post, in the order they became so. */
    final int[] repeated;

    GramCounts(int capacity) {
      ids = new int[capacity];
      counts = new int[capacity];
      repeated = new int[capacity / 2];
    }
  }

  private final ThreadLocal<GramCounts> gramCounts = new ThreadLocal<>();

  private PostScore scoreGrams(FeatureVector v, double[] sum, double[] margins, WordGrams[] grams, int total,
      int h, int capacity, GramCounts scratch) {
    // the table is used over its first capacity slots only, as a post of this size needs
    int m = capacity - 1;
    int shift = spreadShift(capacity);
    int[] ids = scratch.ids;
    int[] counts = scratch.counts;
    int[] repeatedSlots = scratch.repeated;
    // each gram occurrence's slot, in token order; later what the explanation reads for it
    int[] repeats = new int[total];
    int occurrences = 0;
    int repeated = 0;
    double squares = 0;
    double[] gramSum = new double[h];
    for (WordGrams g : grams) {
      if (g == null) {
        continue;
      }
      squares += g.squares();
      double[] dots = g.dots();
      for (int c = 0; c < h; c++) {
        gramSum[c] += dots[c];
      }
      for (int f : g.ids()) {
        int slot = spread(f, shift);
        int id;
        while ((id = ids[slot]) != 0 && id != f + 1) {
          slot = (slot + 1) & m;
        }
        if (id == 0) {
          ids[slot] = f + 1;
          counts[slot] = 1;
        } else if (++counts[slot] == 2) {
          repeatedSlots[repeated++] = slot;
        }
        repeats[occurrences++] = slot;
      }
    }
    // a gram n times in the post counts (1 + ln n) · idf, not n · idf
    int[] repeatedRows = new int[repeated];
    double[] shares = new double[repeated];
    for (int r = 0; r < repeated; r++) {
      int slot = repeatedSlots[r];
      int n = counts[slot];
      int row = ids[slot] - 1;
      int base = row * stride;
      double idf = idf(row);
      double tf = 1 + Math.log(n);
      squares += (tf * tf - n) * idf * idf;
      double d = (tf - n) * idf;
      for (int c = 0; c < h; c++) {
        gramSum[c] += d * Float.float16ToFloat(rows[base + 1 + c]);
      }
      // what each occurrence adds to its word's share, times a head's weight, for the explanations
      repeatedRows[r] = row;
      shares[r] = (tf / n - 1) * idf;
      // the slot's count is no longer needed: it now says which repeated gram it is
      counts[slot] = -(r + 1);
    }
    // each occurrence learns which repeated gram it is, if any, and frees its slot for the next post (a slot's
    // count stays readable once it is free, so the gram's later occurrences still find their mark)
    for (int k = 0; k < occurrences; k++) {
      int slot = repeats[k];
      int mark = counts[slot];
      repeats[k] = mark < 0 ? -mark : 0;
      ids[slot] = 0;
    }
    double scale = squares > 0 ? 1 / Math.sqrt(squares) : 0;
    for (int c = 0; c < h; c++) {
      sum[c] += gramSum[c] * scale;
    }
    return new PostScore(v, byHead(sum, margins), grams, scale, h, repeats, repeatedRows, shares);
  }

  /** Margins by column into {@code out} by head; heads in columns not computed get NaN. */
  private double[] byHead(double[] byColumn, double[] out) {
    Arrays.fill(out, Double.NaN);
    for (int c = 0; c < byColumn.length; c++) {
      out[headAt[c]] = byColumn[c];
    }
    return out;
  }

  /**
   * How much each token raised (or lowered) one head's margin, as {@link #tokenContributions} shares it.
   *
   * @throws IllegalArgumentException for an auxiliary head of a post scored without them
   */
  public double[] tokenContributions(PostScore s, Occurrences occ, int head, int tokenCount) {
    int column = columnOf[head];
    if (column >= s.columns) {
      throw new IllegalArgumentException("head " + heads.get(head).name() + " was not scored for this post");
    }
    double[] out = tokenContributions(s.words, occ, head, tokenCount);
    if (s.gramScale == 0) {
      return out;
    }
    int k = 0;
    for (int t = 0; t < s.grams.length; t++) {
      WordGrams g = s.grams[t];
      if (g == null) {
        continue;
      }
      double c = g.dots()[column];
      for (int end = k + g.ids().length; k < end; k++) {
        int r = s.repeats[k];
        if (r > 0) {
          // each of the n occurrences carries an equal share of (1 + ln n) · idf · weight
          c += s.shares[r - 1] * weightAt(s.repeatedRows[r - 1], head);
        }
      }
      out[t] += c * s.gramScale;
    }
    return out;
  }

  private WordGrams wordGrams(String word) {
    int set = word.hashCode() & (RECENT_WORDS - 2);
    WordGrams first = recentWords[set];
    if (first != null && first.word().equals(word)) {
      return first;
    }
    WordGrams second = recentWords[set + 1];
    if (second != null && second.word().equals(word)) {
      return second;
    }
    WordGrams g = gramsOf(word);
    if (word.length() <= MAX_RECENT_WORD) {
      recentWords[set + 1] = first;
      recentWords[set] = g;
    }
    return g;
  }

  private WordGrams gramsOf(String word) {
    Occurrences grams = new Occurrences(word.length() * 4 + 8);
    FeatureExtractor.grams(word, 0, grams);
    int h = heads.size();
    int[] ids = new int[grams.size];
    int known = 0;
    double[] dots = new double[h];
    double squares = 0;
    for (int i = 0; i < grams.size; i++) {
      int f = row(grams.keys[i]);
      if (f < 0) {
        continue;
      }
      ids[known++] = f;
      int base = f * stride;
      double idf = idf(f);
      squares += idf * idf;
      for (int k = 0; k < h; k++) {
        dots[k] += idf * Float.float16ToFloat(rows[base + 1 + k]);
      }
    }
    return new WordGrams(word, Arrays.copyOf(ids, known), dots, squares);
  }

  /** Writes the model; equal models give equal bytes. */
  public void write(OutputStream target) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    out.writeLong(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(FeatureExtractor.VERSION);
    byte[] p = provenance.getBytes(StandardCharsets.UTF_8);
    out.writeInt(p.length);
    out.write(p);
    out.writeInt(keys.length);
    out.writeInt(heads.size());
    for (Head h : heads) {
      out.writeUTF(h.name());
      out.writeUTF(h.category() == null ? "" : h.category().name());
      out.writeDouble(h.bias());
      out.writeDouble(h.plattA());
      out.writeDouble(h.plattB());
      out.writeDouble(h.review());
      out.writeDouble(h.flag());
    }
    for (long k : keys) {
      out.writeLong(k);
    }
    for (int f = 0; f < keys.length; f++) {
      out.writeByte(rowGroups[rowOf[f]]);
    }
    int h = heads.size();
    for (int f = 0; f < keys.length; f++) {
      out.writeShort(rows[rowOf[f] * stride]);
    }
    for (int f = 0; f < keys.length; f++) {
      for (int k = 0; k < h; k++) {
        out.writeShort(rows[rowOf[f] * stride + 1 + columnOf[k]]);
      }
    }
    out.flush();
    gzip.finish();
  }

  /** Reads a model written by {@link #write}; anything else is refused with the reason. */
  public static ClassifierModel read(InputStream source) throws IOException {
    DataInputStream in;
    try {
      in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
    } catch (java.util.zip.ZipException e) {
      throw new IOException("not a Cermat model (not GZIP): " + e.getMessage(), e);
    }
    try {
      if (in.readLong() != MAGIC) {
        throw new IOException("not a Cermat model (wrong magic)");
      }
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IOException("model format " + format + " is not supported (this engine reads " + FORMAT + ")");
      }
      int extractor = in.readInt();
      if (extractor != FeatureExtractor.VERSION) {
        throw new IOException("model was trained on features version " + extractor + ", this engine computes "
            + FeatureExtractor.VERSION + ": retrain it with cermat train");
      }
      int plen = in.readInt();
      if (plen < 0 || plen > MAX_PROVENANCE) {
        throw new IOException("model provenance length out of range: " + plen);
      }
      String provenance = new String(in.readNBytes(plen), StandardCharsets.UTF_8);
      int n = in.readInt();
      int h = in.readInt();
      if (n < 0 || n > MAX_FEATURES || h < 1 || h > MAX_HEADS) {
        throw new IOException("model sizes out of range: " + n + " features, " + h + " heads");
      }
      List<Head> heads = new ArrayList<>(h);
      for (int i = 0; i < h; i++) {
        String name = in.readUTF();
        String category = in.readUTF();
        CategoryCode code = null;
        if (!category.isEmpty()) {
          try {
            code = CategoryCode.valueOf(category);
          } catch (IllegalArgumentException e) {
            throw new IOException("model head " + name + ": unknown category " + category, e);
          }
        }
        heads.add(new Head(name, code, in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
            in.readDouble()));
      }
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        keys[i] = in.readLong();
      }
      byte[] groups = in.readNBytes(n);
      float[] idf = new float[n];
      for (int i = 0; i < n; i++) {
        idf[i] = Float.float16ToFloat(in.readShort());
      }
      float[] weights = new float[n * h];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = Float.float16ToFloat(in.readShort());
      }
      if (groups.length != n || in.read() != -1) {
        throw new IOException("model file is truncated or has trailing bytes");
      }
      return new ClassifierModel(keys, groups, idf, heads, weights, provenance);
    } catch (EOFException e) {
      throw new IOException("model file is truncated", e);
    } catch (IllegalArgumentException e) {
      throw new IOException("model file is inconsistent: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "ClassifierModel[" + keys.length + " features, heads " + Arrays.toString(
        heads.stream().map(Head::name).toArray()) + "]";
  }
}
