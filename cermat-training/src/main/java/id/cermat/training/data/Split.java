package id.cermat.training.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The deterministic split of every source: 80 % train, 10 % validation (calibration and thresholds), 10 %
 * test (reported, never trained or tuned on). The side is chosen by the SHA-256 of the text with case and
 * white space folded, so duplicate texts always land on the same side and no seed is involved.
 */
public enum Split {
  TRAIN,
  VALIDATION,
  TEST;

  public static Split of(String text) {
    String canonical = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    long bucket = ((digest[0] & 0xffL) << 24 | (digest[1] & 0xffL) << 16 | (digest[2] & 0xffL) << 8
        | (digest[3] & 0xffL)) % 100;
    return bucket < 80 ? TRAIN : bucket < 90 ? VALIDATION : TEST;
  }
}
