package id.cermat.engine.model;

import id.cermat.engine.CategoryCode;
import java.util.Objects;

/**
 * One binary output of the classifier: a Cermat category, or an auxiliary label of a data set kept for
 * comparisons with published results ({@code category} null, e.g. "ibrohim2019:HS"). The raw margin
 * {@code m} becomes a calibrated probability {@code 1 / (1 + exp(-(plattA * m + plattB)))} (Platt scaling,
 * fitted on the validation split); {@code review} and {@code flag} are the probabilities from which the
 * head asks for a review or flags, chosen on the validation split for a stated precision. A threshold
 * above 1 means the head never reaches that decision on its own.
 */
public record Head(String name, CategoryCode category, double bias, double plattA, double plattB, double review,
    double flag) {

  public Head {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("head name must have 1 to 100 characters: '" + name + "'");
    }
    for (double d : new double[] {bias, plattA, plattB}) {
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException(name + ": bias and Platt parameters must be finite");
      }
    }
    if (Double.isNaN(review) || Double.isNaN(flag) || review <= 0 || flag < review) {
      throw new IllegalArgumentException(name + ": thresholds must satisfy 0 < review <= flag: " + review + ", "
          + flag);
    }
  }

  /** The calibrated probability for a raw margin (bias included). */
  public double probability(double margin) {
    return 1.0 / (1.0 + Math.exp(-(plattA * margin + plattB)));
  }

  public Head withCalibration(double a, double b, double reviewAt, double flagAt) {
    return new Head(name, category, bias, a, b, reviewAt, flagAt);
  }
}
