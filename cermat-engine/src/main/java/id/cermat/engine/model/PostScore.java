package id.cermat.engine.model;

/**
 * One post as {@link ClassifierModel#score} scored it: every head's raw margin, and what an explanation needs
 * to share a margin among the post's tokens (the words' features as a {@link FeatureVector}; the character
 * grams word by word, with the number of times each gram occurs in the post). Owned by one call.
 */
public final class PostScore {

  final FeatureVector words;
  final double[] margins;
  /** Per token, its word's grams; null for tokens that are not words. */
  final ClassifierModel.WordGrams[] grams;
  /** 1 / the length of the post's character-gram vector; 0 when no gram is known. */
  final double gramScale;
  /** Open addressing: feature number + 1 (0 = empty), and how often it occurs among the post's grams. */
  final int[] gramIds;
  final int[] gramCounts;

  PostScore(FeatureVector words, double[] margins, ClassifierModel.WordGrams[] grams, double gramScale,
      int[] gramIds, int[] gramCounts) {
    this.words = words;
    this.margins = margins;
    this.grams = grams;
    this.gramScale = gramScale;
    this.gramIds = gramIds;
    this.gramCounts = gramCounts;
  }

  /** The raw margin (bias included) of head {@code head}. */
  public double margin(int head) {
    return margins[head];
  }

  /** How many times the feature occurs among the post's character grams. */
  int count(int feature) {
    int m = gramIds.length - 1;
    int slot = feature & m;
    while (gramIds[slot] != 0) {
      if (gramIds[slot] == feature + 1) {
        return gramCounts[slot];
      }
      slot = (slot + 1) & m;
    }
    return 0;
  }
}
