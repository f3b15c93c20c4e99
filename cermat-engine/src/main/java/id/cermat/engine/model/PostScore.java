package id.cermat.engine.model;

/**
 * One post as {@link ClassifierModel#score} scored it: every head's raw margin, and what an explanation needs
 * to share a margin among the post's tokens (the words' features as a {@link FeatureVector}; the character
 * grams word by word, and for each gram that occurs more than once in the post the correction of its share
 * to its sublinear term frequency). Owned by one call.
 */
public final class PostScore {

  final FeatureVector words;
  final double[] margins;
  /** Per token, its word's grams; null for tokens that are not words. */
  final ClassifierModel.WordGrams[] grams;
  /** 1 / the length of the post's character-gram vector; 0 when no gram is known. */
  final double gramScale;
  /** How many of the model's weight columns were summed (screening's, or all with the auxiliary heads). */
  final int columns;
  /**
   * The grams' occurrences in token order (each word's {@code ids} in turn): 0 for a gram that occurs once in
   * the post, else 1 + its number among the grams that occur more than once.
   */
  final int[] repeats;
  /** Per gram that occurs n > 1 times: its row in the model. */
  final int[] repeatedRows;
  /**
   * Per gram that occurs n > 1 times: {@code ((1 + ln n) / n - 1) · idf}; times a head's weight, what each of its
   * occurrences adds to its word's share of the margin on top of {@code idf · weight}.
   */
  final double[] shares;

  PostScore(FeatureVector words, double[] margins, ClassifierModel.WordGrams[] grams, double gramScale,
      int columns, int[] repeats, int[] repeatedRows, double[] shares) {
    this.words = words;
    this.margins = margins;
    this.grams = grams;
    this.gramScale = gramScale;
    this.columns = columns;
    this.repeats = repeats;
    this.repeatedRows = repeatedRows;
    this.shares = shares;
  }

  /** How many distinct grams occur more than once in the post. */
  int repeatedGrams() {
    return repeatedRows.length;
  }

  /** The raw margin (bias included) of head {@code head}; NaN for a head that was not scored. */
  public double margin(int head) {
    return margins[head];
  }
}
