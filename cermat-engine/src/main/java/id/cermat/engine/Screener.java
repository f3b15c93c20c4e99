package id.cermat.engine;

import id.cermat.engine.catalog.CategoryPolicy;
import id.cermat.engine.catalog.PolicyCatalog;
import id.cermat.engine.catalog.SignalKind;
import id.cermat.engine.catalog.SignalRule;
import id.cermat.engine.detect.Detection;
import id.cermat.engine.detect.Detectors;
import id.cermat.engine.detect.MoneyFormat;
import id.cermat.engine.detect.TermIndex;
import id.cermat.engine.detect.TermIndex.TermHit;
import id.cermat.engine.model.ClassifierModel;
import id.cermat.engine.model.FeatureExtractor;
import id.cermat.engine.model.Head;
import id.cermat.engine.model.Occurrences;
import id.cermat.engine.model.PostScore;
import id.cermat.engine.text.Lexicon;
import id.cermat.engine.text.NormalizedText;
import id.cermat.engine.text.TextNormalizer;
import id.cermat.engine.text.Token;
import id.cermat.engine.text.TokenType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Screens a text against the policy catalog: per category a score in [0, 1], a decision, and the spans of
 * the original text that caused it with a reason each. Built once (loading the catalog and lexicon takes a
 * moment), then thread-safe and allocation-light.
 *
 * <p>A category's score is the noisy-OR of its distinct pieces of evidence, {@code 1 - Π(1 - w)}: each
 * term or detector finding counts once, with its catalog weight, lowered by the strongest mitigator found
 * (a warning or news context) and by the catalog's factor for the kind of post.
 *
 * <p>With a learned {@link ClassifierModel}, every category the model has a head for is scored by that head
 * instead: the rules' evidence is one of its features (so rules and model combine into one calibrated
 * probability), multiplied by the kind factor, and decided by the head's own thresholds: FLAG from its FLAG
 * threshold, REVIEW from its REVIEW threshold when the model's gate ({@link ClassifierModel#GATE}: does the
 * post break any rule at all?) is open too. The spans then add the words that raised the score most.
 * Categories without a head (HOAX) keep the rules' score.
 */
public final class Screener {

  /** Longest text screened in one call (a Facebook post holds at most 63,206 characters). */
  public static final int MAX_TEXT_LENGTH = 100_000;

  private static final CategoryCode[] CODES = CategoryCode.values();
  private static final Comparator<Evidence> IN_TEXT_ORDER =
      Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end);
  /** Token flags named in reasons, in the order of the messages flag.0, flag.1, ... */
  private static final int[] DISGUISES = {Token.LEET, Token.MASKED, Token.SPACED, Token.ELONGATED,
      Token.LOOKALIKE, Token.HIDDEN, Token.SLANG, Token.REGIONAL, Token.PART};
  private static final int ALL_DISGUISES = Arrays.stream(DISGUISES).reduce(0, (x, y) -> x | y);

  private final PolicyCatalog catalog;
  private final TextNormalizer normalizer;
  private final TermIndex terms;
  private final Detectors detectors;
  private final EngineMessages messages;
  private final Locale locale;
  private final String engineVersion;
  private final CategoryResult[] clear;
  /** The catalog's factor per category and kind of post, looked up once. */
  private final double[][] kindFactors;
  /**
   * The reason of each term when written plainly, rendered on first use: hits are frequent, disguises rare.
   * Threads may race to fill a slot; they write equal immutable strings, so any of them will do.
   */
  private final String[] plainReasons;
  private final ClassifierModel model;
  private final FeatureExtractor extractor = new FeatureExtractor();
  /** The model's head for each category, -1 for rules alone. */
  private final int[] headOf;
  /** The model's gate head ({@link ClassifierModel#GATE}), -1 without one. */
  private final int gate;

  /** Words named as the model's evidence, at most. */
  private static final int MODEL_SPANS = 3;
  /** A word is named only when it carries at least this share of what raised the score. */
  private static final double MIN_SHARE = 0.05;

  private Screener(PolicyCatalog catalog, Lexicon lexicon, ClassifierModel model, Locale locale) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.locale = Objects.requireNonNull(locale, "locale");
    var priority = TermIndex.priorityWords(catalog);
    this.normalizer = new TextNormalizer(lexicon.withKnownWords(priority), priority);
    this.terms = TermIndex.build(catalog, normalizer);
    this.detectors = new Detectors(catalog.idrPerUnit());
    this.plainReasons = new String[terms.size()];
    this.messages = new EngineMessages(locale);
    this.engineVersion = EngineVersion.get();
    this.kindFactors = new double[CODES.length][PostKind.values().length];
    this.clear = new CategoryResult[CODES.length];
    this.model = model;
    this.headOf = new int[CODES.length];
    this.gate = model == null ? -1 : model.headIndex(ClassifierModel.GATE);
    for (CategoryCode code : CODES) {
      Head h = model == null ? null : model.head(code);
      headOf[code.ordinal()] = h == null ? -1 : model.heads().indexOf(h);
    }
    for (CategoryCode code : CODES) {
      CategoryPolicy p = catalog.category(code);
      for (PostKind kind : PostKind.values()) {
        kindFactors[code.ordinal()][kind.ordinal()] = p.kindFactor(kind);
      }
      clear[code.ordinal()] = new CategoryResult(code, 0, p.severity(), Decision.CLEAR, p.criminal(), List.of(),
          p.clauseIds());
    }
  }

  /** A screener over the shipped catalog, lexicon and model, giving reasons in Bahasa Indonesia. */
  public static Screener createDefault() {
    return createDefault(Locale.forLanguageTag("id"));
  }

  /** A screener over the shipped catalog, lexicon and model, with reasons in {@code locale} (id or en). */
  public static Screener createDefault(Locale locale) {
    return create(PolicyCatalog.loadDefault(), Lexicon.loadDefault(), ClassifierModel.loadDefault(), locale);
  }

  /** A screener over the shipped catalog and lexicon with the rules alone, no learned model. */
  public static Screener createRulesOnly(Locale locale) {
    return create(PolicyCatalog.loadDefault(), Lexicon.loadDefault(), null, locale);
  }

  /** A screener with the rules alone. */
  public static Screener create(PolicyCatalog catalog, Lexicon lexicon, Locale locale) {
    return new Screener(catalog, lexicon, null, locale);
  }

  /** A screener combining the rules with {@code model} (null: the rules alone). */
  public static Screener create(PolicyCatalog catalog, Lexicon lexicon, ClassifierModel model, Locale locale) {
    return new Screener(catalog, lexicon, model, locale);
  }

  public PolicyCatalog catalog() {
    return catalog;
  }

  public TextNormalizer normalizer() {
    return normalizer;
  }

  public Locale locale() {
    return locale;
  }

  public ScreeningResult screen(String text) {
    return screen(text, ScreeningContext.DEFAULT);
  }

  public ScreeningResult screen(String text, ScreeningContext context) {
    Objects.requireNonNull(context, "context");
    Analysis a = analyse(text, context);
    int k = CODES.length;
    Occurrences occ = model == null ? null : new Occurrences(wordOccurrencesFor(text));
    PostScore scored = model == null ? null : score(a, occ, false);
    boolean gateOpen = gate < 0 || model.heads().get(gate).probability(scored.margin(gate)) >= model.heads()
        .get(gate).review();

    CategoryResult[] results = new CategoryResult[k];
    for (CategoryCode code : CODES) {
      int c = code.ordinal();
      Tally tally = a.tallies[c];
      int head = headOf[c];
      if (tally == null && head < 0) {
        // results are immutable: a category without evidence shares one CLEAR result
        results[c] = clear[c];
        continue;
      }
      CategoryPolicy policy = catalog.category(code);
      double factor = kindFactor(c, context);
      double score;
      Decision decision;
      List<Evidence> spans = tally == null ? new ArrayList<>(3) : tally.spans;
      if (head < 0) {
        score = round(tally.score(factor));
        decision = score >= policy.flagThreshold() ? Decision.FLAG
            : score >= policy.reviewThreshold() ? Decision.REVIEW : Decision.CLEAR;
      } else {
        Head h = model.heads().get(head);
        score = round(h.probability(scored.margin(head)) * factor);
        // a score at the FLAG threshold stands on its own; a REVIEW needs the gate open as well
        decision = score >= h.flag() ? Decision.FLAG
            : score >= h.review() && gateOpen ? Decision.REVIEW : Decision.CLEAR;
        if (decision != Decision.CLEAR) {
          explain(a, model.tokenContributions(scored, occ, head, a.tokens.size()), policy, spans);
          if (spans.isEmpty() && !a.text.isEmpty()) {
            spans.add(new Evidence(0, a.text.length(), a.text, messages.get("reason.model.whole"), score));
          } else if (spans.isEmpty()) {
            decision = Decision.CLEAR;
          }
        }
        if (spans.isEmpty() && decision == Decision.CLEAR && score == 0) {
          results[c] = clear[c];
          continue;
        }
      }
      if (a.mitigatedBy[c] != null && tally != null) {
        TermHit m = a.mitigatedBy[c];
        int start = a.tokens.get(m.first()).start();
        int end = a.tokens.get(m.last()).end();
        spans.add(new Evidence(start, end, a.text.substring(start, end),
            messages.get("reason.mitigator", m.entry().text(), format(m.entry().weight())), 0));
      }
      if (spans.size() > 1) {
        spans.sort(IN_TEXT_ORDER);
      }
      results[c] = new CategoryResult(code, score, policy.severity(), decision, policy.criminal(), spans,
          policy.clauseIds());
    }
    // an immutable list is taken over as it is by ScreeningResult, without another copy
    return new ScreeningResult(List.of(results), context, catalog.version(), engineVersion);
  }

  /**
   * The classifier's features of a text, as {@link #screen} computes them for an ordinary post: what the
   * trainer learns from, so that training and screening cannot see different features.
   */
  public Occurrences features(String text) {
    Analysis a = analyse(text, ScreeningContext.DEFAULT);
    Occurrences occ = new Occurrences(occurrencesFor(text));
    extractor.extract(a.normalized, a.detections, a.ruleScores(), occ);
    return occ;
  }

  /**
   * The decision of one of the model's auxiliary heads (a data set's own label, such as "ibrohim2019:HS"):
   * true when its calibrated probability reaches the head's REVIEW threshold; empty when there is no
   * such head.
   */
  public Optional<Boolean> auxiliary(String headName, String text) {
    int head = model == null ? -1 : model.headIndex(headName);
    if (head < 0) {
      return Optional.empty();
    }
    Analysis a = analyse(text, ScreeningContext.DEFAULT);
    PostScore scored = score(a, new Occurrences(wordOccurrencesFor(text)), true);
    Head h = model.heads().get(head);
    return Optional.of(h.probability(scored.margin(head)) >= h.review());
  }

  /** The learned model this screener combines with its rules, or null for rules alone. */
  public ClassifierModel model() {
    return model;
  }

  /** The words that raised a category's score most, as spans of the original text, strongest first. */
  private void explain(Analysis a, double[] contributions, CategoryPolicy policy, List<Evidence> spans) {
    double positive = 0;
    for (double c : contributions) {
      positive += Math.max(0, c);
    }
    if (positive <= 0) {
      return;
    }
    String label = policy.label().in(locale);
    boolean[] taken = new boolean[contributions.length];
    for (int n = 0; n < MODEL_SPANS; n++) {
      int best = -1;
      for (int t = 0; t < contributions.length; t++) {
        if (!taken[t] && contributions[t] > 0 && (best < 0 || contributions[t] > contributions[best])
            && explainable(a.tokens.get(t))) {
          best = t;
        }
      }
      if (best < 0 || contributions[best] < MIN_SHARE * positive) {
        return;
      }
      taken[best] = true;
      Token token = a.tokens.get(best);
      boolean known = false;
      for (Evidence e : spans) {
        known |= e.start() <= token.start() && token.end() <= e.end();
      }
      if (!known) {
        String words = a.text.substring(token.start(), token.end());
        double share = contributions[best] / positive;
        spans.add(new Evidence(token.start(), token.end(), words, messages.get("reason.model", words, label,
            format(contributions[best])), Math.min(1, share)));
      }
    }
  }

  /** About as many feature occurrences as a text gives (four or five character grams per letter). */
  private static int occurrencesFor(String text) {
    return Math.min(1 << 16, text.length() * 5 + 32);
  }

  /** About as many feature occurrences as a text gives without its character grams (a few per word). */
  private static int wordOccurrencesFor(String text) {
    return Math.min(1 << 14, text.length() / 2 + 32);
  }

  /**
   * The model's margins for an analysed post: its words, pairs and signals as occurrences, its words' character
   * grams word by word from the model's cache (the same margins as from all the occurrences, see
   * {@link ClassifierModel#score}); the auxiliary heads only when asked for.
   */
  private PostScore score(Analysis a, Occurrences occ, boolean auxiliary) {
    extractor.extract(a.normalized, a.detections, a.ruleScores(), occ, false);
    return model.score(occ, FeatureExtractor.gramWords(a.tokens), auxiliary);
  }

  /**
   * Words, hashtags and emoji are named as the model's evidence; numbers, links, mentions and addresses count
   * as features but make poor reasons ("kata '31'"), and the detectors name them when they matter.
   */
  private static boolean explainable(Token t) {
    return t.type() == TokenType.WORD || t.type() == TokenType.HASHTAG || t.type() == TokenType.EMOJI;
  }

  /** Normalises, matches and detects, and gathers the rules' evidence per category. */
  private Analysis analyse(String text, ScreeningContext context) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("text too long: " + text.length() + " characters (at most "
          + MAX_TEXT_LENGTH + ")");
    }
    NormalizedText normalized = normalizer.normalize(text);
    List<Token> tokens = normalized.tokens();
    List<TermHit> hits = terms.match(tokens);
    List<Detection> detections = detectors.detect(normalized);

    int k = CODES.length;
    TermHit[] mitigatedBy = new TermHit[k];
    for (TermHit h : hits) {
      int c = h.entry().category().ordinal();
      boolean stronger = mitigatedBy[c] == null || h.entry().weight() < mitigatedBy[c].entry().weight();
      if (h.entry().mitigator() && stronger) {
        mitigatedBy[c] = h;
      }
    }
    Tally[] tallies = new Tally[k];
    for (int i = 0; i < hits.size(); i++) {
      TermHit h = hits.get(i);
      if (h.entry().mitigator() || covered(hits, i)) {
        continue;
      }
      int c = h.entry().category().ordinal();
      double mitigation = mitigatedBy[c] == null ? 1.0 : mitigatedBy[c].entry().weight();
      double w = h.entry().weight() * mitigation;
      int start = tokens.get(h.first()).start();
      int end = tokens.get(h.last()).end();
      tally(tallies, c).add(h.entry().id(), w,
          new Evidence(start, end, text.substring(start, end), termReason(h, tokens), w * kindFactor(c, context)));
    }
    for (Detection d : detections) {
      SignalRule[] best = new SignalRule[k];
      for (SignalRule r : catalog.signals()) {
        if (r.signal() == d.kind() && d.amountIdr() >= r.minAmountIdr()) {
          int c = r.category().ordinal();
          if (best[c] == null || r.weight() > best[c].weight()) {
            best[c] = r;
          }
        }
      }
      for (int c = 0; c < k; c++) {
        if (best[c] != null) {
          double w = best[c].weight();
          tally(tallies, c).add(d.kind() + ":" + d.value(), w,
              new Evidence(d.start(), d.end(), text.substring(d.start(), d.end()), signalReason(d),
                  w * kindFactor(c, context)));
        }
      }
    }
    return new Analysis(text, normalized, tokens, detections, tallies, mitigatedBy);
  }

  /** What the rules saw in one text. */
  private record Analysis(String text, NormalizedText normalized, List<Token> tokens, List<Detection> detections,
      Tally[] tallies, TermHit[] mitigatedBy) {

    /** The rules' score per category for an ordinary post (no kind factor): a feature of the model. */
    double[] ruleScores() {
      double[] scores = new double[tallies.length];
      for (int c = 0; c < tallies.length; c++) {
        scores[c] = tallies[c] == null ? 0 : tallies[c].score(1.0);
      }
      return scores;
    }
  }

  private static double round(double d) {
    return Math.round(d * 10_000) / 10_000.0;
  }

  /**
   * True when another term of the same category covers this match: a longer phrase around it ("judi" inside
   * "situs judi"), or the same words with a heavier weight. Overlapping terms are one piece of evidence.
   */
  private static boolean covered(List<TermHit> hits, int i) {
    TermHit h = hits.get(i);
    for (int j = 0; j < hits.size(); j++) {
      TermHit g = hits.get(j);
      if (j == i || g.entry().mitigator() || g.entry().category() != h.entry().category()
          || g.first() > h.first() || g.last() < h.last()) {
        continue;
      }
      boolean longer = g.last() - g.first() > h.last() - h.first();
      boolean sameButHeavier = g.first() == h.first() && g.last() == h.last()
          && (g.entry().weight() > h.entry().weight() || g.entry().weight() == h.entry().weight() && j < i);
      if (longer || sameButHeavier) {
        return true;
      }
    }
    return false;
  }

  private double kindFactor(int c, ScreeningContext context) {
    return kindFactors[c][context.kind().ordinal()];
  }

  private static Tally tally(Tally[] tallies, int c) {
    if (tallies[c] == null) {
      tallies[c] = new Tally();
    }
    return tallies[c];
  }

  /**
   * The evidence gathered for one category of one post. Each piece carries a key (the catalog term, or the
   * detected value) and its weight before the kind factor: the same key counts once, at its heaviest,
   * however often it occurs.
   */
  private static final class Tally {
    final List<Evidence> spans = new ArrayList<>(4);
    final List<Object> keys = new ArrayList<>(4);
    double[] weights = new double[4];

    void add(Object key, double weight, Evidence e) {
      for (Evidence x : spans) {
        if (x.start() == e.start() && x.end() == e.end() && x.reason().equals(e.reason())) {
          return;
        }
      }
      if (keys.size() == weights.length) {
        weights = Arrays.copyOf(weights, weights.length * 2);
      }
      weights[keys.size()] = weight;
      spans.add(e);
      keys.add(key);
    }

    /** The noisy-OR of the heaviest weight of each key, each weight times {@code factor}: 1 - Π(1 - w). */
    double score(double factor) {
      double keep = 1.0;
      for (int i = 0; i < keys.size(); i++) {
        double w = weights[i];
        boolean first = true;
        for (int j = 0; j < keys.size() && first; j++) {
          if (j != i && keys.get(j).equals(keys.get(i))) {
            double v = weights[j];
            // the heaviest occurrence counts; of equal ones, the first
            first = v < w || (v == w && j > i);
          }
        }
        if (first) {
          keep *= 1.0 - w * factor;
        }
      }
      return 1.0 - keep;
    }
  }

  private String termReason(TermHit h, List<Token> tokens) {
    int flags = 0;
    for (int i = h.first(); i <= h.last(); i++) {
      flags |= tokens.get(i).flags();
    }
    String label = catalog.category(h.entry().category()).label().in(locale);
    if ((flags & ALL_DISGUISES) == 0) {
      String plain = plainReasons[h.entry().id()];
      if (plain == null) {
        plain = messages.get("reason.term", h.entry().text(), label);
        plainReasons[h.entry().id()] = plain;
      }
      return plain;
    }
    StringBuilder how = new StringBuilder();
    for (int k = 0; k < DISGUISES.length; k++) {
      if ((flags & DISGUISES[k]) != 0) {
        if (how.length() > 0) {
          how.append(", ");
        }
        how.append(messages.get("flag." + k));
      }
    }
    return messages.get("reason.term.disguised", h.entry().text(), label, how);
  }

  private String signalReason(Detection d) {
    Object[] args = d.details().toArray();
    if (d.kind() == SignalKind.NIK) {
      args[2] = messages.get("gender." + d.details().get(2));
    }
    if (d.kind() == SignalKind.MONEY) {
      String[] v = d.value().split(" ");
      String rupiah = "Rp " + MoneyFormat.rupiah(new java.math.BigDecimal(v[0]));
      return v[1].equals("IDR") ? messages.get("reason.MONEY.idr", rupiah)
          : messages.get("reason.MONEY", v[1] + " " + MoneyFormat.plain(new java.math.BigDecimal(v[0])),
              "Rp " + MoneyFormat.rupiah(java.math.BigDecimal.valueOf(d.amountIdr())));
    }
    return messages.get("reason." + d.kind(), args);
  }

  /** Two decimals, rounded half up: what {@code String.format("%.2f")} writes, without parsing a format each time. */
  private static String format(double d) {
    return java.math.BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
