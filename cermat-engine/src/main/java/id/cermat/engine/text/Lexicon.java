package id.cermat.engine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words the normaliser knows: slang and alay mapped to standard Indonesian, regional words, and a
 * vocabulary of standard words used to split hashtags and to choose between readings of leetspeak.
 * All of it ships inside the engine (see lexicon/README.md for provenance). Immutable.
 */
public final class Lexicon {

  private static final String BASE = "/id/cermat/engine/lexicon/";

  /** A replacement for a non-standard word; {@code regional} marks words of a regional language. */
  public record Replacement(String[] words, boolean regional) {}

  private final Map<String, Replacement> replacements;
  private final Set<String> known;

  private Lexicon(Map<String, Replacement> replacements, Set<String> known) {
    // HashMap and HashSet, not Map.copyOf: their lookups compare cached hashes before calling equals,
    // which matters on the hot path where most words miss. Never modified after construction.
    this.replacements = java.util.Collections.unmodifiableMap(new HashMap<>(replacements));
    this.known = java.util.Collections.unmodifiableSet(new HashSet<>(known));
  }

  /** The lexicon that ships inside the engine. */
  public static Lexicon loadDefault() {
    Map<String, Replacement> repl = new HashMap<>();
    Set<String> known = new HashSet<>();
    read("vocabulary.txt", 1, (line, f) -> known.add(f[0]));
    read("stopwords-id.txt", 1, (line, f) -> known.add(f[0]));
    read("slang.tsv", 2, (line, f) -> put(repl, known, "slang.tsv", line, f[0], f[1], false));
    read("regional.tsv", 3, (line, f) -> put(repl, known, "regional.tsv", line, f[0], f[1], true));
    return new Lexicon(repl, known);
  }

  /** This lexicon with more known words (e.g. the words of the catalog's term lists). */
  public Lexicon withKnownWords(Collection<String> words) {
    Set<String> k = new HashSet<>(known);
    k.addAll(words);
    return new Lexicon(replacements, k);
  }

  /** The standard form of a slang or regional word, or null when the word is not in the lexicon. */
  public Replacement replacement(String word) {
    return replacements.get(word);
  }

  /** True for a word the lexicon knows as a word (standard, slang or regional). */
  public boolean isKnown(String word) {
    return known.contains(word) || replacements.containsKey(word);
  }

  /** Every word the lexicon knows: standard words and the slang and regional words it maps. */
  public Set<String> words() {
    Set<String> all = new HashSet<>(known);
    all.addAll(replacements.keySet());
    return all;
  }

  public int size() {
    return known.size() + replacements.size();
  }

  private static void put(Map<String, Replacement> repl, Set<String> known, String file, int line,
      String from, String to, boolean regional) {
    String[] words = to.trim().split(" +");
    if (from.isBlank() || words.length == 0 || words[0].isEmpty()) {
      throw new IllegalStateException(file + " line " + line + ": empty entry");
    }
    if (from.equals(to)) {
      return;
    }
    repl.putIfAbsent(from, new Replacement(words, regional));
    for (String w : words) {
      known.add(w);
    }
  }

  private interface LineHandler {
    void accept(int line, String[] fields);
  }

  private static void read(String name, int minFields, LineHandler handler) {
    try (InputStream in = Lexicon.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + BASE + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] f = t.split("\t");
        if (f.length < minFields) {
          throw new IllegalStateException(name + " line " + no + ": expected " + minFields
              + " tab-separated fields");
        }
        for (int i = 0; i < f.length; i++) {
          f[i] = f[i].strip();
        }
        handler.accept(no, f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(BASE + name, e);
    }
  }
}
