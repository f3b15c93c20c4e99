package id.cermat.engine.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.function.Predicate;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Indonesian stemming by Lucene's {@link IndonesianStemFilter} (Tala's algorithm: particles, possessives,
 * prefixes and suffixes). Lucene's stemmer itself is not public, so a one-word analysis chain per thread
 * feeds it. Not cached here: the normaliser caches whole word analyses, stems included.
 */
final class Stemmer {

  /** Root consonants that a nasal prefix replaces (me-pamer-kan → memamerkan), tried to restore the root. */
  private static final String[][] RECODE = {
    {"meny", "s"}, {"peny", "s"}, {"meng", "k"}, {"peng", "k"}, {"mem", "p", "m"}, {"pem", "p", "m"},
    {"men", "t", "n"}, {"pen", "t", "n"}, {"me", "m"}, {"pe", "p"}};
  private static final String[] SUFFIXES = {"kannya", "nya", "kan", "lah", "kah", "pun", "an", "ku", "mu", "i"};

  private final ThreadLocal<Chain> chains = ThreadLocal.withInitial(Chain::new);
  private final Predicate<String> known;

  /** @param known the words accepted as roots when Lucene's stem is not one */
  Stemmer(Predicate<String> known) {
    this.known = known;
  }

  String stem(String word) {
    if (word.length() < 4) {
      return word;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return word;
      }
    }
    return root(word, chains.get().stem(word));
  }

  /**
   * Lucene drops a nasal prefix without restoring the root's first consonant (memamerkan → amer, memilih →
   * ilih) and leaves some suffixes: when its stem is not a known word, the root is looked for among the
   * recoded and suffix-stripped forms, and Lucene's stem is kept when none is known.
   */
  private String root(String word, String lucene) {
    if (lucene.isEmpty() || lucene.equals(word)) {
      return word;
    }
    if (known.test(lucene)) {
      return lucene;
    }
    for (String[] r : RECODE) {
      if (word.startsWith(r[0])) {
        for (int i = 1; i < r.length; i++) {
          String candidate = r[i] + lucene;
          if (known.test(candidate)) {
            return candidate;
          }
        }
        break;
      }
    }
    for (String suffix : SUFFIXES) {
      if (word.length() - suffix.length() >= 3 && word.endsWith(suffix)) {
        String candidate = word.substring(0, word.length() - suffix.length());
        if (known.test(candidate)) {
          return candidate;
        }
      }
    }
    return lucene;
  }

  /** A keyword tokenizer and the stem filter, reused for one word at a time by one thread. */
  private static final class Chain {
    private final KeywordTokenizer tokenizer = new KeywordTokenizer();
    private final TokenStream stream = new IndonesianStemFilter(tokenizer, true);
    private final CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);

    String stem(String word) {
      try {
        tokenizer.setReader(new StringReader(word));
        stream.reset();
        String out = stream.incrementToken() ? term.toString() : word;
        stream.end();
        stream.close();
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
