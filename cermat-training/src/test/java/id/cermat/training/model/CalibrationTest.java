package id.cermat.training.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void plattsSigmoidRisesWithTheMarginAndMatchesTheRateOfPositives() {
    double[] m = new double[200];
    boolean[] y = new boolean[200];
    for (int i = 0; i < m.length; i++) {
      m[i] = (i - 100) / 25.0;
      // positives grow more frequent with the margin, with overlap in the middle
      y[i] = i % 7 == 0 ? i < 100 : i >= 100;
    }
    double[] ab = Calibration.platt(m, y);
    assertThat(ab[0]).isPositive();
    double low = 1 / (1 + Math.exp(-(ab[0] * -4 + ab[1])));
    double high = 1 / (1 + Math.exp(-(ab[0] * 4 + ab[1])));
    assertThat(low).isLessThan(0.2);
    assertThat(high).isGreaterThan(0.8);
    double mean = 0;
    int positives = 0;
    for (int i = 0; i < m.length; i++) {
      mean += 1 / (1 + Math.exp(-(ab[0] * m[i] + ab[1])));
      positives += y[i] ? 1 : 0;
    }
    // a fitted logistic model reproduces the (smoothed) share of positives
    assertThat(mean / m.length).isCloseTo((double) positives / m.length, org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void isDeterministic() {
    double[] m = {-2, -1, 0, 1, 2, 0.5, -0.5};
    boolean[] y = {false, false, true, true, true, false, true};
    assertThat(Calibration.platt(m, y)).isEqualTo(Calibration.platt(m.clone(), y.clone()));
  }

  @Test
  void choosesTheBestF1AtTheStatedPrecisionAndFlagsWhereItIsHigher() {
    double[] p = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};
    boolean[] y = {true, true, false, true, false, false};
    Calibration.Thresholds t = Calibration.thresholds(p, y, 0.7, 0.9, 1);
    // at 0.6: 3 of 4 right (precision 0.75), all 3 positives found: F1 0.857, the best at precision >= 0.7
    assertThat(t.review()).isEqualTo(0.6);
    assertThat(t.precision()).isEqualTo(0.75);
    assertThat(t.recall()).isEqualTo(1.0);
    // precision 1.0 down to 0.8, then 2/3: FLAG from 0.8
    assertThat(t.flag()).isEqualTo(0.8);
  }

  @Test
  void neverReachesADecisionThePrecisionDoesNotAllow() {
    double[] p = {0.9, 0.8, 0.7};
    boolean[] y = {false, true, false};
    Calibration.Thresholds t = Calibration.thresholds(p, y, 0.7, 0.9, 1);
    assertThat(t.review()).isInfinite();
    assertThat(t.flag()).isInfinite();
  }

  @Test
  void needsEnoughHitsBeforeItFlags() {
    double[] p = {0.9, 0.8, 0.7, 0.6};
    boolean[] y = {true, true, true, false};
    assertThat(Calibration.thresholds(p, y, 0.7, 0.9, 5).flag()).isInfinite();
    assertThat(Calibration.thresholds(p, y, 0.7, 0.9, 3).flag()).isEqualTo(0.7);
  }

  @Test
  void choosesThePairOfThresholdsWithTheBestExactMatchAccuracy() {
    double[] a = {0.9, 0.7, 0.65, 0.6, 0.3, 0.2};
    boolean[] ya = {true, true, true, false, false, false};
    double[] b = {0.8, 0.35, 0.3, 0.9, 0.1, 0.32};
    boolean[] yb = {true, true, false, true, false, true};
    Calibration.PairThresholds t = Calibration.pairThresholds(a, ya, b, yb);
    // every post right needs the first in (0.60, 0.65] and the second in (0.30, 0.32]; of those, the pair
    // nearest to (0.5, 0.5)
    assertThat(t.accuracy()).isEqualTo(1.0);
    assertThat(t.first()).isEqualTo(0.61);
    assertThat(t.second()).isEqualTo(0.32);
  }

  @Test
  void breaksTiesTowardsEvenOdds() {
    // every threshold between 0.21 and 0.79 gets both posts right: the pair (0.5, 0.5) is chosen
    double[] a = {0.8, 0.2};
    boolean[] y = {true, false};
    Calibration.PairThresholds t = Calibration.pairThresholds(a, y, a.clone(), y.clone());
    assertThat(t.first()).isEqualTo(0.5);
    assertThat(t.second()).isEqualTo(0.5);
    assertThat(t.accuracy()).isEqualTo(1.0);
  }
}
