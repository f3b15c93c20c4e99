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
import id.cermat.engine.text.Lexicon;
import id.cermat.engine.text.NormalizedText;
import id.cermat.engine.text.TextNormalizer;
import id.cermat.engine.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Screens a text against the policy catalog: per category a score in [0, 1], a decision, and the spans of
 * the original text that caused it with a reason each. Built once (loading the catalog and lexicon takes a
 * moment), then thread-safe and allocation-light.
 *
 * <p>A category's score is the noisy-OR of its distinct pieces of evidence, {@code 1 - Π(1 - w)}: each
 * term or detector finding counts once, with its catalog weight, lowered by the strongest mitigator found
 * (a warning or news context) and by the catalog's factor for the kind of post.
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

  private Screener(PolicyCatalog catalog, Lexicon lexicon, Locale locale) {
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
    for (CategoryCode code : CODES) {
      CategoryPolicy p = catalog.category(code);
      for (PostKind kind : PostKind.values()) {
        kindFactors[code.ordinal()][kind.ordinal()] = p.kindFactor(kind);
      }
      clear[code.ordinal()] = new CategoryResult(code, 0, p.severity(), Decision.CLEAR, p.criminal(), List.of(),
          p.clauseIds());
    }
  }

  /** A screener over the shipped catalog and lexicon, giving reasons in Bahasa Indonesia. */
  public static Screener createDefault() {
    return create(PolicyCatalog.loadDefault(), Lexicon.loadDefault(), Locale.forLanguageTag("id"));
  }

  /** A screener over the shipped catalog and lexicon, with reasons in {@code locale} (id or en). */
  public static Screener createDefault(Locale locale) {
    return create(PolicyCatalog.loadDefault(), Lexicon.loadDefault(), locale);
  }

  public static Screener create(PolicyCatalog catalog, Lexicon lexicon, Locale locale) {
    return new Screener(catalog, lexicon, locale);
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
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
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
      double w = h.entry().weight() * mitigation * kindFactor(c, context);
      int start = tokens.get(h.first()).start();
      int end = tokens.get(h.last()).end();
      tally(tallies, c).add(h.entry().id(),
          new Evidence(start, end, text.substring(start, end), termReason(h, tokens), w));
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
          double w = best[c].weight() * kindFactor(c, context);
          tally(tallies, c).add(d.kind() + ":" + d.value(),
              new Evidence(d.start(), d.end(), text.substring(d.start(), d.end()), signalReason(d), w));
        }
      }
    }

    CategoryResult[] results = new CategoryResult[k];
    for (CategoryCode code : CODES) {
      int c = code.ordinal();
      Tally tally = tallies[c];
      if (tally == null) {
        // results are immutable: a category without evidence shares one CLEAR result
        results[c] = clear[c];
        continue;
      }
      double score = Math.round(tally.score() * 10_000) / 10_000.0;
      if (mitigatedBy[c] != null) {
        TermHit m = mitigatedBy[c];
        int start = tokens.get(m.first()).start();
        int end = tokens.get(m.last()).end();
        tally.spans.add(new Evidence(start, end, text.substring(start, end),
            messages.get("reason.mitigator", m.entry().text(), format(m.entry().weight())), 0));
      }
      if (tally.spans.size() > 1) {
        tally.spans.sort(IN_TEXT_ORDER);
      }
      CategoryPolicy policy = catalog.category(code);
      Decision decision = score >= policy.flagThreshold() ? Decision.FLAG
          : score >= policy.reviewThreshold() ? Decision.REVIEW : Decision.CLEAR;
      results[c] = new CategoryResult(code, score, policy.severity(), decision, policy.criminal(), tally.spans,
          policy.clauseIds());
    }
    // an immutable list is taken over as it is by ScreeningResult, without another copy
    return new ScreeningResult(List.of(results), context, catalog.version(), engineVersion);
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
   * detected value): the same key counts once, at its heaviest, however often it occurs.
   */
  private static final class Tally {
    final List<Evidence> spans = new ArrayList<>(4);
    final List<Object> keys = new ArrayList<>(4);

    void add(Object key, Evidence e) {
      for (Evidence x : spans) {
        if (x.start() == e.start() && x.end() == e.end() && x.reason().equals(e.reason())) {
          return;
        }
      }
      spans.add(e);
      keys.add(key);
    }

    /** The noisy-OR of the heaviest weight of each key: 1 - Π(1 - w). */
    double score() {
      double keep = 1.0;
      for (int i = 0; i < keys.size(); i++) {
        double w = spans.get(i).weight();
        boolean first = true;
        for (int j = 0; j < keys.size() && first; j++) {
          if (j != i && keys.get(j).equals(keys.get(i))) {
            double v = spans.get(j).weight();
            // the heaviest occurrence counts; of equal ones, the first
            first = v < w || (v == w && j > i);
          }
        }
        if (first) {
          keep *= 1.0 - w;
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

  private static String format(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }
}
