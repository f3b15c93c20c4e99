package id.cermat.training.model;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Calibration and thresholds, fitted on the validation split: Platt scaling of a head's margins into
 * probabilities, and the probability thresholds that reach a stated precision. Deterministic: a fixed
 * number of Newton steps, ties broken by value.
 */
public final class Calibration {

  private Calibration() {}

  /**
   * Platt's sigmoid {@code 1 / (1 + exp(-(a·m + b)))} fitted to the margins by Newton's method with a
   * backtracking line search, on targets smoothed as Platt proposed ((N+ + 1) / (N+ + 2) and 1 / (N- + 2)),
   * following Lin, Lin and Weng (2007), "A note on Platt's probabilistic outputs for support vector
   * machines". Returns {a, b}.
   */
  public static double[] platt(double[] margins, boolean[] labels) {
    int pos = 0;
    for (boolean y : labels) {
      pos += y ? 1 : 0;
    }
    int neg = labels.length - pos;
    double hi = (pos + 1.0) / (pos + 2.0);
    double lo = 1.0 / (neg + 2.0);
    double[] t = new double[labels.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = labels[i] ? hi : lo;
    }
    double a = 0;
    double b = Math.log((neg + 1.0) / (pos + 1.0));
    // Lin et al. write the sigmoid as 1 / (1 + exp(A·m + B)): their A and B, negated on return
    double f = objective(margins, t, a, b);
    for (int it = 0; it < 100; it++) {
      double h11 = 1e-12;
      double h22 = 1e-12;
      double h21 = 0;
      double g1 = 0;
      double g2 = 0;
      for (int i = 0; i < margins.length; i++) {
        double fApB = margins[i] * a + b;
        double p;
        double q;
        if (fApB >= 0) {
          p = Math.exp(-fApB) / (1.0 + Math.exp(-fApB));
          q = 1.0 / (1.0 + Math.exp(-fApB));
        } else {
          p = 1.0 / (1.0 + Math.exp(fApB));
          q = Math.exp(fApB) / (1.0 + Math.exp(fApB));
        }
        double d2 = p * q;
        h11 += margins[i] * margins[i] * d2;
        h22 += d2;
        h21 += margins[i] * d2;
        double d1 = t[i] - p;
        g1 += margins[i] * d1;
        g2 += d1;
      }
      if (Math.abs(g1) < 1e-7 && Math.abs(g2) < 1e-7) {
        break;
      }
      double det = h11 * h22 - h21 * h21;
      double dA = -(h22 * g1 - h21 * g2) / det;
      double dB = -(-h21 * g1 + h11 * g2) / det;
      double gd = g1 * dA + g2 * dB;
      double step = 1;
      boolean moved = false;
      while (step >= 1e-10) {
        double na = a + step * dA;
        double nb = b + step * dB;
        double nf = objective(margins, t, na, nb);
        if (nf < f + 1e-4 * step * gd) {
          a = na;
          b = nb;
          f = nf;
          moved = true;
          break;
        }
        step /= 2;
      }
      if (!moved) {
        break;
      }
    }
    return new double[] {-a, -b};
  }

  private static double objective(double[] m, double[] t, double a, double b) {
    double f = 0;
    for (int i = 0; i < m.length; i++) {
      double fApB = m[i] * a + b;
      f += fApB >= 0 ? t[i] * fApB + Math.log1p(Math.exp(-fApB)) : (t[i] - 1) * fApB + Math.log1p(Math.exp(fApB));
    }
    return f;
  }

  /** The REVIEW and FLAG thresholds of a head, and the validation figures at the REVIEW threshold. */
  public record Thresholds(double review, double flag, double precision, double recall, double f1) {}

  /**
   * REVIEW: of the thresholds whose precision on these posts is at least {@code reviewPrecision}, the one
   * with the best F1 (the higher threshold on a tie). FLAG: the lowest threshold at which precision is at
   * least {@code flagPrecision} with at least {@code minFlagHits} true positives, never below REVIEW.
   * {@link Double#POSITIVE_INFINITY} where no threshold reaches the precision: the head alone never gets there.
   */
  public static Thresholds thresholds(double[] probabilities, boolean[] labels, double reviewPrecision,
      double flagPrecision, int minFlagHits) {
    Integer[] order = new Integer[probabilities.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -probabilities[i]).thenComparingInt(i -> i));
    int positives = 0;
    for (boolean y : labels) {
      positives += y ? 1 : 0;
    }
    double review = Double.POSITIVE_INFINITY;
    double flag = Double.POSITIVE_INFINITY;
    double bestF1 = -1;
    double bestP = 0;
    double bestR = 0;
    int tp = 0;
    int fp = 0;
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      if (labels[i]) {
        tp++;
      } else {
        fp++;
      }
      // a threshold lies only between distinct probabilities
      if (k + 1 < order.length && probabilities[order[k + 1]] == probabilities[i]) {
        continue;
      }
      double precision = (double) tp / (tp + fp);
      double recall = positives == 0 ? 0 : (double) tp / positives;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      if (precision >= reviewPrecision && f1 > bestF1) {
        bestF1 = f1;
        bestP = precision;
        bestR = recall;
        review = probabilities[i];
      }
      if (precision >= flagPrecision && tp >= minFlagHits) {
        flag = probabilities[i];
      }
    }
    if (review <= 0) {
      review = Double.MIN_VALUE;
    }
    return new Thresholds(review, Math.max(flag, review), bestP, bestR, Math.max(0, bestF1));
  }

  /** Two heads' thresholds chosen together, and the share of posts on which both decisions were right. */
  public record PairThresholds(double first, double second, double accuracy) {}

  /**
   * The thresholds of two heads read as one pair of decisions (Ibrohim's HS and Abusive), chosen for the
   * exact-match accuracy of the pair: both in steps of 0.01 from 0.01 to 0.99; on a tie the pair nearest to
   * (0.5, 0.5), the point where a calibrated probability says "more likely yes than no", then the lower.
   */
  public static PairThresholds pairThresholds(double[] first, boolean[] firstLabels, double[] second,
      boolean[] secondLabels) {
    int n = first.length;
    if (firstLabels.length != n || second.length != n || secondLabels.length != n || n == 0) {
      throw new IllegalArgumentException("a pair needs the same posts for both heads, at least one");
    }
    double bestA = 0.5;
    double bestB = 0.5;
    int bestRight = -1;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int a = 1; a <= 99; a++) {
      double ta = a / 100.0;
      for (int b = 1; b <= 99; b++) {
        double tb = b / 100.0;
        int right = 0;
        for (int i = 0; i < n; i++) {
          if ((first[i] >= ta) == firstLabels[i] && (second[i] >= tb) == secondLabels[i]) {
            right++;
          }
        }
        double distance = Math.abs(a - 50) + Math.abs(b - 50);
        if (right > bestRight || right == bestRight && distance < bestDistance) {
          bestRight = right;
          bestDistance = distance;
          bestA = ta;
          bestB = tb;
        }
      }
    }
    return new PairThresholds(bestA, bestB, (double) bestRight / n);
  }
}
