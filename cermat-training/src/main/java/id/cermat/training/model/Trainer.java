package id.cermat.training.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import id.cermat.engine.CategoryCode;
import id.cermat.engine.EngineVersion;
import id.cermat.engine.Screener;
import id.cermat.engine.catalog.PolicyCatalog;
import id.cermat.engine.model.ClassifierModel;
import id.cermat.engine.model.FeatureExtractor;
import id.cermat.engine.model.FeatureVector;
import id.cermat.engine.model.Head;
import id.cermat.engine.model.Occurrences;
import id.cermat.engine.text.Lexicon;
import id.cermat.training.data.DataException;
import id.cermat.training.data.DataSets;
import id.cermat.training.data.LabelledPost;
import id.cermat.training.data.Split;
import id.cermat.training.data.SyntheticReader;
import id.cermat.training.eval.Evaluation;
import id.cermat.training.eval.Evaluator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the classifier from a data folder laid out like ../shared/data: features from the engine's own
 * {@link FeatureExtractor}, one L2-regularised logistic regression per head (LIBLINEAR), the regularisation
 * chosen and the probabilities calibrated on the validation split, thresholds for REVIEW and FLAG chosen
 * there for a stated precision, and figures on the test split recorded in the model's provenance.
 *
 * <p>Deterministic: the same data, parameters, code and Java version give the same model, byte for byte.
 * Nothing in the provenance depends on the clock or the machine.
 */
public final class Trainer {

  /**
   * How the model is trained; every field is written into the provenance.
   *
   * @param seed                 LIBLINEAR's random source (its primal solver for L2R_LR draws none; kept
   *                             so that a change of solver stays reproducible)
   * @param minDocumentFrequency a word or character feature is kept when this many training posts have it
   * @param cGrid                the regularisation values tried per head; the best validation F1 wins
   * @param syntheticRepeat      how often each training post of Cermat's own data counts (the other sources
   *                             are larger and written differently)
   * @param adapt                train every feature once shared and once per source, and keep the shared
   *                             plus Cermat's own weights (Daumé 2007)
   * @param maxFalseFlagRate     the gate's budget for flagged clean posts on validation
   */
  public record Parameters(long seed, int minDocumentFrequency, double[] cGrid, double epsilon,
      double reviewPrecision, double flagPrecision, int minFlagHits, int syntheticRepeat, boolean adapt,
      double maxFalseFlagRate) {

    public static final Parameters DEFAULT = new Parameters(20261124L, 2, new double[] {1, 2, 4, 8, 16, 32}, 0.01,
        0.7, 0.9, 5, 3, true, 0.03);

    public Parameters {
      cGrid = cGrid.clone();
      if (!(maxFalseFlagRate >= 0 && maxFalseFlagRate <= 1)) {
        throw new IllegalArgumentException("the false-flag budget must lie in [0, 1]: " + maxFalseFlagRate);
      }
    }

    public Parameters withMaxFalseFlagRate(double rate) {
      return new Parameters(seed, minDocumentFrequency, cGrid, epsilon, reviewPrecision, flagPrecision,
          minFlagHits, syntheticRepeat, adapt, rate);
    }
  }

  private final Parameters params;
  private final Consumer<String> progress;

  public Trainer(Parameters params, Consumer<String> progress) {
    this.params = params;
    this.progress = progress;
  }

  /** Trains on the data folder {@code data}; the returned model carries its provenance. */
  public ClassifierModel train(Path data) {
    List<Path> files = DataSets.files(data);
    List<LabelledPost> posts = DataSets.readAll(data);
    progress.accept(String.format(Locale.ROOT, "read %d posts from %d files", posts.size(), files.size()));
    Screener rules = Screener.createRulesOnly(Locale.forLanguageTag("id"));
    Split[] split = new Split[posts.size()];
    KeyCounts df = new KeyCounts();
    int trainPosts = 0;
    for (int i = 0; i < posts.size(); i++) {
      split[i] = posts.get(i).split();
      if (split[i] != Split.TRAIN) {
        continue;
      }
      trainPosts++;
      Occurrences occ = rules.features(posts.get(i).text());
      // each feature counts once per post: occurrences in key order, the first of each key counted
      Integer[] order = new Integer[occ.size()];
      for (int k = 0; k < order.length; k++) {
        order[k] = k;
      }
      Arrays.sort(order, (u, v) -> Long.compare(occ.key(u), occ.key(v)));
      for (int k = 0; k < order.length; k++) {
        if (k == 0 || occ.key(order[k]) != occ.key(order[k - 1])) {
          df.increment(occ.key(order[k]), occ.group(order[k]));
        }
      }
    }
    long[] keys = df.keysAtLeast(params.minDocumentFrequency(), FeatureExtractor.SIGNALS);
    byte[] groups = new byte[keys.length];
    float[] idf = new float[keys.length];
    for (int f = 0; f < keys.length; f++) {
      groups[f] = df.group(keys[f]);
      idf[f] = groups[f] == FeatureExtractor.SIGNALS ? 1f
          : (float) (Math.log((1.0 + trainPosts) / (1.0 + df.count(keys[f]))) + 1);
    }
    progress.accept(String.format(Locale.ROOT, "%d distinct features in %d training posts, %d kept (at least %d"
        + " posts each)", df.size(), trainPosts, keys.length, params.minDocumentFrequency()));
    ClassifierModel draft = new ClassifierModel(keys, groups, idf, List.of(), new float[0], "{}");

    Feature[][] x = new Feature[posts.size()][];
    for (int i = 0; i < posts.size(); i++) {
      x[i] = nodes(draft.vectorize(rules.features(posts.get(i).text())));
    }

    Set<String> present = new java.util.TreeSet<>();
    posts.forEach(post -> present.add(post.source()));
    List<HeadSpec> specs = new ArrayList<>();
    for (HeadSpec spec : HeadSpec.all(present)) {
      String missing = missingClass(spec, posts, split);
      if (missing == null) {
        specs.add(spec);
      } else {
        progress.accept(spec.name() + ": no head (" + missing + "); the rules alone decide");
      }
    }
    if (specs.stream().noneMatch(sp -> sp.category() != null)) {
      throw new DataException(data + ": no category has both positive and negative posts in the train and"
          + " validation splits: nothing to learn");
    }
    List<Head> heads = new ArrayList<>();
    List<HeadReport> reports = new ArrayList<>();
    float[] weights = new float[keys.length * specs.size()];
    for (int h = 0; h < specs.size(); h++) {
      HeadSpec spec = specs.get(h);
      Fitted best = null;
      for (double c : params.cGrid()) {
        Fitted fitted = fit(spec, posts, split, x, keys.length, c);
        progress.accept(String.format(Locale.ROOT, "%-20s C=%-5s validation F1 %.3f (P %.3f R %.3f)", spec.name(),
            c, fitted.thresholds.f1(), fitted.thresholds.precision(), fitted.thresholds.recall()));
        if (best == null || fitted.thresholds.f1() > best.thresholds.f1()) {
          best = fitted;
        }
      }
      for (int f = 0; f < keys.length; f++) {
        weights[f * specs.size() + h] = best.weights[f];
      }
      heads.add(new Head(spec.name(), spec.category(), best.bias, best.platt[0], best.platt[1],
          best.thresholds.review(), best.thresholds.flag()));
      reports.add(report(spec, best, posts, split, x));
    }
    choosePairThresholds(specs, heads, reports, posts, split, x);
    int gate = indexOf(specs, HeadSpec.GATE);
    if (gate >= 0) {
      double g = chooseGate(specs, reports, gate, posts, split, x);
      Fitted gf = reports.get(gate).fitted();
      gf = gf.withThresholds(new Calibration.Thresholds(g, g, gf.thresholds().precision(),
          gf.thresholds().recall(), gf.thresholds().f1()));
      heads.set(gate, heads.get(gate).withCalibration(gf.platt()[0], gf.platt()[1], g, g));
      reports.set(gate, report(specs.get(gate), gf, posts, split, x));
      progress.accept(String.format(Locale.ROOT, "gate %s opens at %.4f", HeadSpec.GATE, g));
    }
    ClassifierModel unsigned = new ClassifierModel(keys, groups, idf, heads, weights, "{}");
    for (String[] e : evaluate(unsigned, posts, split, Split.VALIDATION)) {
      progress.accept("validation " + e[0] + " " + e[1]);
    }
    List<String[]> evaluations = evaluate(unsigned, posts, split, Split.TEST);
    for (String[] e : evaluations) {
      progress.accept("test " + e[0] + " " + e[1]);
    }
    String provenance = provenance(files, data, posts, split, keys.length, reports, evaluations);
    return new ClassifierModel(keys, groups, idf, heads, weights, provenance);
  }

  /** A vector as LIBLINEAR's nodes: 1-based, ascending feature numbers. */
  private static Feature[] nodes(FeatureVector v) {
    int[] order = new int[v.size()];
    long[] packed = new long[v.size()];
    for (int p = 0; p < v.size(); p++) {
      packed[p] = (long) v.index(p) << 32 | p;
    }
    Arrays.sort(packed);
    Feature[] out = new Feature[v.size()];
    for (int k = 0; k < packed.length; k++) {
      order[k] = (int) packed[k];
      out[k] = new FeatureNode(v.index(order[k]) + 1, v.value(order[k]));
    }
    return out;
  }

  /**
   * Why a head cannot be trained on these posts (a split without positives or without negatives), or null.
   * Only the training and validation splits are looked at.
   */
  private String missingClass(HeadSpec spec, List<LabelledPost> posts, Split[] split) {
    for (Split side : List.of(Split.TRAIN, Split.VALIDATION)) {
      int positives = 0;
      int negatives = 0;
      for (int i : covered(spec, posts, split, side)) {
        if (spec.label(posts.get(i))) {
          positives++;
        } else {
          negatives++;
        }
      }
      if (positives == 0 || negatives == 0) {
        return String.format(Locale.ROOT, "%s split has %d positive and %d negative posts",
            side.name().toLowerCase(Locale.ROOT), positives, negatives);
      }
    }
    return null;
  }

  /** One head trained with one C: half-precision weights, calibration and thresholds on validation. */
  private record Fitted(double c, float[] weights, double bias, double[] platt, Calibration.Thresholds thresholds,
      int trainPosts, int trainPositives) {

    Fitted withThresholds(Calibration.Thresholds t) {
      return new Fitted(c, weights, bias, platt, t, trainPosts, trainPositives);
    }
  }

  private Fitted fit(HeadSpec spec, List<LabelledPost> posts, Split[] split, Feature[][] x, int n, double c) {
    List<Integer> train = new ArrayList<>();
    int positives = 0;
    for (int i = 0; i < posts.size(); i++) {
      if (split[i] == Split.TRAIN && spec.covers(posts.get(i))) {
        int repeat = posts.get(i).source().equals(SyntheticReader.SOURCE) ? params.syntheticRepeat() : 1;
        for (int r = 0; r < repeat; r++) {
          train.add(i);
          positives += spec.label(posts.get(i)) ? 1 : 0;
        }
      }
    }
    // Daumé's "frustratingly easy" domain adaptation: every feature once for all sources and once more for
    // the post's own source; the model keeps the shared weight plus the target source's own. Bias features
    // are ordinary features here (regularised like the rest).
    List<String> sources = spec.sources();
    String target = target(spec);
    int copies = params.adapt() && sources.size() > 1 ? sources.size() + 1 : 1;
    int width = n + 1;
    Problem problem = new Problem();
    problem.l = train.size();
    problem.n = width * copies;
    problem.bias = -1;
    problem.x = new Feature[train.size()][];
    problem.y = new double[train.size()];
    for (int k = 0; k < train.size(); k++) {
      int i = train.get(k);
      Feature[] base = x[i];
      Feature[] row = new Feature[(base.length + 1) * Math.min(copies, 2)];
      System.arraycopy(base, 0, row, 0, base.length);
      row[base.length] = new FeatureNode(width, 1);
      if (copies > 1) {
        int offset = width * (1 + sources.indexOf(posts.get(i).source()));
        for (int j = 0; j < base.length; j++) {
          row[base.length + 1 + j] = new FeatureNode(base[j].getIndex() + offset, base[j].getValue());
        }
        row[row.length - 1] = new FeatureNode(width + offset, 1);
      }
      problem.x[k] = row;
      problem.y[k] = spec.label(posts.get(i)) ? 1 : -1;
    }
    Parameter parameter = new Parameter(SolverType.L2R_LR, c, params.epsilon());
    parameter.setRandom(new Random(params.seed()));
    Linear.disableDebugOutput();
    Linear.resetRandom();
    Model model = Linear.train(problem, parameter);
    int positive = model.getLabels()[0] == 1 ? 0 : 1;
    int targetOffset = copies > 1 ? width * (1 + sources.indexOf(target)) : -1;
    float[] w = new float[n];
    for (int f = 0; f < n; f++) {
      double v = model.getDecfunCoef(f + 1, positive);
      if (targetOffset > 0) {
        v += model.getDecfunCoef(f + 1 + targetOffset, positive);
      }
      w[f] = (float) v;
    }
    w = ClassifierModel.halves(w);
    double bias = model.getDecfunCoef(width, positive)
        + (targetOffset > 0 ? model.getDecfunCoef(width + targetOffset, positive) : 0);

    List<Integer> validation = calibrationPosts(spec, posts, split, Split.VALIDATION);
    double[] margins = new double[validation.size()];
    boolean[] labels = new boolean[validation.size()];
    for (int k = 0; k < validation.size(); k++) {
      int i = validation.get(k);
      margins[k] = margin(x[i], w, bias);
      labels[k] = spec.label(posts.get(i));
    }
    double[] platt = Calibration.platt(margins, labels);
    Head probe = new Head(spec.name(), spec.category(), bias, platt[0], platt[1], 0.5, 0.5);
    double[] p = new double[margins.length];
    for (int k = 0; k < p.length; k++) {
      p[k] = probe.probability(margins[k]);
    }
    Calibration.Thresholds t = Calibration.thresholds(p, labels, params.reviewPrecision(), params.flagPrecision(),
        params.minFlagHits());
    return new Fitted(c, w, bias, platt, t, train.size(), positives);
  }

  /**
   * The gate's threshold, chosen on the validation posts of Cermat's own data (the one source where "no
   * label" means a clean post), as the screener decides: FLAG when a head's probability reaches its FLAG
   * threshold (precision at least {@code flagPrecision}), gate or not; REVIEW when it reaches its REVIEW
   * threshold and the gate is open. Of the thresholds whose false-flag rate on clean posts stays at or below
   * {@code maxFalseFlagRate}, the one with the best macro F1 over the source's categories; if none does (the
   * FLAGs alone exceed the budget), the lowest threshold at the lowest rate reached.
   */
  private double chooseGate(List<HeadSpec> specs, List<HeadReport> reports, int gate, List<LabelledPost> posts,
      Split[] split, Feature[][] x) {
    List<Integer> val = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      if (split[i] == Split.VALIDATION && posts.get(i).source().equals(SyntheticReader.SOURCE)) {
        val.add(i);
      }
    }
    int n = val.size();
    List<Integer> categoryHeads = new ArrayList<>();
    for (int h = 0; h < specs.size(); h++) {
      if (specs.get(h).category() != null) {
        categoryHeads.add(h);
      }
    }
    double[][] p = new double[specs.size()][n];
    boolean[][] y = new boolean[specs.size()][n];
    boolean[] clean = new boolean[n];
    for (int k = 0; k < n; k++) {
      LabelledPost post = posts.get(val.get(k));
      clean[k] = post.labels().isEmpty();
      for (int h : categoryHeads) {
        p[h][k] = probability(specs.get(h), reports.get(h).fitted(), x[val.get(k)]);
        y[h][k] = post.labels().contains(specs.get(h).category());
      }
      p[gate][k] = probability(specs.get(gate), reports.get(gate).fitted(), x[val.get(k)]);
    }
    Set<CategoryCode> labelled = HeadSpec.LABELLED.get(SyntheticReader.SOURCE);
    double[] candidates = Arrays.stream(p[gate]).distinct().sorted().toArray();
    double best = Double.NaN;
    double bestMacro = -1;
    double lowest = Double.NaN;
    double lowestRate = Double.POSITIVE_INFINITY;
    for (double g : candidates) {
      boolean[] flaggedClean = new boolean[n];
      double macro = 0;
      for (int h : categoryHeads) {
        double review = reports.get(h).fitted().thresholds().review();
        double flag = reports.get(h).fitted().thresholds().flag();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int k = 0; k < n; k++) {
          // as the screener decides: FLAG on its own, REVIEW only with the gate open
          boolean predicted = p[h][k] >= flag || p[gate][k] >= g && p[h][k] >= review;
          flaggedClean[k] |= predicted && clean[k];
          tp += predicted && y[h][k] ? 1 : 0;
          fp += predicted && !y[h][k] ? 1 : 0;
          fn += !predicted && y[h][k] ? 1 : 0;
        }
        if (labelled.contains(specs.get(h).category())) {
          macro += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
      }
      macro /= labelled.size();
      int cleanPosts = 0;
      int flagged = 0;
      for (int k = 0; k < n; k++) {
        cleanPosts += clean[k] ? 1 : 0;
        flagged += flaggedClean[k] ? 1 : 0;
      }
      double rate = cleanPosts == 0 ? 0 : (double) flagged / cleanPosts;
      if (rate <= params.maxFalseFlagRate() && macro > bestMacro) {
        bestMacro = macro;
        best = g;
      }
      if (rate < lowestRate) {
        lowestRate = rate;
        lowest = g;
      }
    }
    double chosen = Double.isNaN(best) ? lowest : best;
    return chosen > 0 ? chosen : Double.MIN_VALUE;
  }

  /**
   * Ibrohim's HS and Abusive are compared with published results as one pair of decisions (exact-match
   * accuracy), so their auxiliary heads decide at the pair of thresholds with the best accuracy of the pair
   * on the validation split, rather than each at its own best F1. They play no part in screening.
   */
  private void choosePairThresholds(List<HeadSpec> specs, List<Head> heads, List<HeadReport> reports,
      List<LabelledPost> posts, Split[] split, Feature[][] x) {
    int hs = indexOf(specs, HeadSpec.PAIR.get(0));
    int abusive = indexOf(specs, HeadSpec.PAIR.get(1));
    if (hs < 0 || abusive < 0) {
      return;
    }
    List<Integer> val = calibrationPosts(specs.get(hs), posts, split, Split.VALIDATION);
    double[][] p = new double[2][val.size()];
    boolean[][] y = new boolean[2][val.size()];
    int[] pair = {hs, abusive};
    for (int k = 0; k < val.size(); k++) {
      for (int j = 0; j < 2; j++) {
        HeadSpec spec = specs.get(pair[j]);
        p[j][k] = probability(spec, reports.get(pair[j]).fitted(), x[val.get(k)]);
        y[j][k] = spec.label(posts.get(val.get(k)));
      }
    }
    Calibration.PairThresholds t = Calibration.pairThresholds(p[0], y[0], p[1], y[1]);
    double[] chosen = {t.first(), t.second()};
    for (int j = 0; j < 2; j++) {
      int h = pair[j];
      Fitted f = reports.get(h).fitted();
      double flag = Math.max(f.thresholds().flag(), chosen[j]);
      Fitted moved = f.withThresholds(new Calibration.Thresholds(chosen[j], flag, 0, 0, 0));
      Figures v = figures(specs.get(h), posts, split, x, moved, Split.VALIDATION);
      moved = f.withThresholds(new Calibration.Thresholds(chosen[j], flag, v.precision(), v.recall(), v.f1()));
      heads.set(h, heads.get(h).withCalibration(f.platt()[0], f.platt()[1], chosen[j], flag));
      reports.set(h, report(specs.get(h), moved, posts, split, x));
    }
    progress.accept(String.format(Locale.ROOT, "%s at %.2f and %s at %.2f: validation exact-match accuracy %.3f",
        specs.get(hs).name(), t.first(), specs.get(abusive).name(), t.second(), t.accuracy()));
  }

  private static int indexOf(List<HeadSpec> specs, String name) {
    for (int h = 0; h < specs.size(); h++) {
      if (specs.get(h).name().equals(name)) {
        return h;
      }
    }
    return -1;
  }

  private static double probability(HeadSpec spec, Fitted f, Feature[] row) {
    return new Head(spec.name(), spec.category(), f.bias(), f.platt()[0], f.platt()[1], 0.5, 0.5)
        .probability(margin(row, f.weights(), f.bias()));
  }

  /** The source whose posts a head is fitted for: Cermat's own civil-servant posts where it has them. */
  private static String target(HeadSpec spec) {
    return spec.sources().contains(SyntheticReader.SOURCE) ? SyntheticReader.SOURCE : spec.sources().get(0);
  }

  private static List<Integer> covered(HeadSpec spec, List<LabelledPost> posts, Split[] split, Split side) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      if (split[i] == side && spec.covers(posts.get(i))) {
        out.add(i);
      }
    }
    return out;
  }

  private static double margin(Feature[] row, float[] w, double bias) {
    double m = bias;
    for (Feature f : row) {
      m += (float) f.getValue() * w[f.getIndex() - 1];
    }
    return m;
  }

  /** Precision, recall and F1 of a head on one split, at its REVIEW threshold. */
  private record Figures(int posts, int support, double precision, double recall, double f1) {}

  private record HeadReport(HeadSpec spec, Fitted fitted, Figures validation, Figures test) {}

  private HeadReport report(HeadSpec spec, Fitted fitted, List<LabelledPost> posts, Split[] split, Feature[][] x) {
    return new HeadReport(spec, fitted, figures(spec, posts, split, x, fitted, Split.VALIDATION),
        figures(spec, posts, split, x, fitted, Split.TEST));
  }

  /**
   * The posts a head is calibrated and measured on: those of its sources, or with domain adaptation those of
   * the source it is fitted for.
   */
  private List<Integer> calibrationPosts(HeadSpec spec, List<LabelledPost> posts, Split[] split, Split side) {
    List<Integer> out = covered(spec, posts, split, side);
    if (params.adapt() && spec.sources().size() > 1) {
      String target = target(spec);
      out.removeIf(i -> !posts.get(i).source().equals(target));
    }
    return out;
  }

  private Figures figures(HeadSpec spec, List<LabelledPost> posts, Split[] split, Feature[][] x, Fitted fitted,
      Split side) {
    double review = fitted.thresholds.review();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<Integer> chosen = calibrationPosts(spec, posts, split, side);
    for (int i : chosen) {
      boolean predicted = probability(spec, fitted, x[i]) >= review;
      boolean actual = spec.label(posts.get(i));
      tp += predicted && actual ? 1 : 0;
      fp += predicted && !actual ? 1 : 0;
      fn += !predicted && actual ? 1 : 0;
    }
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return new Figures(chosen.size(), tp + fn, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** `cermat eval`'s figures for the test split of each source, screened with the new model. */
  private static List<String[]> evaluate(ClassifierModel model, List<LabelledPost> posts, Split[] split,
      Split side) {
    Screener screener = Screener.create(PolicyCatalog.loadDefault(), Lexicon.loadDefault(), model,
        Locale.forLanguageTag("id"));
    Evaluator evaluator = new Evaluator(screener);
    List<String[]> out = new ArrayList<>();
    for (String source : HeadSpec.SOURCE_ORDER) {
      if (posts.stream().noneMatch(post -> post.source().equals(source))) {
        continue;
      }
      List<LabelledPost> test = new ArrayList<>();
      for (int i = 0; i < posts.size(); i++) {
        if (split[i] == side && posts.get(i).source().equals(source)) {
          test.add(posts.get(i));
        }
      }
      Evaluation e = evaluator.evaluate(test);
      out.add(new String[] {source, e.json()});
    }
    return out;
  }

  private String provenance(List<Path> files, Path data, List<LabelledPost> posts, Split[] split, int features,
      List<HeadReport> reports, List<String[]> evaluations) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("model", "Cermat classifier");
      g.writeNumberField("features_version", FeatureExtractor.VERSION);
      g.writeStringField("engine", EngineVersion.get());
      g.writeStringField("catalog", PolicyCatalog.loadDefault().version());
      g.writeStringField("library", "de.bwaldvogel:liblinear:" + libraryVersion() + " (L2R_LR, one-vs-rest)");
      g.writeStringField("java", System.getProperty("java.specification.version"));
      g.writeNumberField("seed", params.seed());
      g.writeObjectFieldStart("parameters");
      g.writeNumberField("min_document_frequency", params.minDocumentFrequency());
      g.writeFieldName("c_grid");
      g.writeArray(params.cGrid(), 0, params.cGrid().length);
      g.writeNumberField("epsilon", params.epsilon());
      g.writeNumberField("review_precision", params.reviewPrecision());
      g.writeNumberField("flag_precision", params.flagPrecision());
      g.writeNumberField("min_flag_hits", params.minFlagHits());
      g.writeNumberField("synthetic_repeat", params.syntheticRepeat());
      g.writeBooleanField("domain_adaptation", params.adapt());
      g.writeNumberField("max_false_flag_rate", params.maxFalseFlagRate());
      g.writeStringField("features", "word unigrams, stems and bigrams; character 2-5-grams within words"
          + " (TF-IDF, sublinear tf, unit length per group); rule evidence per category, detector kinds,"
          + " disguise flags; 64-bit hashed");
      g.writeNumberField("feature_count", features);
      g.writeStringField("pair_thresholds", String.join(" and ", HeadSpec.PAIR) + " decide at the pair of"
          + " thresholds (0.01 steps) with the best exact-match accuracy on validation");
      g.writeStringField("split", "SHA-256 of case- and space-folded text: 80 train / 10 validation / 10 test");
      g.writeEndObject();
      g.writeArrayFieldStart("sources");
      for (Path f : files) {
        g.writeStartObject();
        g.writeStringField("file", data.relativize(f).toString().replace('\\', '/'));
        g.writeStringField("sha256", sha256(f));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("mapping");
      for (String source : HeadSpec.SOURCE_ORDER) {
        if (posts.stream().noneMatch(post -> post.source().equals(source))) {
          continue;
        }
        g.writeArrayFieldStart(source);
        for (var c : HeadSpec.LABELLED.get(source)) {
          g.writeString(c.name());
        }
        g.writeEndArray();
      }
      g.writeStringField("details", "docs/QUALITY.md");
      g.writeEndObject();
      g.writeObjectFieldStart("posts");
      for (String source : HeadSpec.SOURCE_ORDER) {
        if (posts.stream().noneMatch(post -> post.source().equals(source))) {
          continue;
        }
        int[] n = new int[Split.values().length];
        for (int i = 0; i < posts.size(); i++) {
          if (posts.get(i).source().equals(source)) {
            n[split[i].ordinal()]++;
          }
        }
        g.writeObjectFieldStart(source);
        for (Split s : Split.values()) {
          g.writeNumberField(s.name().toLowerCase(Locale.ROOT), n[s.ordinal()]);
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeArrayFieldStart("heads");
      for (HeadReport r : reports) {
        Fitted f = r.fitted();
        g.writeStartObject();
        g.writeStringField("name", r.spec().name());
        g.writeFieldName("sources");
        g.writeStartArray();
        for (String s : r.spec().sources()) {
          g.writeString(s);
        }
        g.writeEndArray();
        g.writeNumberField("c", f.c());
        g.writeNumberField("train_posts", f.trainPosts());
        g.writeNumberField("train_positives", f.trainPositives());
        g.writeNumberField("review_threshold", round(f.thresholds().review()));
        g.writeNumberField("flag_threshold", round(f.thresholds().flag()));
        writeFigures(g, "validation", r.validation());
        writeFigures(g, "test", r.test());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("test_evaluation");
      for (String[] e : evaluations) {
        g.writeFieldName(e[0]);
        g.writeRawValue(e[1]);
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void writeFigures(JsonGenerator g, String name, Figures f) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("posts", f.posts());
    g.writeNumberField("support", f.support());
    g.writeNumberField("precision", round(f.precision()));
    g.writeNumberField("recall", round(f.recall()));
    g.writeNumberField("f1", round(f.f1()));
    g.writeEndObject();
  }

  private static double round(double d) {
    return Double.isInfinite(d) ? 9.99 : Math.round(d * 10_000) / 10_000.0;
  }

  private static String libraryVersion() {
    try (InputStream in = Linear.class.getResourceAsStream(
        "/META-INF/maven/de.bwaldvogel/liblinear/pom.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  static String sha256(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
