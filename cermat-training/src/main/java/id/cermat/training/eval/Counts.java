package id.cermat.training.eval;

/** True and false positives and false negatives of one label, and the measures they give. */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

  public Counts plus(boolean predicted, boolean actual) {
    return new Counts(truePositives + (predicted && actual ? 1 : 0),
        falsePositives + (predicted && !actual ? 1 : 0), falseNegatives + (!predicted && actual ? 1 : 0));
  }

  /** Posts that carry the label. */
  public int support() {
    return truePositives + falseNegatives;
  }

  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  public double recall() {
    return support() == 0 ? 0 : (double) truePositives / support();
  }

  public double f1() {
    int denominator = 2 * truePositives + falsePositives + falseNegatives;
    return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
  }
}
