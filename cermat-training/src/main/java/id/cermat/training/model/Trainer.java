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
import id.cermat.engine.EngineVersion;
import id.cermat.engine.Screener;
import id.cermat.engine.catalog.PolicyCatalog;
import id.cermat.engine.model.ClassifierModel;
import id.cermat.engine.model.FeatureExtractor;
import id.cermat.engine.model.FeatureVector;
import id.cermat.engine.model.Head;
import id.cermat.engine.model.Occurrences;
import id.cermat.engine.text.Lexicon;
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

  /** How the model is trained; every field is written into the provenance. */
  public record Parameters(long seed, int minDocumentFrequency, double[] cGrid, double epsilon,
      double reviewPrecision, double flagPrecision, int minFlagHits, int syntheticRepeat, boolean adapt) {

    public static final Parameters DEFAULT = new Parameters(20261124L, 2, new double[] {1, 2, 4, 8, 16, 32}, 0.01,
        0.7, 0.9, 5, Integer.getInteger("cermat.syntheticRepeat", 3), Boolean.parseBoolean(System.getProperty("cermat.adapt", "true")));
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
      long[] distinct = new long[occ.size()];
      for (int k = 0; k < occ.size(); k++) {
        distinct[k] = occ.key(k);
      }
      Arrays.sort(distinct);
      for (int k = 0; k < distinct.length; k++) {
        if (k == 0 || distinct[k] != distinct[k - 1]) {
          df.increment(distinct[k], groupOf(occ, distinct[k]));
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

    List<HeadSpec> specs = HeadSpec.all();
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
      reports.add(new HeadReport(spec, best, test(spec, posts, split, x, best)));
    }
    ClassifierModel unsigned = new ClassifierModel(keys, groups, idf, heads, weights, "{}");
    for (String[] e : evaluate(unsigned, posts, split, Split.VALIDATION)) {
      progress.accept("validation " + e[0] + " " + e[1]);
    }
    List<String[]> evaluations = evaluate(unsigned, posts, split, Split.TEST);
    String provenance = provenance(files, data, posts, split, keys.length, reports, evaluations);
    return new ClassifierModel(keys, groups, idf, heads, weights, provenance);
  }

  private static byte groupOf(Occurrences occ, long key) {
    for (int k = 0; k < occ.size(); k++) {
      if (occ.key(k) == key) {
        return occ.group(k);
      }
    }
    throw new IllegalStateException("key not among the occurrences");
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

  /** One head trained with one C: half-precision weights, calibration and thresholds on validation. */
  private record Fitted(double c, float[] weights, double bias, double[] platt, Calibration.Thresholds thresholds,
      int trainPosts, int trainPositives, int validationPosts, int validationPositives) {}

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
    if (positives == 0 || positives == train.size()) {
      throw new IllegalStateException(spec.name() + ": the training split has only one class");
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

    List<Integer> validation = covered(spec, posts, split, Split.VALIDATION);
    if (copies > 1) {
      validation.removeIf(i -> !posts.get(i).source().equals(target));
    }
    double[] margins = new double[validation.size()];
    boolean[] labels = new boolean[validation.size()];
    int valPositives = 0;
    for (int k = 0; k < validation.size(); k++) {
      int i = validation.get(k);
      margins[k] = margin(x[i], w, bias);
      labels[k] = spec.label(posts.get(i));
      valPositives += labels[k] ? 1 : 0;
    }
    double[] platt = Calibration.platt(margins, labels);
    Head probe = new Head(spec.name(), spec.category(), bias, platt[0], platt[1], 0.5, 0.5);
    double[] p = new double[margins.length];
    for (int k = 0; k < p.length; k++) {
      p[k] = probe.probability(margins[k]);
    }
    Calibration.Thresholds t = Calibration.thresholds(p, labels, params.reviewPrecision(), params.flagPrecision(),
        params.minFlagHits());
    return new Fitted(c, w, bias, platt, t, train.size(), positives, validation.size(), valPositives);
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

  /** Precision, recall and F1 of a head on the test split, at its REVIEW threshold. */
  private record TestFigures(int posts, int support, double precision, double recall, double f1) {}

  private record HeadReport(HeadSpec spec, Fitted fitted, TestFigures test) {}

  private static TestFigures test(HeadSpec spec, List<LabelledPost> posts, Split[] split, Feature[][] x,
      Fitted fitted) {
    Head head = new Head(spec.name(), spec.category(), fitted.bias, fitted.platt[0], fitted.platt[1],
        fitted.thresholds.review(), fitted.thresholds.flag());
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<Integer> test = covered(spec, posts, split, Split.TEST);
    for (int i : test) {
      boolean predicted = head.probability(margin(x[i], fitted.weights, fitted.bias)) >= head.review();
      boolean actual = spec.label(posts.get(i));
      tp += predicted && actual ? 1 : 0;
      fp += predicted && !actual ? 1 : 0;
      fn += !predicted && actual ? 1 : 0;
    }
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return new TestFigures(test.size(), tp + fn, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** `cermat eval`'s figures for the test split of each source, screened with the new model. */
  private static List<String[]> evaluate(ClassifierModel model, List<LabelledPost> posts, Split[] split,
      Split side) {
    Screener screener = Screener.create(PolicyCatalog.loadDefault(), Lexicon.loadDefault(), model,
        Locale.forLanguageTag("id"));
    Evaluator evaluator = new Evaluator(screener);
    List<String[]> out = new ArrayList<>();
    for (String source : HeadSpec.SOURCE_ORDER) {
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
      g.writeStringField("features", "word unigrams, stems and bigrams; character 2-5-grams within words"
          + " (TF-IDF, sublinear tf, unit length per group); rule evidence per category, detector kinds,"
          + " disguise flags; 64-bit hashed");
      g.writeNumberField("feature_count", features);
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
        g.writeObjectFieldStart("validation");
        g.writeNumberField("posts", f.validationPosts());
        g.writeNumberField("support", f.validationPositives());
        g.writeNumberField("precision", round(f.thresholds().precision()));
        g.writeNumberField("recall", round(f.thresholds().recall()));
        g.writeNumberField("f1", round(f.thresholds().f1()));
        g.writeEndObject();
        g.writeObjectFieldStart("test");
        g.writeNumberField("posts", r.test().posts());
        g.writeNumberField("support", r.test().support());
        g.writeNumberField("precision", round(r.test().precision()));
        g.writeNumberField("recall", round(r.test().recall()));
        g.writeNumberField("f1", round(r.test().f1()));
        g.writeEndObject();
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
