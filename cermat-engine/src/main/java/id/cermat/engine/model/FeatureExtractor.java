package id.cermat.engine.model;

import id.cermat.engine.CategoryCode;
import id.cermat.engine.catalog.SignalKind;
import id.cermat.engine.detect.Detection;
import id.cermat.engine.text.NormalizedText;
import id.cermat.engine.text.Token;
import id.cermat.engine.text.TokenType;
import java.util.List;

/**
 * Turns a normalised post into feature occurrences for the classifier. Every feature is a 64-bit hash of
 * what it stands for, so a model holds no text of the data it was trained on:
 * <ul>
 *   <li>{@link #WORDS}: each word's standard form and its stem, the pairs of neighbouring tokens, and a
 *       placeholder for numbers (by digit count), links, mentions and e-mail addresses;</li>
 *   <li>{@link #CHARS}: character 2- to 5-grams inside each word's standard form, padded with a space at
 *       both ends (so "anjing" gives " a", "an", ... "ng ");</li>
 *   <li>{@link #SIGNALS}: the rules' evidence per category ({@code -ln(1 - score)}, capped at 4), what the
 *       detectors found, and how the writer disguised words (leetspeak, masks, spacing ...).</li>
 * </ul>
 * Training and screening use this same code, so their features cannot drift apart. Stateless, thread-safe.
 */
public final class FeatureExtractor {

  /** Raised whenever the features change meaning: a model trained on other features is refused. */
  public static final int VERSION = 1;

  public static final byte WORDS = 0;
  public static final byte CHARS = 1;
  public static final byte SIGNALS = 2;

  private static final int MIN_GRAM = 2;
  private static final int MAX_GRAM = 5;
  private static final double MAX_EVIDENCE = 4.0;
  private static final int[] DISGUISES = {Token.LEET, Token.MASKED, Token.SPACED, Token.ELONGATED,
      Token.LOOKALIKE, Token.HIDDEN, Token.SLANG, Token.REGIONAL};

  // one seed per kind of feature, so "judi" the word and "judi" the stem are different features
  private static final long WORD = 0x5157_4f52_4431L;
  private static final long STEM = 0x5354_454d_3131L;
  private static final long PAIR = 0x5041_4952_3131L;
  private static final long GRAM = 0x4752_414d_3131L;
  private static final long SHAPE = 0x5348_4150_4531L;
  private static final long RULE = 0x5255_4c45_3131L;
  private static final long DETECT = 0x4445_5445_4331L;
  private static final long FLAG = 0x464c_4147_3131L;

  /**
   * Appends the features of {@code text} to {@code out}.
   *
   * @param ruleScores the rules' score per category ({@link CategoryCode#ordinal()}), before any kind factor
   */
  public void extract(NormalizedText text, List<Detection> detections, double[] ruleScores, Occurrences out) {
    extract(text, detections, ruleScores, out, true);
  }

  /**
   * As {@link #extract(NormalizedText, List, double[], Occurrences)}; without {@code grams} the character
   * grams are left out, for {@link ClassifierModel#score}, which takes them word by word from its cache.
   */
  public void extract(NormalizedText text, List<Detection> detections, double[] ruleScores, Occurrences out,
      boolean grams) {
    List<Token> tokens = text.tokens();
    long previous = 0;
    int previousToken = -1;
    int flags = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      flags |= token.flags();
      long unigram = switch (token.type()) {
        case WORD, EMOJI -> hash(WORD, token.norm());
        case NUMBER -> mix(SHAPE ^ Math.min(token.norm().length(), 20));
        case URL -> mix(SHAPE ^ 101);
        case MENTION -> mix(SHAPE ^ 102);
        case EMAIL -> mix(SHAPE ^ 103);
        case HASHTAG -> mix(SHAPE ^ 104);
      };
      out.add(unigram, WORDS, 1f, t, t);
      if (token.type() == TokenType.WORD) {
        if (!token.stem().equals(token.norm())) {
          out.add(hash(STEM, token.stem()), WORDS, 1f, t, t);
        }
        if (grams) {
          grams(token.norm(), t, out);
        }
      }
      if (token.type() == TokenType.HASHTAG || token.type() == TokenType.URL) {
        // their words follow as tokens of their own; a pair across them would join unrelated words
        previousToken = -1;
        continue;
      }
      if (previousToken >= 0) {
        out.add(mix(PAIR ^ previous * 31 + unigram), WORDS, 1f, previousToken, t);
      }
      previous = unigram;
      previousToken = t;
    }
    for (CategoryCode c : CategoryCode.values()) {
      double score = ruleScores[c.ordinal()];
      if (score > 0) {
        double evidence = Math.min(MAX_EVIDENCE, -Math.log(Math.max(1e-9, 1 - score)));
        out.add(mix(RULE ^ c.ordinal()), SIGNALS, (float) evidence, -1, -1);
      }
    }
    for (Detection d : detections) {
      long kind = d.kind() == SignalKind.MONEY ? moneyTier(d.amountIdr()) : d.kind().ordinal();
      out.add(mix(DETECT ^ kind), SIGNALS, 1f, -1, -1);
    }
    for (int k = 0; k < DISGUISES.length; k++) {
      if ((flags & DISGUISES[k]) != 0) {
        out.add(mix(FLAG ^ k), SIGNALS, 1f, -1, -1);
      }
    }
  }

  /** Money by order of magnitude: a parking fee and a new car are different signals. */
  private static long moneyTier(long idr) {
    int tier = 0;
    for (long v = idr; v >= 10 && tier < 15; v /= 10) {
      tier++;
    }
    return 100 + tier;
  }

  /**
   * The words whose character grams {@link #extract} takes, one per token: a word's standard form, null for
   * tokens that are not words. What {@link ClassifierModel#score} needs beside occurrences without grams.
   */
  public static String[] gramWords(List<Token> tokens) {
    String[] words = new String[tokens.size()];
    for (int t = 0; t < words.length; t++) {
      if (tokens.get(t).type() == TokenType.WORD) {
        words[t] = tokens.get(t).norm();
      }
    }
    return words;
  }

  /** Character n-grams of " word ", hashed incrementally: every start, every length from 2 to 5. */
  static void grams(String word, int t, Occurrences out) {
    int n = word.length() + 2;
    for (int i = 0; i < n - 1; i++) {
      long h = GRAM;
      for (int j = i; j < n && j < i + MAX_GRAM; j++) {
        char c = j == 0 || j == n - 1 ? ' ' : word.charAt(j - 1);
        h = (h ^ c) * 0x100000001b3L;
        if (j - i + 1 >= MIN_GRAM) {
          out.add(mix(h), CHARS, 1f, t, t);
        }
      }
    }
  }

  /** FNV-1a over the characters, then a finaliser so that every bit depends on every character. */
  static long hash(long seed, String s) {
    long h = seed;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return mix(h);
  }

  /** MurmurHash3's 64-bit finaliser. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
