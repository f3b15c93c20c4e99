package id.cermat.engine.detect;

import id.cermat.engine.CategoryCode;
import id.cermat.engine.catalog.CategoryPolicy;
import id.cermat.engine.catalog.MitigatorSpec;
import id.cermat.engine.catalog.PolicyCatalog;
import id.cermat.engine.catalog.TermSpec;
import id.cermat.engine.text.Token;
import id.cermat.engine.text.TextNormalizer;
import id.cermat.engine.text.TokenType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The catalog's term lists, normalised the same way as posts and indexed by first word, matched over a
 * post's tokens: single words by their standard form or stem, phrases word by word, phrases written as one
 * word ("judionline"), and prefixes ("slot*"). Immutable and thread-safe.
 */
public final class TermIndex {

  private static final int NEAR = 3;
  private static final int MAX_WORD_LENGTH = 64;

  /** A term (or mitigator) of one category matched over tokens {@code [first, last]}. */
  public record TermHit(Entry entry, int first, int last) {}

  /** One term of the catalog, normalised. */
  public static final class Entry {
    private final int id;
    private final CategoryCode category;
    private final String text;
    private final double weight;
    private final boolean mitigator;
    private final String[] norms;
    private final String[] stems;
    private final boolean prefix;
    private final int[] notNearIds;
    private final Set<String> notNearWords;

    Entry(int id, CategoryCode category, String text, double weight, boolean mitigator, String[] norms,
        String[] stems, boolean prefix, int[] notNearIds, Set<String> notNearWords) {
      this.id = id;
      this.category = category;
      this.text = text;
      this.weight = weight;
      this.mitigator = mitigator;
      this.norms = norms;
      this.stems = stems;
      this.prefix = prefix;
      this.notNearIds = notNearIds;
      this.notNearWords = notNearWords;
    }

    /** Same for every form of one catalog term (words, joined, prefix), so a term counts once. */
    public int id() {
      return id;
    }

    public CategoryCode category() {
      return category;
    }

    /** The term as the catalog writes it. */
    public String text() {
      return text;
    }

    /** The weight of a term, or the factor of a mitigator. */
    public double weight() {
      return weight;
    }

    public boolean mitigator() {
      return mitigator;
    }
  }

  /**
   * The terms starting with one word: one-word terms, and phrases by the number of their second word
   * (sorted {@code secondIds}, phrases at the same index) or, without a number, by its text.
   */
  private record Node(Entry[] singles, int[] secondIds, Entry[][] bySecondId, Map<String, Entry[]> bySecondText) {

    Entry[] second(int id, String word) {
      if (id >= 0) {
        int k = java.util.Arrays.binarySearch(secondIds, id);
        return k >= 0 ? bySecondId[k] : null;
      }
      return bySecondText.isEmpty() ? null : bySecondText.get(word);
    }
  }

  /** Terms by the number of their first word in the normaliser's vocabulary (most terms). */
  private final Node[] byId;
  /** Terms whose first word has no number (numbers like "02", emoji). */
  private final Map<String, Node> byText;
  /**
   * The lengths of those that are words (phrases written as one word after slang was expanded): a WORD
   * token outside the vocabulary is looked up only when its length is one of these.
   */
  private final boolean[] wordLengthsByText;
  /** The prefix terms ("slot*") each vocabulary word starts with; null for most. */
  private final Entry[][] prefixById;
  private final Entry[][] prefixByFirstChar;
  private final int size;

  private TermIndex(Node[] byId, Map<String, Node> byText, Entry[][] prefixById, Entry[][] prefixByFirstChar,
      int size) {
    this.byId = byId;
    this.byText = byText;
    this.wordLengthsByText = new boolean[MAX_WORD_LENGTH + 1];
    for (String k : byText.keySet()) {
      if (k.chars().anyMatch(Character::isLetter)) {
        wordLengthsByText[Math.min(k.length(), MAX_WORD_LENGTH)] = true;
      }
    }
    this.prefixById = prefixById;
    this.prefixByFirstChar = prefixByFirstChar;
    this.size = size;
  }

  /**
   * The words of every term and the phrases written as one word: the normaliser prefers these when it
   * undoes masks, spacing and leetspeak.
   */
  public static List<String> priorityWords(PolicyCatalog catalog) {
    // Ordered by how many terms use the word, so "anj*ng" reads as the common "anjing", not "anjeng".
    Map<String, Integer> uses = new HashMap<>();
    for (CategoryPolicy c : catalog.categories().values()) {
      List<String> texts = new ArrayList<>();
      c.terms().forEach(t -> texts.add(t.text()));
      c.mitigators().forEach(m -> texts.add(m.text()));
      // false friends too, so that they are numbered and checked without hashing
      c.terms().forEach(t -> texts.addAll(t.notNear()));
      c.mitigators().forEach(m -> texts.addAll(m.notNear()));
      for (String t : texts) {
        String plain = t.replace("*", "");
        for (String w : plain.split(" ")) {
          if (w.length() > 1 && w.chars().allMatch(Character::isLetter)) {
            uses.merge(w, 1, Integer::sum);
          }
        }
        if (plain.indexOf(' ') > 0) {
          uses.merge(plain.replace(" ", ""), 1, Integer::sum);
        }
      }
    }
    return uses.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Normalises every term with {@code normalizer} and indexes it. */
  public static TermIndex build(PolicyCatalog catalog, TextNormalizer normalizer) {
    Map<String, List<Entry>> first = new HashMap<>();
    List<List<Entry>> prefixes = new ArrayList<>();
    for (int i = 0; i < 128; i++) {
      prefixes.add(new ArrayList<>());
    }
    int id = 0;
    for (CategoryPolicy c : catalog.categories().values()) {
      for (TermSpec t : c.terms()) {
        add(first, prefixes, normalizer, id++, c.code(), t.text(), t.weight(), false, t.notNear());
      }
      for (MitigatorSpec m : c.mitigators()) {
        add(first, prefixes, normalizer, id++, c.code(), m.text(), m.factor(), true, m.notNear());
      }
    }
    Node[] byId = new Node[normalizer.vocabularySize()];
    Map<String, Node> byText = new HashMap<>();
    first.forEach((k, v) -> {
      List<Entry> singles = new ArrayList<>();
      Map<String, List<Entry>> second = new HashMap<>();
      for (Entry e : v) {
        if (e.norms.length == 1) {
          singles.add(e);
        } else {
          for (String key : new LinkedHashSet<>(List.of(e.norms[1], e.stems[1]))) {
            second.computeIfAbsent(key, x -> new ArrayList<>()).add(e);
          }
        }
      }
      java.util.TreeMap<Integer, Entry[]> byNumber = new java.util.TreeMap<>();
      Map<String, Entry[]> byWord = new HashMap<>();
      second.forEach((key, list) -> {
        int number = normalizer.wordId(key);
        if (number >= 0) {
          byNumber.put(number, list.toArray(new Entry[0]));
        } else {
          byWord.put(key, list.toArray(new Entry[0]));
        }
      });
      Node node = new Node(singles.toArray(new Entry[0]),
          byNumber.keySet().stream().mapToInt(Integer::intValue).toArray(),
          byNumber.values().toArray(new Entry[0][]), byWord.isEmpty() ? Map.of() : byWord);
      int number = normalizer.wordId(k);
      if (number >= 0) {
        byId[number] = node;
      } else {
        byText.put(k, node);
      }
    });
    Entry[][] byChar = new Entry[128][];
    for (int i = 0; i < 128; i++) {
      byChar[i] = prefixes.get(i).toArray(new Entry[0]);
    }
    Entry[][] prefixById = new Entry[byId.length][];
    List<String> vocabulary = normalizer.vocabulary();
    for (int w = 0; w < vocabulary.size(); w++) {
      String word = vocabulary.get(w);
      char c = word.isEmpty() ? 0 : word.charAt(0);
      if (c < 128) {
        Entry[] matching = java.util.Arrays.stream(byChar[c]).filter(e -> word.startsWith(e.norms[0]))
            .toArray(Entry[]::new);
        prefixById[w] = matching.length == 0 ? null : matching;
      }
    }
    return new TermIndex(byId, java.util.Collections.unmodifiableMap(byText), prefixById, byChar, id);
  }

  private static void add(Map<String, List<Entry>> first, List<List<Entry>> prefixes,
      TextNormalizer normalizer, int id, CategoryCode code, String text, double weight, boolean mitigator,
      List<String> notNear) {
    // false friends by vocabulary number; the rare word without one is kept as text
    Set<Integer> nearIds = new java.util.TreeSet<>();
    Set<String> nearWords = new HashSet<>();
    for (String w : notNear) {
      for (Token t : normalizer.normalize(w).tokens()) {
        for (int k = 0; k < 2; k++) {
          int number = k == 0 ? t.normId() : t.stemId();
          if (number >= 0) {
            nearIds.add(number);
          } else {
            nearWords.add(k == 0 ? t.norm() : t.stem());
          }
        }
      }
    }
    int[] near = nearIds.stream().mapToInt(Integer::intValue).toArray();
    Set<String> nearText = Set.copyOf(nearWords);
    if (text.endsWith("*")) {
      String p = text.substring(0, text.length() - 1).toLowerCase(Locale.ROOT);
      Entry e = new Entry(id, code, text, weight, mitigator, new String[] {p}, new String[] {p}, true, near, nearText);
      char c = p.charAt(0);
      if (c < 128) {
        prefixes.get(c).add(e);
      }
      return;
    }
    List<String> norms = new ArrayList<>();
    List<String> stems = new ArrayList<>();
    for (Token t : normalizer.normalize(text).tokens()) {
      if (t.matchable() && t.type() != TokenType.HASHTAG) {
        norms.add(t.norm());
        stems.add(t.stem());
      }
    }
    if (norms.isEmpty()) {
      throw new IllegalArgumentException("term \"" + text + "\" of " + code + " has no words after normalisation");
    }
    Entry e = new Entry(id, code, text, weight, mitigator, norms.toArray(new String[0]),
        stems.toArray(new String[0]), false, near, nearText);
    Set<String> keys = new LinkedHashSet<>(List.of(e.norms[0], e.stems[0]));
    for (String k : keys) {
      first.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
    }
    if (norms.size() > 1) {
      String joined = String.join("", norms);
      Entry alias = new Entry(id, code, text, weight, mitigator, new String[] {joined}, new String[] {joined},
          false, near, nearText);
      first.computeIfAbsent(joined, x -> new ArrayList<>()).add(alias);
    }
  }

  /** Number of catalog terms and mitigators indexed. */
  public int size() {
    return size;
  }

  /** Every term and mitigator matched in the tokens, in token order; false friends already removed. */
  public List<TermHit> match(List<Token> tokens) {
    List<TermHit> hits = null;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (!t.matchable()) {
        continue;
      }
      // numbers first: comparing them needs no look at the token's strings, which may be far in memory
      Node a = node(t, t.normId(), t.norm());
      boolean sameStem = t.normId() >= 0 ? t.stemId() == t.normId() : t.stem().equals(t.norm());
      Node b = sameStem ? null : node(t, t.stemId(), t.stem());
      if (a != null) {
        hits = collect(a, tokens, i, hits);
      }
      if (b != null && b != a) {
        hits = collect(b, tokens, i, hits);
      }
      if (t.type() != TokenType.NUMBER) {
        Entry[] prefixes = prefixes(t);
        if (prefixes != null) {
          for (Entry e : prefixes) {
            if (!near(e, tokens, i, i)) {
              hits = add(hits, new TermHit(e, i, i));
            }
          }
        }
      }
    }
    return hits == null ? List.of() : hits;
  }

  private Node node(Token t, int id, String word) {
    if (id >= 0) {
      return id < byId.length ? byId[id] : null;
    }
    if (byText.isEmpty()
        || t.type() == TokenType.WORD && !wordLengthsByText[Math.min(word.length(), MAX_WORD_LENGTH)]) {
      return null;
    }
    return byText.get(word);
  }

  private Entry[] prefixes(Token t) {
    int id = t.normId();
    if (id >= 0) {
      return id < prefixById.length ? prefixById[id] : null;
    }
    String norm = t.norm();
    char c = norm.isEmpty() ? 0 : norm.charAt(0);
    if (c >= 128 || prefixByFirstChar[c].length == 0) {
      return null;
    }
    List<Entry> found = new ArrayList<>(1);
    for (Entry e : prefixByFirstChar[c]) {
      if (norm.startsWith(e.norms[0])) {
        found.add(e);
      }
    }
    return found.isEmpty() ? null : found.toArray(new Entry[0]);
  }

  private List<TermHit> collect(Node node, List<Token> tokens, int i, List<TermHit> hits) {
    hits = collect(node.singles, tokens, i, hits);
    if ((node.secondIds.length > 0 || !node.bySecondText.isEmpty()) && i + 1 < tokens.size()) {
      Token u = tokens.get(i + 1);
      if (u.matchable()) {
        Entry[] a = node.second(u.normId(), u.norm());
        boolean sameStem = u.normId() >= 0 ? u.stemId() == u.normId() : u.stem().equals(u.norm());
        Entry[] b = sameStem ? null : node.second(u.stemId(), u.stem());
        hits = collect(a, tokens, i, hits);
        if (b != a) {
          hits = collect(b, tokens, i, hits);
        }
      }
    }
    return hits;
  }

  private List<TermHit> collect(Entry[] entries, List<Token> tokens, int i, List<TermHit> hits) {
    if (entries == null) {
      return hits;
    }
    for (Entry e : entries) {
      int last = i + e.norms.length - 1;
      if (last >= tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < e.norms.length && ok; k++) {
        Token t = tokens.get(i + k);
        ok = t.matchable() && (t.norm().equals(e.norms[k]) || t.stem().equals(e.stems[k]));
      }
      if (ok && !near(e, tokens, i, last) && !duplicate(hits, e, i)) {
        hits = add(hits, new TermHit(e, i, last));
      }
    }
    return hits;
  }

  private static boolean duplicate(List<TermHit> hits, Entry e, int first) {
    if (hits == null) {
      return false;
    }
    for (int k = hits.size() - 1; k >= 0 && hits.get(k).first() == first; k--) {
      if (hits.get(k).entry().id == e.id) {
        return true;
      }
    }
    return false;
  }

  private static List<TermHit> add(List<TermHit> hits, TermHit hit) {
    if (hits == null) {
      hits = new ArrayList<>(4);
    }
    hits.add(hit);
    return hits;
  }

  /** A false friend within three words of the match cancels it ("anjing pelacak"). */
  private static boolean near(Entry e, List<Token> tokens, int first, int last) {
    if (e.notNearIds.length == 0 && e.notNearWords.isEmpty()) {
      return false;
    }
    int from = Math.max(0, first - NEAR);
    int to = Math.min(tokens.size() - 1, last + NEAR);
    for (int k = from; k <= to; k++) {
      if (k >= first && k <= last) {
        continue;
      }
      Token t = tokens.get(k);
      if (contains(e.notNearIds, t.normId()) || contains(e.notNearIds, t.stemId())
          || !e.notNearWords.isEmpty() && (e.notNearWords.contains(t.norm()) || e.notNearWords.contains(t.stem()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(int[] sorted, int id) {
    return id >= 0 && sorted.length > 0 && java.util.Arrays.binarySearch(sorted, id) >= 0;
  }
}
