package id.cermat.engine.model;

/**
 * One post as {@link ClassifierModel#score} scored it: every head's raw margin, and what an explanation needs
 * to share a margin among the post's tokens (the words' features as a {@link FeatureVector}; the character
 * grams' sums word by word, with the scale of the post's gram group). Owned by one call.
 */
public final class PostScore {

  final FeatureVector words;
  final double[] margins;
  /** Per token, its word's grams; null for tokens that are not words. */
  final ClassifierModel.WordGrams[] grams;
  /** 1 / the length of the post's character-gram group; 0 when no gram is known. */
  final double gramScale;
  /** How many of the model's weight columns were summed (screening's, or all with the auxiliary heads). */
  final int columns;

  PostScore(FeatureVector words, double[] margins, ClassifierModel.WordGrams[] grams, double gramScale,
      int columns) {
    this.words = words;
    this.margins = margins;
    this.grams = grams;
    this.gramScale = gramScale;
    this.columns = columns;
  }

  /** The raw margin (bias included) of head {@code head}; NaN for a head that was not scored. */
  public double margin(int head) {
    return margins[head];
  }
}
