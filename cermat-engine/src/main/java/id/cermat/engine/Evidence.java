package id.cermat.engine;

import java.util.Objects;

/**
 * A span {@code [start, end)} of the ORIGINAL text (UTF-16 offsets, as {@link String#substring(int, int)})
 * that contributed to a category's score, with the reason in words and the weight it carried.
 */
public record Evidence(int start, int end, String text, String reason, double weight) {

  public Evidence {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("evidence span must be non-empty: [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("evidence needs a reason");
    }
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight out of [0, 1]: " + weight);
    }
  }
}
