package id.cermat.engine.model;

/**
 * One post as the classifier sees it: distinct feature numbers with their weighted values (TF-IDF with a
 * sublinear term frequency, each group scaled to unit length; signals as they are), and for every
 * occurrence the position of its feature in this vector (-1 when the model does not know the feature), so
 * that a contribution can be traced back to the words it came from.
 */
public final class FeatureVector {

  /** The features' rows in the model's matrix (see {@link #index} for their numbers). */
  final int[] index;
  final float[] value;
  final int size;
  final int[] positionOf;
  /** The model's number of the feature in each row. */
  private final int[] featureAt;

  FeatureVector(int[] index, float[] value, int size, int[] positionOf, int[] featureAt) {
    this.index = index;
    this.value = value;
    this.size = size;
    this.positionOf = positionOf;
    this.featureAt = featureAt;
  }

  /** The number of distinct known features. */
  public int size() {
    return size;
  }

  /** The model's number of the feature at {@code position} (its place among the model's sorted keys). */
  public int index(int position) {
    return featureAt[index[position]];
  }

  public float value(int position) {
    return value[position];
  }
}
