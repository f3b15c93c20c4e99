package id.cermat.bench;

import id.cermat.engine.CategoryCode;
import id.cermat.engine.Screener;
import id.cermat.engine.detect.Detection;
import id.cermat.engine.detect.Detectors;
import id.cermat.engine.detect.TermIndex;
import id.cermat.engine.model.FeatureExtractor;
import id.cermat.engine.model.FeatureVector;
import id.cermat.engine.model.Occurrences;
import id.cermat.engine.model.PostScore;
import id.cermat.engine.text.NormalizedText;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds per post of each stage of screening on its own, over the synthetic posts: where the time of
 * {@link ScreenBenchmark} goes. Term matching and detectors run on texts normalised in advance.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class StageBenchmark {

  private Screener screener;
  private TermIndex terms;
  private Detectors detectors;
  private NormalizedText[] normalized;
  private Occurrences[] features;
  private Occurrences[] wordFeatures;
  private String[][] words;
  private final FeatureExtractor extractor = new FeatureExtractor();
  private final double[] noRules = new double[CategoryCode.values().length];

  @Setup
  public void setUp(PostCycle posts) {
    screener = Screener.createDefault();
    terms = TermIndex.build(screener.catalog(), screener.normalizer());
    detectors = new Detectors(screener.catalog().idrPerUnit());
    normalized = new NormalizedText[posts.posts.length];
    for (int i = 0; i < normalized.length; i++) {
      normalized[i] = screener.normalizer().normalize(posts.posts[i]);
    }
    features = new Occurrences[posts.posts.length];
    wordFeatures = new Occurrences[posts.posts.length];
    words = new String[posts.posts.length][];
    for (int i = 0; i < features.length; i++) {
      features[i] = screener.features(posts.posts[i]);
      wordFeatures[i] = new Occurrences();
      extractor.extract(normalized[i], List.of(), noRules, wordFeatures[i], false);
      words[i] = FeatureExtractor.gramWords(normalized[i].tokens());
    }
  }

  /** The classifier's features of a normalised post as screening takes them (words, stems, pairs, signals). */
  @Benchmark
  public Occurrences extractFeatures(PostCycle posts) {
    Occurrences occ = new Occurrences();
    extractor.extract(normalized[posts.nextIndex()], List.of(), noRules, occ, false);
    return occ;
  }

  /** The same with every character gram, as the trainer takes them. */
  @Benchmark
  public Occurrences extractAllFeatures(PostCycle posts) {
    Occurrences occ = new Occurrences();
    extractor.extract(normalized[posts.nextIndex()], List.of(), noRules, occ, true);
    return occ;
  }

  /**
   * Every head's margin as screening computes it: the words' features looked up and weighted, the character
   * grams word by word from the model's cache.
   */
  @Benchmark
  public PostScore classify(PostCycle posts) {
    int i = posts.nextIndex();
    return screener.model().score(wordFeatures[i], words[i]);
  }

  /** The same margins from every occurrence (the trainer's way, and screening's before the word cache). */
  @Benchmark
  public double[] classifyAllOccurrences(PostCycle posts) {
    FeatureVector v = screener.model().vectorize(features[posts.nextIndex()]);
    double[] margins = new double[screener.model().heads().size()];
    screener.model().margins(v, margins);
    return margins;
  }

  @Benchmark
  public NormalizedText normalize(PostCycle posts) {
    return screener.normalizer().normalize(posts.next());
  }

  @Benchmark
  public List<TermIndex.TermHit> matchTerms(PostCycle posts) {
    return terms.match(normalized[posts.nextIndex()].tokens());
  }

  @Benchmark
  public List<Detection> detect(PostCycle posts) {
    return detectors.detect(normalized[posts.nextIndex()]);
  }

  @Benchmark
  public Object screen(PostCycle posts) {
    return screener.screen(posts.next());
  }
}
